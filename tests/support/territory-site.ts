/**
 * A site for another territory, made the way a coordinator would: the
 * kit's content copied to a temporary folder, `npm run init` run on it
 * (tools/init.ts, with flags), then anything a test adds (an import of
 * FINESS, say), then a build into `dist`. Shared by the browser tests of
 * new territories, so that they cost one build each.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildSite } from './build-site.ts';

export interface TerritorySiteOptions {
  /** The CLSM's full name. */
  name: string;
  /** What the coordinator types: commune names, INSEE codes, an EPCI SIREN, a department. */
  communes: string;
  /** A commune contours file (Etalab or IGN GeoJSON). */
  contours: string;
  /** Where the built site goes. */
  dist: string;
  /** Runs after init, on the temporary content folder (e.g. an importer). */
  prepare?: (contentDir: string) => void | Promise<void>;
}

/** Runs a command of tools/ with CLSM_CONTENT_DIR set; throws with its output when it fails. */
export function runTool(contentDir: string, script: string, args: readonly string[]): string {
  const result = spawnSync(process.execPath, [script, ...args], { env: { ...process.env, CLSM_CONTENT_DIR: contentDir }, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${script} ${args.join(' ')} failed (${result.status}):\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export async function buildTerritorySite(options: TerritorySiteOptions): Promise<void> {
  const content = mkdtempSync(join(tmpdir(), 'clsm-territory-'));
  try {
    cpSync('content', content, { recursive: true });
    runTool(content, 'tools/init.ts', ['--name', options.name, '--communes', options.communes, '--contours', options.contours, '--yes']);
    await options.prepare?.(content);
    await buildSite(options.dist, { CLSM_CONTENT_DIR: content });
  } finally {
    rmSync(content, { recursive: true, force: true });
  }
}
