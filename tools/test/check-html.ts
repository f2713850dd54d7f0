/**
 * Validates every HTML file of the build with the Nu HTML Checker (vnu.jar
 * from the vnu-jar package; needs Java). Zero errors required.
 *
 *   node tools/test/check-html.ts [dist]
 */
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { recordCounts } from './test-results.ts';

const distDir = process.argv[2] ?? process.env['DIST_DIR'] ?? 'dist';
const vnuJar = createRequire(import.meta.url)('vnu-jar') as string;

interface VnuMessage {
  type: string;
  url?: string;
  message: string;
  lastLine?: number;
  extract?: string;
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.html'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const files = htmlFiles(distDir);
if (files.length === 0) {
  console.error(`check-html: no HTML file in ${distDir}: build the site first.`);
  process.exit(1);
}
const run = spawnSync('java', ['-Xss4m', '-jar', vnuJar, '--skip-non-html', '--errors-only', '--format', 'json', distDir], {
  encoding: 'utf8',
  maxBuffer: 256 * 1024 * 1024,
});
if (run.error) {
  console.error(`check-html: could not run java (${run.error.message}). Install a Java runtime (Debian: default-jre-headless).`);
  process.exit(1);
}
const report = JSON.parse(run.stderr || '{"messages":[]}') as { messages: VnuMessage[] };
const errors = report.messages.filter((m) => m.type === 'error' || m.type === 'non-document-error');
const failedFiles = new Set(errors.map((m) => (m.url ? relative(process.cwd(), new URL(m.url).pathname) : '(unknown)')));
for (const error of errors) {
  const where = error.url ? relative(process.cwd(), new URL(error.url).pathname) : '(unknown)';
  console.error(`${where}:${error.lastLine ?? '?'}: ${error.message}${error.extract ? `\n    ${error.extract.trim()}` : ''}`);
}
const counts = { passed: files.length - failedFiles.size, failed: failedFiles.size };
recordCounts('html', counts);
console.log(`check-html: ${files.length} HTML files checked with the Nu HTML Checker, ${errors.length} errors in ${failedFiles.size} files`);
process.exit(errors.length === 0 ? 0 : 1);
