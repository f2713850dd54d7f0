/**
 * Serves the editor at /admin/: after each build it writes the page, the
 * generated configuration, the editor's bundle and its French strings
 * (copied from the npm package: no CDN) into dist/admin/; under `astro dev`
 * (`npm run admin`) it serves the same files from memory.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeFilesAtomically } from '../../core/write-files.ts';
import { writeYaml } from '../../core/yaml.ts';
import { adminHtml } from './admin-page.ts';
import { editorConfig, forgeFromEnv } from './config.ts';

// The package's main file is dist/sveltia-cms.mjs: its folder's parent is the package.
const packageDir = dirname(dirname(createRequire(import.meta.url).resolve('@sveltia/cms')));
const here = dirname(fileURLToPath(import.meta.url));

/** Every file of /admin/, by its path under /admin/, with its content type. */
export function adminFiles(): Map<string, { body: string; type: string }> {
  const forge = forgeFromEnv();
  const files = new Map<string, { body: string; type: string }>();
  const js = 'text/javascript; charset=utf-8';
  files.set('index.html', { body: adminHtml(forge), type: 'text/html; charset=utf-8' });
  files.set('config.yml', { body: `# Generated at build from the schemas (src/features/editor/): do not edit.\n${writeYaml(editorConfig(forge))}`, type: 'application/yaml' });
  files.set('setup.js', { body: readFileSync(join(here, 'browser', 'setup.js'), 'utf8'), type: js });
  files.set('sveltia-cms.js', { body: readFileSync(join(packageDir, 'dist', 'sveltia-cms.js'), 'utf8'), type: js });
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
