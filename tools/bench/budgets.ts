/**
 * The performance budgets of issue 10, as data. `npm run bench -- --check`
 * checks them (tools/bench/check-budgets.ts) and exits with 1 when one
 * fails. They are goals for the code, not numbers to loosen.
 */

/** Page types with text only: nothing there needs JavaScript. */
export const CONTENT_PAGE_TYPES = ['content page', '404', 'guide', 'brochure', 'myth', 'news', 'news article', 'press fact sheet'];

export type Budget = { id: string; why: string } & (
  | {
      /** Bytes loaded at start (on the wire, compressed, headers included) by these page types. */
      kind: 'page-bytes';
      pageTypes: string[];
      bytes: 'total' | 'js';
      maxKB: number;
      /** Sizes where it applies; undefined: every size measured. */
      sizes?: string[];
    }
  | { kind: 'lighthouse'; category: 'performance' | 'accessibility'; min: number; sizes: string[] }
  | {
      /**
       * Our `astro build` over the bare-Astro baseline's `astro build`, same
       * number of pages: like for like. The search index, which the baseline
       * has no counterpart for, is reported beside it (build + index ÷ baseline).
       */
      kind: 'build-ratio';
      maxRatio: number;
      sizes: string[];
    }
  | {
      /** Build time per page at `to` over time per page at `from`: 1 is linear. */
      kind: 'growth';
      from: string;
      to: string;
      maxRatio: number;
    }
);

export const BUDGETS: Budget[] = [
  {
    id: 'home-weight',
    kind: 'page-bytes',
    pageTypes: ['home'],
    bytes: 'total',
    maxKB: 60,
    why: 'the home page is where a person in distress lands, often on a cheap phone and a slow network: crisis numbers must show at once',
  },
  {
    id: 'content-pages-no-js',
    kind: 'page-bytes',
    pageTypes: CONTENT_PAGE_TYPES,
    bytes: 'js',
    maxKB: 0,
    why: 'reading a page needs no script (HTML first): no JavaScript to download, parse or break',
  },
  {
    id: 'directory-list-weight',
    kind: 'page-bytes',
    pageTypes: ['directory list'],
    bytes: 'total',
    maxKB: 150,
    sizes: ['M'],
    why: 'the directory list must stay light when it holds 10,000 entries: the map and the full index load only when asked for',
  },
  {
    id: 'lighthouse-performance',
    kind: 'lighthouse',
    category: 'performance',
    min: 95,
    sizes: ['M'],
    why: 'Lighthouse simulates a mid-range phone on slow 4G, the visitors the site is made for',
  },
  {
    id: 'lighthouse-accessibility',
    kind: 'lighthouse',
    category: 'accessibility',
    min: 100,
    sizes: ['M'],
    why: 'WCAG 2.2 AA is a requirement: every automated accessibility check must pass',
  },
  {
    id: 'build-vs-baseline',
    kind: 'build-ratio',
    maxRatio: 3,
    sizes: ['M'],
    why: 'a CLSM rebuilds the site on every edit, often on a small CI runner: our features may cost at most 3 times what Astro itself needs for the same pages',
  },
  {
    id: 'linear-growth',
    kind: 'growth',
    from: 'M',
    to: 'L',
    maxRatio: 1.25,
    why: 'a national deployment (100,000 entries) must build in time proportional to its pages, not worse',
  },
];
