/**
 * `npm run import:addresses -- FILE [--dry-run] [--out content/addresses.json]`:
 * reads the Base Adresse Nationale CSV of the département (adresses-69.csv),
 * keeps the territory's communes and writes the address index that
 * "Quel est mon CMP ?" and "Autour de moi" use in the browser. All or
 * nothing; see docs/import.md.
 */
import { basename, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { convertBan } from '../src/features/opendata/index.ts';
import { contentPath } from '../src/core/content-dir.ts';
import { formatProblem } from '../src/core/content-errors.ts';
import { loadSiteConfig } from '../src/core/site-config.ts';
import { writeFilesAtomically } from '../src/core/write-files.ts';
import { addressIndexJson } from '../src/features/directory/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, out: { type: 'string' } },
});
const file = positionals[0];
if (!file || positionals.length > 1) {
  console.error('usage: npm run import:addresses -- FILE [--dry-run] [--out content/addresses.json]');
  process.exit(2);
}
const display = relative(process.cwd(), resolve(file)) || file;
const { index, problems, stats } = convertBan(resolve(file), display, loadSiteConfig(), `Base Adresse Nationale, ${basename(file)}`);
if (problems.length > 0) {
  console.error(problems.slice(0, 50).map(formatProblem).join('\n'));
  if (problems.length > 50) console.error(`… and ${problems.length - 50} more problems.`);
  console.error('Nothing was written.');
  process.exit(1);
}
const out = values.out ? resolve(values.out) : contentPath('addresses.json');
const text = addressIndexJson(index);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
console.log(`${display}: ${stats.rows} rows read, ${stats.kept} in the territory: ${stats.streets} streets, ${stats.numbers} house numbers.`);
console.log(`Index: ${kb(Buffer.byteLength(text))} (${kb(gzipSync(text).length)} gzip).`);
if (values['dry-run']) {
  console.log(`Dry run: ${relative(process.cwd(), out)} was not written.`);
} else {
  writeFilesAtomically([{ path: out, text }]);
  console.log(`Written: ${relative(process.cwd(), out)}`);
}
