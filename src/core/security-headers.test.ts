import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { contentSecurityPolicy, headersFile, securityHeaders, securityHeadersFor, sharedCspDirectives } from './security-headers.ts';
import { observatoryScore } from '../../tests/support/observatory.ts';

const nginx = readFileSync('deploy/nginx.conf', 'utf8');
const apache = readFileSync('deploy/apache.conf', 'utf8');

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
  it('leave the editor at /admin/ to the CSP of its own page, and keep every other header there', () => {
    const admin = /location \/admin\/ \{([^}]*)\}/.exec(nginx)?.[1] ?? '';
    for (const [name, value] of Object.entries(securityHeaders)) {
      if (name === 'Content-Security-Policy') expect(admin).not.toContain(name);
      else expect(admin, `${name} in the /admin/ block of deploy/nginx.conf`).toContain(`add_header ${name} "${value}" always;`);
    }
    expect(apache).toMatch(/<LocationMatch "\^\/admin\/">\s*Header always unset Content-Security-Policy\s*<\/LocationMatch>/);
  });
  it('are set on every response by the Apache recipe, with the same values', () => {
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(apache, `${name} in deploy/apache.conf`).toContain(`Header always set ${name} "${value}"`);
    }
  });
  it('send the full CSP as a header: default-src, script-src with WebAssembly for Pagefind, frame-ancestors', () => {
    const csp = securityHeaders['Content-Security-Policy']!;
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toMatch(/'unsafe-inline'|'unsafe-eval'/);
    expect(securityHeaders['Permissions-Policy']).toContain('geolocation=(self)');
    expect(securityHeaders['Referrer-Policy']).toMatch(/^(no-referrer|strict-origin-when-cross-origin)$/);
  });
  it('name a third-party basemap in img-src and connect-src only when one is configured', () => {
    const csp = contentSecurityPolicy(['https://tile.example.org']);
    expect(csp).toContain("img-src 'self' data: https://tile.example.org");
    expect(csp).toContain("connect-src 'self' https://tile.example.org");
    expect(securityHeadersFor(['https://tile.example.org'])['Content-Security-Policy']).toBe(csp);
  });
  it('write a _headers file for static hosts', () => {
    const file = headersFile();
    expect(file.split('\n')[0]).toBe('/*');
    expect(file).toContain('  X-Content-Type-Options: nosniff');
    expect(file).toContain(`  Content-Security-Policy: ${securityHeaders['Content-Security-Policy']}`);
  });
});

describe('Mozilla Observatory score', () => {
  const scan = { redirectsToHttps: true, scriptsSameOrigin: true };
  it('is A+ for the headers alone, without the <meta> CSP', () => {
    const report = observatoryScore({ ...scan, headers: securityHeaders });
    expect(report.results.filter((r) => r.modifier < 0), JSON.stringify(report.results, null, 1)).toEqual([]);
    expect(report.grade).toBe('A+');
    expect(report.score).toBe(130);
  });
  it('stays A+ with the <meta> CSP Astro writes (the same directives, script and style hashes)', () => {
    const meta = [...sharedCspDirectives(), "script-src 'self' 'sha256-BF0290pkb3jxQsE7z00xR8Imp8X34FLC88L0lkMnrGw='", "style-src 'self'"].join(';');
    expect(observatoryScore({ ...scan, headers: securityHeaders, metaCsp: [meta] }).grade).toBe('A+');
  });
  it('is not A+ for a CSP header without default-src and script-src (the set before issue 19)', () => {
    const before = { ...securityHeaders, 'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self' mailto:" };
    const report = observatoryScore({ ...scan, headers: before });
    expect(report.results.find((r) => r.test === 'content-security-policy')?.expectation).toBe('csp-implemented-with-unsafe-inline');
    expect(report.grade).not.toBe('A+');
    expect(observatoryScore({ ...scan, headers: { ...securityHeaders, 'Content-Security-Policy': "default-src 'self'; script-src 'self' 'unsafe-inline'" } }).score).toBeLessThan(100);
  });
});
