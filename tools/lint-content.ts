/**
 * Lints the MDX content for stigmatising wording and Papageno breaches
 * (rules in src/features/information/content-lint.ts). Exits with 1 when something is found.
 *
 *   npm run lint:content
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { contentPath } from '../src/core/content-dir.ts';
import { formatFinding, lintContent } from '../src/features/information/index.ts';

function mdxFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return mdxFiles(path);
    return /\.mdx?$/.test(entry.name) ? [path] : [];
  });
}

const files = mdxFiles(contentPath());
const findings = files.flatMap((path) => lintContent(relative(process.cwd(), path), readFileSync(path, 'utf8')));
for (const finding of findings) console.log(formatFinding(finding));
console.log(`${files.length} files checked, ${findings.length} problem${findings.length === 1 ? '' : 's'} found.`);
process.exitCode = findings.length > 0 ? 1 : 0;
