/** /donnees/hsds/<table>.csv: the HSDS tabular data package, one CSV file per table. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { stringify } from 'csv-stringify/sync';
import { tableColumns, TABULAR_FILES, buildHsdsTables } from '../../../features/opendata/index.ts';

export const getStaticPaths = (() => TABULAR_FILES.map((file) => ({ params: { table: file.replace(/\.csv$/, '') } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const file = `${params.table}.csv`;
  const rows = buildHsdsTables()[file] ?? [];
  const columns = tableColumns(file);
  // Machine-readable package: plain RFC 4180 CSV as in the official example (no BOM, no apostrophes).
  const body = stringify([columns, ...rows.map((row) => columns.map((c) => (row[c] === undefined ? '' : String(row[c]))))]);
  return new Response(body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
