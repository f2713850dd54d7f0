/**
 * Imports a SISM programme spreadsheet into content/events/.
 *
 *   npm run import:events -- programme.csv [--dry-run] [--out <folder>]
 *
 * Every row is checked first; any problem is reported as
 * `file:row: column: expected ...` and nothing is written.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ContentError, formatProblem } from '../src/core/content-errors.ts';
import { contentPath } from '../src/core/content-dir.ts';
import { importProgramme, loadEventContext } from '../src/features/events/index.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { 'dry-run': { type: 'boolean', default: false }, out: { type: 'string' } },
});
const [csv] = positionals;
if (!csv) {
  console.error('Usage: npm run import:events -- programme.csv [--dry-run]\nTemplate: templates/programme-sism.csv');
  process.exit(2);
}
const outDir = values.out ? resolve(values.out) : contentPath('events');
try {
  const summary = importProgramme(resolve(csv), { outDir, dryRun: values['dry-run'], context: loadEventContext() });
  const verb = values['dry-run'] ? 'would be' : 'were';
  console.log(`${summary.created.length} new event file(s) ${verb} written, ${summary.updated.length} ${verb} updated, in ${outDir}.`);
  for (const id of summary.created) console.log(`  + ${id}.yaml`);
  for (const id of summary.updated) console.log(`  ~ ${id}.yaml`);
  if (values['dry-run']) console.log('Dry run: nothing was written.');
} catch (error) {
  if (!(error instanceof ContentError)) throw error;
  console.error(`Nothing was written. Fix these ${error.problems.length} problem(s) in the spreadsheet and import it again:`);
  for (const problem of error.problems) console.error(`  ${formatProblem(problem)}`);
  process.exit(1);
}
