/**
 * Lists directory entries whose details were last verified more than 12
 * months ago, oldest first, so a CLSM knows whom to call; then health
 * information pages (guides, myths, brochures) past their nextReviewDue.
 *
 *   npm run freshness            list overdue entries (exit 0)
 *   npm run freshness -- --strict  exit 1 when any entry is overdue
 */
import { loadDirectory, dueDate } from '../src/features/directory/index.ts';
import { formatProblem, ContentError } from '../src/core/content-errors.ts';
import { overdueReviews } from '../src/features/information/index.ts';

try {
  const directory = loadDirectory({ log: null, strictFreshness: false });
  const stale = directory.listed.filter((r) => r.stale).sort((a, b) => (a.verifiedOn ?? '').localeCompare(b.verifiedOn ?? ''));
  if (stale.length === 0) {
    console.log(`All ${directory.listed.length} directory entries were verified within the last 12 months.`);
  } else {
    console.log(`${stale.length} of ${directory.listed.length} directory entries need checking (imported and never verified, or verified more than 12 months before ${directory.today}):`);
    for (const r of stale) console.log(`  ${r.file}: ${r.verifiedOn ? `verifiedOn ${r.verifiedOn} (due ${dueDate(r.verifiedOn)})` : 'imported, never verified'}: ${r.name}`);
  }
  // Health information pages (issue #6): their review date comes from the page itself.
  const overduePages = overdueReviews();
  if (overduePages.length === 0) console.log('All health information pages are within their review date.');
  else {
    console.log(`${overduePages.length} health information page${overduePages.length > 1 ? 's are' : ' is'} past the review date:`);
    for (const p of overduePages) console.log(`  ${p.file}: nextReviewDue ${p.nextReviewDue} (${p.daysOverdue} days overdue), reviewer: ${p.reviewer}`);
  }
  if (process.argv.includes('--strict') && (stale.length > 0 || overduePages.length > 0)) process.exitCode = 1;
} catch (error) {
  if (error instanceof ContentError) {
    for (const problem of error.problems) console.error(formatProblem(problem));
    process.exitCode = 1;
  } else throw error;
}
