/**
 * Serves the editor at /admin/: after each build it writes the page, the
 * generated configuration, the editor's bundle and its French strings
 * (copied from the npm package: no CDN) into dist/admin/; under `astro dev`
 * (`npm run admin`) it serves the same files from memory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFilesAtomically } from '../../core/write-files.ts';
import { writeYaml } from '../../core/yaml.ts';
import { adminHtml } from './admin-page.ts';
import { editorConfig, forgeFromEnv } from './config.ts';

// The package's main file is dist/sveltia-cms.mjs: its folder's parent is the package.
const require = createRequire(import.meta.url);
const packageDir = dirname(dirname(require.resolve('@sveltia/cms')));
const here = dirname(fileURLToPath(import.meta.url));

/**
 * The editor's fonts, which its bundle loads from a CDN: the same files from
 * the npm packages of Fontsource, served by the site. A new version of the
 * editor that names other files stops the build here (see editorBundle).
 */
const FONTS: Record<string, string> = {
  'https://cdn.jsdelivr.net/fontsource/fonts/source-sans-3:vf@5.3.0/latin-wght-normal.woff2': '@fontsource-variable/source-sans-3/files/source-sans-3-latin-wght-normal.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/noto-mono@5.3.0/latin-400-normal.woff2': '@fontsource/noto-mono/files/noto-mono-latin-400-normal.woff2',
  'https://cdn.jsdelivr.net/fontsource/fonts/material-symbols-outlined:vf@5.3.7/latin-wght-normal.woff2': '@fontsource-variable/material-symbols-outlined/files/material-symbols-outlined-latin-wght-normal.woff2',
};
const fontFile = (url: string): string => `fonts/${basename(FONTS[url] ?? url)}`;

/** The editor's bundle with its font addresses pointing at this site. */
function editorBundle(): string {
  let code = readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8');
  for (const url of Object.keys(FONTS)) {
    if (!code.includes(url)) throw new Error(`editor: @sveltia/cms no longer loads ${url}: update FONTS in src/features/editor/integration.ts`);
    code = code.replaceAll(url, `./${fontFile(url)}`);
  }
  const left = /https:\/\/cdn\.jsdelivr\.net\/[^\s"'`)]+/.exec(code);
  if (left) throw new Error(`editor: @sveltia/cms loads ${left[0]} from a CDN: serve it from the site (src/features/editor/integration.ts)`);
  return code;
}

/** Every file of /admin/, by its path under /admin/, with its content type. */
export function adminFiles(): Map<string, { body: string | Uint8Array; type: string }> {
  const forge = forgeFromEnv();
  const files = new Map<string, { body: string | Uint8Array; type: string }>();
  const js = 'text/javascript; charset=utf-8';
  files.set('index.html', { body: adminHtml(forge), type: 'text/html; charset=utf-8' });
  files.set('config.yml', { body: `# Generated at build from the schemas (src/features/editor/): do not edit.\n${writeYaml(editorConfig(forge))}`, type: 'application/yaml' });
  files.set('setup.js', { body: readFileSync(join(here, 'browser', 'setup.js'), 'utf8'), type: js });
  files.set('sveltia-cms.js', { body: editorBundle(), type: js });
  const { version } = JSON.parse(readFileSync(join(packageDir, 'package.json'), 'utf8')) as { version: string };
  // Answers the editor's check for a newer version (setup.js sends it here).
  files.set('package.json', { body: JSON.stringify({ name: '@sveltia/cms', version }), type: 'application/json' });
  for (const [url, path] of Object.entries(FONTS)) {
    files.set(fontFile(url), { body: readFileSync(require.resolve(path)), type: 'font/woff2' });
  }
  for (const chunk of readdirSync(join(packageDir, 'dist', 'chunks')).filter((name) => name.endsWith('.js'))) {
    files.set(`chunks/${chunk}`, { body: readFileSync(join(packageDir, 'dist', 'chunks', chunk), 'utf8'), type: js });
  }
  files.set('locales/fr.json', { body: readFileSync(join(packageDir, 'locales', 'fr.json'), 'utf8'), type: 'application/json' });
  return files;
}

export function editorIntegration(): AstroIntegration {
  return {
    name: 'clsm:editor',
    hooks: {
      'astro:server:setup': ({ server }) => {
        const files = adminFiles();
        server.middlewares.use((request, response, next) => {
          const path = (request.url ?? '').split('?')[0] ?? '';
          if (!path.startsWith('/admin/')) return next();
          const file = files.get(path.slice('/admin/'.length) || 'index.html');
          if (!file) return next();
          response.setHeader('Content-Type', file.type);
          response.end(file.body);
        });
      },
      'astro:build:done': ({ dir, logger }) => {
        const root = join(fileURLToPath(dir), 'admin');
        writeFilesAtomically([...adminFiles()].map(([path, file]) => ({ path: join(root, path), text: file.body })));
        logger.info('wrote the editor to admin/');
      },
    },
  };
}
