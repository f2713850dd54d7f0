/**
 * Lighthouse scores (simulated mobile, the default form factor) for a URL,
 * with Debian's or Playwright's Chromium started headless.
 */
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { chromium } from '@playwright/test';
import { chromiumPath } from '../test/find-chromium.ts';

export interface Scores {
  /** 0 to 100; null when Lighthouse could not score the category (an audit errored, see `errors`). */
  performance: number | null;
  accessibility: number | null;
  'best-practices': number | null;
  seo: number | null;
  /** Largest contentful paint, ms (simulated slow 4G). */
  lcp: number;
  /** Total blocking time, ms. */
  tbt: number;
  /** Failed audits that cost points, for the report. */
  lost: string[];
  /** Audits that could not run, and Lighthouse's runtime error. */
  errors: string[];
  /** Performance of each run when the page was measured three times (the median run is kept). */
  runs?: (number | null)[];
}

/** Starts one Chromium for a series of Lighthouse runs. */
export async function startChrome(): Promise<chromeLauncher.LaunchedChrome> {
  const chromePath = chromiumPath() ?? chromium.executablePath();
  return chromeLauncher.launch({
    chromePath,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
}

/** Scores of one run. */
async function runOnce(url: string, port: number): Promise<Scores> {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'] });
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { categories, audits } = result.lhr;
  const score = (id: string) => {
    const value = categories[id]?.score;
    return typeof value === 'number' ? Math.round(value * 100) : null;
  };
  const lost = Object.values(categories).flatMap((category) =>
    category.auditRefs
      .filter((ref) => ref.weight > 0 && (audits[ref.id]?.score ?? 1) < 1)
      .map((ref) => `${category.id}: ${ref.id}`),
  );
  return {
    performance: score('performance'),
    accessibility: score('accessibility'),
    'best-practices': score('best-practices'),
    seo: score('seo'),
    lcp: Math.round(audits['largest-contentful-paint']?.numericValue ?? 0),
    tbt: Math.round(audits['total-blocking-time']?.numericValue ?? 0),
    lost,
    errors: [
      ...(result.lhr.runtimeError ? [`${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`] : []),
      ...Object.entries(audits).flatMap(([id, audit]) => (audit.errorMessage ? [`${id}: ${audit.errorMessage}`] : [])),
    ],
  };
}

/**
 * Scores for a URL. A run where a category could not be scored (seen now
 * and then on a busy 2-core machine: an audit times out) is run once more;
 * if it fails again, the null scores and the errors are what is reported.
 */
export async function lighthouseScores(url: string, port: number): Promise<Scores> {
  const first = await runOnce(url, port);
  const unscored = (s: Scores) => [s.performance, s.accessibility, s['best-practices'], s.seo].includes(null);
  return unscored(first) ? runOnce(url, port) : first;
}
