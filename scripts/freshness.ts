/**
 * Lists directory entries whose details were last verified more than 12
 * months ago, oldest first, so a CLSM knows whom to call.
 *
 *   npm run freshness            list overdue entries (exit 0)
 *   npm run freshness -- --strict  exit 1 when any entry is overdue
 */
import { loadDirectory } from '../src/lib/resources.ts';
import { dueDate } from '../src/lib/freshness.ts';
import { formatProblem, ContentError } from '../src/lib/content-errors.ts';

try {
  const directory = loadDirectory({ log: null, strictFreshness: false });
  const stale = directory.listed.filter((r) => r.stale).sort((a, b) => a.verifiedOn.localeCompare(b.verifiedOn));
  if (stale.length === 0) {
    console.log(`All ${directory.listed.length} directory entries were verified within the last 12 months.`);
  } else {
    console.log(`${stale.length} of ${directory.listed.length} directory entries need checking (verified more than 12 months before ${directory.today}):`);
    for (const r of stale) console.log(`  ${r.file}: verifiedOn ${r.verifiedOn} (due ${dueDate(r.verifiedOn)}): ${r.name}`);
  }
  if (process.argv.includes('--strict') && stale.length > 0) process.exitCode = 1;
} catch (error) {
  if (error instanceof ContentError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    process.exitCode = 1;
  } else throw error;
}
