/**
 * HTTP response headers every page is served with. This list is the source
 * of truth: the build writes it to `dist/_headers` (Netlify, Cloudflare
 * Pages and similar hosts), and `deploy/nginx.conf` repeats it for nginx (a
 * unit test checks the two agree).
 *
 * The page's own CSP (script and style hashes) is emitted by Astro as a
 * <meta> tag; the header CSP adds what a <meta> cannot carry
 * (frame-ancestors) and must not restrict scripts or styles, since both
 * policies apply and the header cannot know each page's hashes.
 */
export const securityHeaders: Readonly<Record<string, string>> = {
  'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Permissions-Policy':
    'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  'Content-Security-Policy': "frame-ancestors 'none'; object-src 'none'; base-uri 'self'; form-action 'self' mailto:",
  'X-Frame-Options': 'DENY',
  'Cross-Origin-Opener-Policy': 'same-origin',
};

/** The `_headers` file format: a path pattern, then indented `Name: value` lines. */
export function headersFile(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
