/**
 * Astro's own floor: a bare Astro project generated under
 * bench/tmp/baseline-<size>/, with one trivial page template that reads the
 * same directory entry files (YAML) and renders the same number of HTML
 * pages as our build did, name and description in a minimal document
 * (cycling over the entries when our build has more pages than entries).
 * Our build time divided by its time is what our features cost.
 *
 * The project has no node_modules of its own: `astro` and `yaml` resolve
 * from this project's node_modules, since Node looks up the folder tree.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { ASTRO_BIN, countOutput, failed, type OutputCount } from './build-steps.ts';
import { measureProcess, type ProcessRun } from './measure-process.ts';

export interface BaselineMeasure {
  run: ProcessRun;
  output: OutputCount;
  /** Seconds of every run when it was built more than once (the fastest is kept above). */
  runs?: number[];
}

const CONFIG = `import { defineConfig } from 'astro/config';
export default defineConfig({ output: 'static' });
`;

function template(resourcesDir: string, pages: number): string {
  return `---
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CORE_SCHEMA, load } from 'js-yaml';

export function getStaticPaths() {
  const dir = ${JSON.stringify(resourcesDir)};
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.yaml')).sort();
  const entries = files.map((name) => load(readFileSync(join(dir, name), 'utf8'), { schema: CORE_SCHEMA }));
  return Array.from({ length: ${pages} }, (_, i) => {
    const entry = entries[i % entries.length];
    return { params: { slug: i === 0 ? undefined : 'page-' + i }, props: { name: entry.name, description: entry.description } };
  });
}
const { name, description } = Astro.props;
---
<!doctype html>
<html lang="fr">
  <head><meta charset="utf-8" /><meta name="viewport" content="width=device-width" /><title>{name}</title></head>
  <body><h1>{name}</h1><p>{description}</p></body>
</html>
`;
}

/** Writes the baseline project for `size` and measures its build of `pages` pages. */
export async function measureBaseline(size: string, contentDir: string, pages: number, timeoutSeconds?: number): Promise<BaselineMeasure> {
  const root = resolve(`bench/tmp/baseline-${size}`);
  rmSync(root, { recursive: true, force: true });
  mkdirSync(join(root, 'src', 'pages'), { recursive: true });
  writeFileSync(join(root, 'package.json'), JSON.stringify({ name: `clsm-bench-baseline-${size.toLowerCase()}`, private: true, type: 'module' }, null, 2) + '\n');
  writeFileSync(join(root, 'astro.config.mjs'), CONFIG);
  writeFileSync(join(root, 'src', 'pages', '[...slug].astro'), template(resolve(contentDir, 'resources'), pages));
  const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
  const run = await measureProcess(process.execPath, [ASTRO_BIN, 'build'], { cwd: root, env, ...(timeoutSeconds === undefined ? {} : { timeoutSeconds }) });
  if (run.exitCode !== 0) throw failed('the baseline build', run);
  return { run, output: countOutput(join(root, 'dist')) };
}
