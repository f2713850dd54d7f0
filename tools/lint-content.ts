/**
 * Lints every page and data file of the content folder (Markdown, MDX,
 * YAML) for stigmatising wording and Papageno breaches (rules in
 * src/features/information/content-lint.ts). Exits with 1 when something
 * is found. `npm test` runs it as its "content lint" step.
 *
 *   npm run lint:content
 */
import { PENDING_DEEP_LINKS, formatFinding, lintAllContent } from '../src/features/information/index.ts';

const { files, findings } = lintAllContent();
for (const finding of findings) console.log(formatFinding(finding));
console.log(`${files} files checked, ${findings.length} problem${findings.length === 1 ? '' : 's'} found.`);
if (PENDING_DEEP_LINKS.size > 0) console.log(`${PENDING_DEEP_LINKS.size} sources still cite a home page, pending a deep link (listed in src/features/information/source-links.ts).`);
process.exitCode = findings.length > 0 ? 1 : 0;
