/**
 * Our build, measured step by step: `astro build` and then the search index
 * (src/features/search/index-search.ts, which runs the Pagefind binary) as two child
 * processes, each with its time and peak memory (tools/bench/measure-process.ts).
 * `npm run build` runs the same two steps (tools/build.ts), in one process
 * and into a temporary folder; here they are apart so each has its figures.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { measureProcess, type ProcessRun } from './measure-process.ts';

/** The astro command line script, as resolved from this project. */
export const ASTRO_BIN = join(dirname(createRequire(import.meta.url).resolve('astro/package.json')), 'bin', 'astro.mjs');

export interface OutputCount {
  /** HTML files. */
  pages: number;
  /** All files. */
  files: number;
  bytes: number;
}

export interface BuildMeasure {
  astro: ProcessRun;
  index: ProcessRun;
  /** What astro build wrote. */
  output: OutputCount;
  /** Files the search index added. */
  indexFiles: number;
  /** Seconds of every run when the size was built more than once (the fastest is kept above). */
  runs?: { astro: number[]; index: number[] };
}

/** Counts what a build folder holds. */
export function countOutput(dir: string): OutputCount {
  const count = { pages: 0, files: 0, bytes: 0 };
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    count.files += 1;
    count.bytes += statSync(join(entry.parentPath, entry.name)).size;
    if (entry.name.endsWith('.html')) count.pages += 1;
  }
  return count;
}

/** Why a step did not finish, with its figures up to then. */
export function failed(step: string, run: ProcessRun): Error {
  const how = run.timedOut ? `stopped after ${run.seconds} s, over the time limit` : `failed (exit code ${run.exitCode}) after ${run.seconds} s`;
  return new Error(`${step} ${how}, peak memory ${run.peakMB} MB:\n${run.stderrTail}`);
}

/** Builds `contentDir` into `outDir` (emptied first) and indexes it; each step may run `timeoutSeconds` at most. */
export async function measureBuild(contentDir: string, outDir: string, timeoutSeconds?: number): Promise<BuildMeasure> {
  rmSync(outDir, { recursive: true, force: true });
  const env = { ...process.env, CLSM_CONTENT_DIR: resolve(contentDir), ASTRO_TELEMETRY_DISABLED: '1' };
  const limits = timeoutSeconds === undefined ? {} : { timeoutSeconds };
  const astro = await measureProcess(process.execPath, [ASTRO_BIN, 'build', '--outDir', outDir], { env, ...limits });
  if (astro.exitCode !== 0) throw failed('astro build', astro);
  const output = countOutput(outDir);
  const index = await measureProcess(process.execPath, ['src/features/search/index-search.ts', '--outDir', outDir], { env, ...limits });
  if (index.exitCode !== 0) throw failed(`astro build took ${astro.seconds} s (peak ${astro.peakMB} MB, ${output.pages} pages); then the search index`, index);
  return { astro, index, output, indexFiles: countOutput(outDir).files - output.files };
}
