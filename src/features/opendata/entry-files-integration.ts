/**
 * Per-entry files (src/features/opendata/entry-files.ts) written after the build in one
 * pass. As Astro routes they were two of the three files built per entry,
 * and Astro spends about as long routing a small file as rendering a page:
 * at 10,000 entries they were a third of the build. Written here they cost
 * a few seconds. `astro dev` serves the same bodies from routes injected
 * for development only.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { entryFiles, type EntryFile } from './entry-files.ts';

/** Files written at once: enough to keep the disk busy, few enough to bound memory. */
const IN_FLIGHT = 64;

export function entryFilesIntegration(): AstroIntegration {
  return {
    name: 'clsm:entry-files',
    hooks: {
      'astro:config:setup': ({ command, injectRoute }) => {
        if (command !== 'dev') return;
        injectRoute({ pattern: '/ressources/[id].vcf', entrypoint: './src/features/opendata/routes/entry-vcard.ts', prerender: true });
        injectRoute({ pattern: '/donnees/hsds/services/[id].json', entrypoint: './src/features/opendata/routes/entry-hsds.ts', prerender: true });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        // One mkdir per folder, awaited by every write into it (writes run in parallel).
        const folders = new Map<string, Promise<unknown>>();
        const write = async (file: EntryFile) => {
          const target = `${root}${file.path.slice(1)}`;
          const folder = dirname(target);
          let made = folders.get(folder);
          if (!made) folders.set(folder, (made = mkdir(folder, { recursive: true })));
          await made;
          await writeFile(target, file.body, 'utf8');
        };
        let count = 0;
        let batch: EntryFile[] = [];
        for (const file of entryFiles()) {
          batch.push(file);
          if (batch.length === IN_FLIGHT) {
            await Promise.all(batch.map(write));
            count += batch.length;
            batch = [];
          }
        }
        await Promise.all(batch.map(write));
        count += batch.length;
        logger.info(`wrote ${count} per-entry files (contact cards, HSDS services)`);
      },
    },
  };
}
