/** Writes `dist/_headers` from src/core/security-headers.ts after each build. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from './security-headers.ts';

export function securityHeadersFile(): AstroIntegration {
  return {
    name: 'clsm:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(), 'utf8');
        logger.info('wrote _headers');
      },
    },
  };
}
