/**
 * Serves a built site with tools/test/serve-nginx.ts (the shipped nginx
 * configuration) and resolves once it answers. Used by the benchmark and by
 * browser tests that build a fixture site of their own.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { freePort } from './free-port.ts';

export interface ServedBuild {
  /** http://127.0.0.1:<port> */
  origin: string;
  stop(): void;
}

/** Serves `distDir` on `port`, by default a free one; the server stops with `stop()` or when this process exits. */
export async function serveBuild(distDir: string, port?: number): Promise<ServedBuild> {
  const script = fileURLToPath(new URL('./serve-nginx.ts', import.meta.url));
  const listen = port ?? (await freePort());
  const child = spawn(process.execPath, [script, '--root', distDir, '--port', String(listen)], { stdio: 'ignore' });
  const origin = `http://127.0.0.1:${listen}`;
  const stop = () => void child.kill();
  process.once('exit', stop);
  const served = { origin, stop };
  for (let i = 0; i < 100; i++) {
    if (child.exitCode !== null) throw new Error(`serve-build: nginx for ${distDir} exited (code ${child.exitCode})`);
    try {
      if ((await fetch(`${origin}/`)).ok) return served;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  served.stop();
  throw new Error(`serve-build: ${origin}/ did not answer within 10 s`);
}
