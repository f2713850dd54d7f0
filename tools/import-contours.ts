/**
 * `npm run import:contours -- FILE [--tolerance METRES]`: the outlines of
 * the territory's communes from the official contours file (Etalab
 * "contours administratifs" or IGN ADMIN EXPRESS, GeoJSON), simplified,
 * into content/territory.geojson, with the communes' centres and the map's
 * bounds in content/site.yaml. All-or-nothing.
 */
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/core/content-dir.ts';
import { ContentError, formatProblem } from '../src/core/content-errors.ts';
import { writeFilesAtomically } from '../src/core/write-files.ts';
import { ContoursError, planContoursImport } from '../src/features/territory/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { tolerance: { type: 'string' } } });
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('usage: npm run import:contours -- FILE [--tolerance METRES]');
  process.exit(2);
}
try {
  const plan = planContoursImport(CONTENT_DIR, file, values.tolerance ? Number(values.tolerance) : undefined);
  writeFilesAtomically(plan.write);
  for (const c of plan.contours) console.log(`  ${c.insee}  ${c.name}  centre ${c.centre.lat}, ${c.centre.lon}`);
  for (const w of plan.write) console.log(`écrit : ${relative(process.cwd(), w.path)}`);
  console.log(`territory.geojson : ${(plan.size / 1024).toFixed(1)} Ko`);
} catch (error) {
  if (error instanceof ContentError) console.error(error.problems.map(formatProblem).join('\n'));
  else if (error instanceof ContoursError) console.error(error.message);
  else throw error;
  console.error('Rien n’a été modifié.');
  process.exit(1);
}
