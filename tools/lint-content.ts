/**
 * Lints every page and data file of the content folder (Markdown, MDX,
 * YAML) for stigmatising wording and Papageno breaches (rules in
 * src/features/information/content-lint.ts). Exits with 1 when something
 * is found. `npm test` runs it as its "content lint" step.
 *
 *   npm run lint:content
 */
import { formatFinding, lintAllContent } from '../src/features/information/index.ts';

const { files, findings } = lintAllContent();
for (const finding of findings) console.log(formatFinding(finding));
console.log(`${files} files checked, ${findings.length} problem${findings.length === 1 ? '' : 's'} found.`);
process.exitCode = findings.length > 0 ? 1 : 0;
