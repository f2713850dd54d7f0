/**
 * The build's warning about links to a page in another language that do not
 * say so (language-links.ts). Runs after the build over the pages of every
 * language but the default one (French pages link to French).
 */
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { unlabelledLinks } from './language-links.ts';
import { DEFAULT_LANGUAGE } from './i18n.ts';

export function languageLinksCheck(): AstroIntegration {
  return {
    name: 'clsm:language-links',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html'));
        let count = 0;
        let pages = 0;
        for (const name of files) {
          const html = await readFile(join(root, name), 'utf8');
          // Pages of the default language are skipped without parsing them.
          if (new RegExp(`<html[^>]*\\slang="${DEFAULT_LANGUAGE}"`).test(html.slice(0, 300))) continue;
          pages += 1;
          for (const link of unlabelledLinks(html)) {
            count += 1;
            logger.warn(`${relative(process.cwd(), join(root, name))}: link to ${link.href} ("${link.text}") leads to a page in ${link.target}: add hreflang="${link.target}" and the note "(in …)" (core/i18n/language-links.ts)`);
          }
        }
        logger.info(`${pages} pages in other languages checked: ${count} unlabelled link${count === 1 ? '' : 's'} to a page in another language`);
      },
    },
  };
}
