import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { headersFile, securityHeaders } from './security-headers.ts';

const nginx = readFileSync('deploy/nginx.conf', 'utf8');

describe('security headers', () => {
  it('are repeated in every nginx block that sets headers, with the same values', () => {
    const blocks = nginx.split(/location \/_astro\//);
    expect(blocks).toHaveLength(2);
    for (const block of blocks) {
      for (const [name, value] of Object.entries(securityHeaders)) {
        expect(block, `${name} in deploy/nginx.conf`).toContain(`add_header ${name} "${value}" always;`);
      }
    }
  });
  it('forbid framing and restrict geolocation to the site', () => {
    expect(securityHeaders['Content-Security-Policy']).toContain("frame-ancestors 'none'");
    expect(securityHeaders['Permissions-Policy']).toContain('geolocation=(self)');
    expect(securityHeaders['Referrer-Policy']).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/);
  });
  it('write a _headers file for static hosts', () => {
    const file = headersFile();
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain('  X-Content-Type-Options: nosniff');
  });
});
