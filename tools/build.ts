/**
 * `npm run build`: builds the site with Astro, indexes it for the site
 * search (src/features/search/index-search.ts), and only then puts it in place.
 * Arguments go to `astro build` as they are (`npm run build -- --outDir
 * dist-x`); DIST_DIR sets the folder when no --outDir is given.
 *
 * A failed build publishes nothing: Astro writes into a sibling
 * `<outDir>.partial` folder, which replaces the output folder only once the
 * build and its index succeeded. On failure the last good build stays.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { describe, indexSearch, outDirFrom } from '../src/features/search/index.ts';

const args = process.argv.slice(2);
const finalDir = resolve(outDirFrom(args));
const workDir = `${finalDir}.partial`;
/** The arguments without any --outDir, which this script sets itself. */
const passThrough = args.filter((arg, i) => !(arg === '--outDir' || arg.startsWith('--outDir=') || args[i - 1] === '--outDir'));

function fail(code: number): never {
  rmSync(workDir, { recursive: true, force: true });
  console.error(`build: failed; ${existsSync(finalDir) ? `${finalDir} still holds the previous build` : 'nothing was written'}.`);
  process.exit(code);
}

rmSync(workDir, { recursive: true, force: true });
const astro = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');
// Telemetry off: the site promises that nothing is sent anywhere, its build included.
const build = spawnSync(process.execPath, [astro, 'build', ...passThrough, '--outDir', workDir], { stdio: 'inherit', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
if (build.status !== 0) fail(build.status ?? 1);

try {
  const report = await indexSearch(workDir);
  console.info(describe(report, finalDir));
  if (report.withoutBody.length) console.warn(`[search] not indexed, no data-pagefind-body: ${report.withoutBody.join(', ')}`);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  fail(1);
}

rmSync(finalDir, { recursive: true, force: true });
renameSync(workDir, finalDir);
