/**
 * Builds a fixture site for a browser test (another content folder, a
 * pinned "now"). Astro writes temporary prerender chunks inside the project
 * (.astro/.prerender/), so two builds at once clobber each other: a lock
 * directory makes parallel test workers build one after the other.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const LOCK = join(tmpdir(), 'clsm-site-build.lock');
/** A lock older than this was left by a run that was killed. */
const STALE_MS = 10 * 60_000;

async function withBuildLock<T>(work: () => Promise<T>): Promise<T> {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch {
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // released meanwhile
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  try {
    return await work();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}

/** Runs `npm run build`'s script into `outDir` with extra environment variables. */
export function buildSite(outDir: string, env: Record<string, string>): Promise<void> {
  return withBuildLock(
    () =>
      new Promise<void>((resolve, reject) => {
        const child = spawn(process.execPath, ['tools/build.ts', '--outDir', outDir], {
          env: { ...process.env, ...env },
          stdio: ['ignore', 'ignore', 'pipe'],
        });
        let stderr = '';
        child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
        child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`build of ${outDir} failed:\n${stderr}`))));
      }),
  );
}
