/** Writes `dist/_headers` from src/core/security-headers.ts after each build. */
import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile, securityHeadersFor } from './security-headers.ts';

/** `extraOrigins`: the basemap's origins when it is a third-party raster service (see sharedCspDirectives). */
export function securityHeadersFile(extraOrigins: readonly string[] = []): AstroIntegration {
  return {
    name: 'clsm:security-headers',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await writeFile(new URL('_headers', dir), headersFile(securityHeadersFor(extraOrigins)), 'utf8');
        logger.info('wrote _headers');
      },
    },
  };
}
