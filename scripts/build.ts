/**
 * `npm run build`: builds the site with Astro, then indexes it for the site
 * search (scripts/index-search.ts) in the same folder. Arguments go to
 * `astro build` as they are (`npm run build -- --outDir dist-x`); DIST_DIR
 * sets the folder when no --outDir is given. A failed build writes no
 * index: the stale one is removed first and indexing only runs after
 * Astro succeeds.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, indexSearch, outDirFrom } from './index-search.ts';

const args = process.argv.slice(2);
const distDir = outDirFrom(args);
const astroArgs = args.some((a) => a === '--outDir' || a.startsWith('--outDir=')) || !process.env['DIST_DIR'] ? args : [...args, '--outDir', distDir];

rmSync(join(distDir, 'pagefind'), { recursive: true, force: true });
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
const build = spawnSync(process.execPath, [astro, 'build', ...astroArgs], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

try {
  const report = await indexSearch(distDir);
  console.info(describe(report, distDir));
  if (report.withoutBody.length) console.warn(`[search] not indexed, no data-pagefind-body: ${report.withoutBody.join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
