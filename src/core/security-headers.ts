/**
 * HTTP response headers every page is served with. This file is the source
 * of truth: the build writes them to `dist/_headers` (Netlify, Cloudflare
 * Pages and similar hosts), and `deploy/nginx.conf` and `deploy/apache.conf`
 * repeat them (a unit test checks the three agree).
 *
 * The Content-Security-Policy header is complete (default-src 'none', then
 * each kind of resource the site loads), so it protects every response:
 * pages, the Pagefind and MapLibre workers (a worker follows the CSP of its
 * own response, not the page's), the JSON and CSV files. Each page also
 * carries Astro's <meta> CSP built from the same directives, with the
 * hashes of its scripts and styles; both policies apply, so the header
 * allows scripts and styles from the site only ('self'), and the <meta> adds
 * nothing the header forbids. The site has no inline script or style to
 * allow: its scripts are modules from /_astro/, its JSON blocks are data.
 */

/** A directive both policies carry (typed so Astro's csp.directives accepts it). */
type SharedDirective = `${'default-src' | 'img-src' | 'font-src' | 'connect-src' | 'worker-src' | 'manifest-src' | 'object-src' | 'base-uri' | 'form-action'} ${string}`;

/**
 * The directives both policies share. `extraOrigins` are the origins of a
 * third-party raster basemap (map.basemap in site.yaml), the only foreign
 * host the site may load from; none by default.
 */
export function sharedCspDirectives(extraOrigins: readonly string[] = []): SharedDirective[] {
  const extra = extraOrigins.map((origin) => ` ${origin}`).join('');
  return [
    "default-src 'none'",
    `img-src 'self' data:${extra}`,
    "font-src 'self'",
    `connect-src 'self'${extra}`,
    // MapLibre builds its worker from a blob: URL.
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self' mailto:",
  ];
}

/**
 * Where scripts may come from, in the header and in each page's <meta>
 * (which adds its hashes). Pagefind compiles WebAssembly, in its worker or,
 * when the worker is slow to start, in the page: that needs
 * 'wasm-unsafe-eval', which allows WebAssembly only, not eval().
 */
export const SCRIPT_SOURCES = ["'self'", "'wasm-unsafe-eval'"] as const;

/** The full policy sent as a header. frame-ancestors works only in a header, not in a <meta>. */
export function contentSecurityPolicy(extraOrigins: readonly string[] = []): string {
  return [
    ...sharedCspDirectives(extraOrigins),
    `script-src ${SCRIPT_SOURCES.join(' ')}`,
    "style-src 'self'",
    "frame-ancestors 'none'",
  ].join('; ');
}

/**
 * The headers, for a site whose basemap loads from `extraOrigins` (none for
 * the sample site and the default self-hosted basemap).
 */
export function securityHeadersFor(extraOrigins: readonly string[] = []): Readonly<Record<string, string>> {
  return {
    // Two years. Once the site and all its subdomains serve HTTPS, add "; preload" and
    // submit the domain at https://hstspreload.org/ (see the README, "Deploy"): browsers then
    // never try HTTP first. Not preset: a domain cannot easily leave the preload list.
    'Strict-Transport-Security': 'max-age=63072000; includeSubDomains',
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Permissions-Policy':
      'geolocation=(self), camera=(), microphone=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
    'Content-Security-Policy': contentSecurityPolicy(extraOrigins),
    'X-Frame-Options': 'DENY',
    'Cross-Origin-Opener-Policy': 'same-origin',
    // Other sites cannot embed the site's files (images, scripts) in their pages;
    // visitors and data users still download them.
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
}

/** The headers of the sample site, as deploy/nginx.conf and deploy/apache.conf write them. */
export const securityHeaders: Readonly<Record<string, string>> = securityHeadersFor();

/** The `_headers` file format: a path pattern, then indented `Name: value` lines. */
export function headersFile(headers: Readonly<Record<string, string>> = securityHeaders): string {
  const lines = Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`);
  return `/*\n${lines.join('\n')}\n`;
}
