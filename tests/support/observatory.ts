/**
 * The header tests of the MDN HTTP Observatory, scored with its published
 * modifiers (https://github.com/mdn/mdn-http-observatory, src/grader/charts.js
 * SCORE_TABLE and the tests in src/analyzer/tests/), for a site served over
 * HTTPS. Written from those rules for the headers a static site controls:
 * CSP (header and <meta> policies), cookies, CORS, redirection,
 * Referrer-Policy, HSTS, subresource integrity, X-Content-Type-Options,
 * X-Frame-Options and Cross-Origin-Resource-Policy.
 *
 * Scoring: every site starts at 100; penalties apply; bonuses are added only
 * when the score without them is 90 or more; 100 and above is A+.
 */

export interface Scored {
  test: string;
  expectation: string;
  modifier: number;
}

export interface ObservatoryReport {
  score: number;
  grade: string;
  results: Scored[];
}

export interface ScanInput {
  /** Response headers of the page (names in any case). */
  headers: Readonly<Record<string, string>>;
  /** Contents of the page's <meta http-equiv="content-security-policy"> tags. */
  metaCsp?: readonly string[];
  /** Whether plain HTTP redirects to HTTPS on the same host (Observatory: redirection). */
  redirectsToHttps: boolean;
  /** Whether every script of the page comes from the site itself (Observatory: subresource integrity). */
  scriptsSameOrigin: boolean;
}

type Policy = Map<string, Set<string>>;

const BROAD = new Set(['ftp:', 'http:', 'https:', '*', 'http://*', 'http://*.*', 'https://*', 'https://*.*']);
const UNSAFE_INLINE = new Set(["'unsafe-inline'", 'data:']);
const HASH_OR_NONCE = /^'(sha256-|sha384-|sha512-|nonce-)/;
const META_FORBIDDEN = ['frame-ancestors', 'report-uri', 'sandbox'];

/** One policy as directive → sources; a repeated directive makes the policy invalid. */
function parsePolicy(text: string): Policy {
  const policy: Policy = new Map();
  for (const part of text.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/).filter(Boolean);
    if (!name) continue;
    const directive = name.toLowerCase();
    if (policy.has(directive)) throw new Error(`repeated directive ${directive}`);
    policy.set(directive, new Set(sources.length === 0 && directive.endsWith('-src') ? ["'none'"] : sources.map((s) => s.toLowerCase())));
  }
  if (policy.size === 0) throw new Error('empty policy');
  return policy;
}

/**
 * Several policies all apply: a source counts only when every policy that
 * sets the directive allows it; a directive left with no source is 'none'.
 */
function combine(policies: readonly Policy[]): Policy {
  const combined: Policy = new Map();
  for (const policy of policies) {
    for (const [directive, sources] of policy) {
      const before = combined.get(directive);
      combined.set(directive, before ? new Set([...before].filter((s) => sources.has(s))) : new Set(sources));
    }
  }
  for (const [directive, sources] of combined) if (sources.size === 0) combined.set(directive, new Set(["'none'"]));
  return combined;
}

function cspTest(headerText: string | undefined, metaTexts: readonly string[]): { scored: Scored; frameAncestors: boolean } {
  const result = (expectation: string, modifier: number, frameAncestors = false) => ({ scored: { test: 'content-security-policy', expectation, modifier }, frameAncestors });
  const headerPolicies = (headerText ?? '').split(',').map((p) => p.trim()).filter(Boolean);
  let header: Policy[];
  let meta: Policy[];
  try {
    header = headerPolicies.map(parsePolicy);
    meta = metaTexts.map(parsePolicy).map((p) => {
      for (const directive of META_FORBIDDEN) p.delete(directive);
      return p;
    });
  } catch {
    return result('csp-header-invalid', -25);
  }
  if (header.length + meta.length === 0) return result('csp-not-implemented', -25);
  const csp = combine([...header, ...meta]);
  const fallback = (name: string) => new Set(csp.get(name) ?? csp.get('default-src') ?? ['*']);
  const script = fallback('script-src');
  const style = fallback('style-src');
  const object = fallback('object-src');
  for (const list of [script, style]) if ([...list].some((s) => HASH_OR_NONCE.test(s))) list.delete("'unsafe-inline'");
  if (script.has("'strict-dynamic'")) {
    if (![...script].some((s) => HASH_OR_NONCE.test(s))) return result('csp-header-invalid', -25);
    for (const s of [...script]) if ([...BROAD].some((b) => s.startsWith(b)) || s === "'self'" || s === "'unsafe-inline'") script.delete(s);
  }
  const frameAncestors = header.length > 0 && combine(header).has('frame-ancestors');
  const passive = ['img-src', 'media-src'].flatMap((d) => [...(csp.get(d) ?? csp.get('default-src') ?? [])]);
  const active = [...csp].filter(([d]) => d !== 'img-src' && d !== 'media-src' && d !== 'script-src').flatMap(([, s]) => [...s]).concat([...script]);
  const insecure = (s: string) => s.startsWith('http:') || s.startsWith('ftp:');
  if ([...script].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s)) || [...object].some((s) => BROAD.has(s))) return result('csp-implemented-with-unsafe-inline', -20, frameAncestors);
  if (active.some(insecure)) return result('csp-implemented-with-insecure-scheme', -20, frameAncestors);
  if (script.has("'unsafe-eval'") || style.has("'unsafe-eval'")) return result('csp-implemented-with-unsafe-eval', -10, frameAncestors);
  if (passive.some(insecure)) return result('csp-implemented-with-insecure-scheme-in-passive-content-only', -10, frameAncestors);
  if ([...style].some((s) => BROAD.has(s) || UNSAFE_INLINE.has(s))) return result('csp-implemented-with-unsafe-inline-in-style-src-only', 0, frameAncestors);
  const defaultSrc = csp.get('default-src');
  if (defaultSrc?.has("'none'") && defaultSrc.size === 1) return result('csp-implemented-with-no-unsafe-default-src-none', 10, frameAncestors);
  return result('csp-implemented-with-no-unsafe', 5, frameAncestors);
}

/** The Observatory's score and grade for a page served over HTTPS with these headers. */
export function observatoryScore(input: ScanInput): ObservatoryReport {
  const h = new Map(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v.trim()]));
  const results: Scored[] = [];
  const add = (test: string, expectation: string, modifier: number) => results.push({ test, expectation, modifier });

  const csp = cspTest(h.get('content-security-policy'), input.metaCsp ?? []);
  results.push(csp.scored);

  if (h.has('set-cookie')) add('cookies', 'cookies-not-evaluated', -20);
  else add('cookies', 'cookies-not-found', 0);

  const acao = h.get('access-control-allow-origin');
  if (acao === undefined) add('cross-origin-resource-sharing', 'cross-origin-resource-sharing-not-implemented', 0);
  else if (acao === '*' && h.get('access-control-allow-credentials')?.toLowerCase() !== 'true') add('cross-origin-resource-sharing', 'cross-origin-resource-sharing-implemented-with-public-access', 0);
  else add('cross-origin-resource-sharing', 'cross-origin-resource-sharing-implemented-with-universal-access', -50);

  add('redirection', input.redirectsToHttps ? 'redirection-to-https' : 'redirection-missing', input.redirectsToHttps ? 0 : -20);

  const referrer = h.get('referrer-policy');
  if (referrer === undefined) add('referrer-policy', 'referrer-policy-not-implemented', 0);
  else {
    // The last value a browser knows wins.
    const known = ['no-referrer', 'same-origin', 'strict-origin', 'strict-origin-when-cross-origin', 'origin', 'origin-when-cross-origin', 'unsafe-url', 'no-referrer-when-downgrade'];
    const value = referrer.toLowerCase().split(',').map((v) => v.trim()).filter((v) => known.includes(v)).at(-1);
    if (value === undefined) add('referrer-policy', 'referrer-policy-header-invalid', -5);
    else if (known.indexOf(value) < 4) add('referrer-policy', 'referrer-policy-private', 5);
    else add('referrer-policy', 'referrer-policy-unsafe', -5);
  }

  const hsts = h.get('strict-transport-security');
  const maxAge = hsts === undefined ? undefined : /(?:^|;)\s*max-age\s*=\s*"?(\d+)"?/i.exec(hsts)?.[1];
  if (hsts === undefined) add('strict-transport-security', 'hsts-not-implemented', -20);
  else if (maxAge === undefined) add('strict-transport-security', 'hsts-header-invalid', -20);
  else if (Number(maxAge) < 15768000) add('strict-transport-security', 'hsts-implemented-max-age-less-than-six-months', -10);
  // +5 only for a domain on the browsers' preload list, which no test here can be.
  else add('strict-transport-security', 'hsts-implemented-max-age-at-least-six-months', 0);

  add('subresource-integrity', input.scriptsSameOrigin ? 'sri-not-implemented-but-all-scripts-loaded-from-secure-origin' : 'sri-not-implemented-but-external-scripts-loaded-securely', input.scriptsSameOrigin ? 0 : -5);

  const xcto = h.get('x-content-type-options');
  if (xcto === undefined) add('x-content-type-options', 'x-content-type-options-not-implemented', -5);
  else if (xcto.toLowerCase() === 'nosniff') add('x-content-type-options', 'x-content-type-options-nosniff', 0);
  else add('x-content-type-options', 'x-content-type-options-header-invalid', -5);

  const xfo = h.get('x-frame-options')?.toLowerCase();
  // A parsed CSP with frame-ancestors replaces the header (frame-ancestors counts only in a header).
  if (csp.frameAncestors) add('x-frame-options', 'x-frame-options-implemented-via-csp', 5);
  else if (xfo === 'deny' || xfo === 'sameorigin') add('x-frame-options', 'x-frame-options-sameorigin-or-deny', 0);
  else if (xfo?.startsWith('allow-from')) add('x-frame-options', 'x-frame-options-allow-from-origin', 0);
  else if (xfo === undefined) add('x-frame-options', 'x-frame-options-not-implemented', -20);
  else add('x-frame-options', 'x-frame-options-header-invalid', -20);

  const corp = h.get('cross-origin-resource-policy')?.toLowerCase();
  if (corp === undefined) add('cross-origin-resource-policy', 'corp-not-implemented', 0);
  else if (corp === 'same-origin') add('cross-origin-resource-policy', 'corp-implemented-with-same-origin', 10);
  else if (corp === 'same-site') add('cross-origin-resource-policy', 'corp-implemented-with-same-site', 10);
  else if (corp === 'cross-origin') add('cross-origin-resource-policy', 'corp-implemented-with-cross-origin', 0);
  else add('cross-origin-resource-policy', 'corp-header-invalid', -5);

  let score = 100 + results.reduce((sum, r) => sum + Math.min(r.modifier, 0), 0);
  if (score >= 90) score += results.reduce((sum, r) => sum + Math.max(r.modifier, 0), 0);
  score = Math.max(score, 0);
  return { score, grade: gradeOf(score), results };
}

const GRADES: [number, string][] = [[100, 'A+'], [90, 'A'], [85, 'A-'], [80, 'B+'], [70, 'B'], [65, 'B-'], [60, 'C+'], [50, 'C'], [45, 'C-'], [40, 'D+'], [30, 'D'], [25, 'D-'], [0, 'F']];

/** The letter grade of a score (Observatory GRADE_CHART). */
export function gradeOf(score: number): string {
  return GRADES.find(([floor]) => score >= floor)![1];
}
