/** /donnees/hsds/<table>.csv: the HSDS tabular data package, one CSV file per table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { TABULAR_FILES, buildHsdsTables, hsdsTableCsv } from '../../../features/opendata/index.ts';

export const getStaticPaths = (() => TABULAR_FILES.map((file) => ({ params: { table: file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = `${params.table}.csv`;
  // Plain RFC 4180 CSV as in the official example (no BOM), formulas neutralised (csv-safe.ts).
  return new Response(hsdsTableCsv(file, buildHsdsTables()[file] ?? []), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
