/**
 * What the site search costs a visitor: the size of the Pagefind index on
 * disk, the bytes a first and a following query download (compressed, as
 * nginx sends them), and how long queries take in Chromium. The browser
 * talks to a counting proxy (tools/bench/counting-proxy.ts) in front of the nginx test server, so
 * requests made by Pagefind's web worker are counted too.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Page } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/find-chromium.ts';
import { startCountingProxy, totalOf, type CountingProxy } from './counting-proxy.ts';

export interface QueryCost {
  query: string;
  results: number;
  /** Bytes received for the query, headers included (nginx gzip on). */
  bytes: number;
  requests: number;
  /** From Enter to the first results on screen. */
  ms: number;
}

export interface SearchBench {
  /** Pages in the index, per language (from pagefind-entry.json). */
  pages: Record<string, number>;
  /** Bytes of the whole /pagefind/ folder on disk, and of the French index alone (index, fragments, filters). */
  indexBytes: { total: number; files: number; french: number };
  firstQuery: QueryCost;
  nextQuery: QueryCost;
  /** Pagefind search() time once loaded (ms): words searched for the first time (index chunks to fetch), then the same words again. */
  queryMs: { newWords: { median: number; max: number }; repeated: { median: number; max: number }; queries: number };
}

function folderSize(dir: string, match: (path: string) => boolean = () => true): { bytes: number; files: number } {
  let bytes = 0;
  let files = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isFile() && match(name)) {
      bytes += stat.size;
      files += 1;
    }
  }
  return { bytes, files };
}

async function runQuery(page: Page, query: string, proxy: CountingProxy): Promise<QueryCost> {
  proxy.reset();
  const field = page.getByRole('main').getByRole('searchbox');
  await field.fill(query);
  const started = Date.now();
  await field.press('Enter');
  await page.locator('[data-search-status]').filter({ hasText: query }).waitFor();
  const results = Number((await page.locator('[data-search-status]').textContent())?.match(/\d+/)?.[0] ?? 0);
  if (results > 0) await page.locator('.results li').first().waitFor();
  const ms = Date.now() - started;
  // Let the remaining result fragments of the first page of results arrive.
  await page.waitForLoadState('networkidle');
  const total = totalOf(proxy.transfers);
  return { query, results, bytes: total.wire, requests: total.requests, ms };
}

/** Measures the search of the build in `distDir`, served by nginx at `nginxPort`. */
export async function searchBench(distDir: string, nginxPort: number, queries = { first: 'cmp', next: 'logement' }): Promise<SearchBench> {
  const pagefindDir = join(distDir, 'pagefind');
  const entry = JSON.parse(await (await import('node:fs/promises')).readFile(join(pagefindDir, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
  const pages = Object.fromEntries(Object.entries(entry.languages).map(([lang, info]) => [lang, info.page_count]));
  const total = folderSize(pagefindDir);
  const french = folderSize(pagefindDir, (name) => /(^|\/)fr_[^/]*$/.test(name) || /^pagefind\.fr_/.test(name) || name === 'wasm.fr.pagefind');

  const proxy = await startCountingProxy(nginxPort);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
    await page.goto(`${proxy.origin}/recherche/`, { waitUntil: 'networkidle' });
    const firstQuery = await runQuery(page, queries.first, proxy);
    const nextQuery = await runQuery(page, queries.next, proxy);
    // Pagefind's own search time, once loaded: words already seen and new ones.
    const words = ['cmp', 'logement', 'écoute', 'urgence', 'gem', 'dépression', 'Bron', 'jeunes', 'addictions', 'aidants', 'psychologue', 'emploi'];
    const times = await page.evaluate(async (list) => {
      const pagefind = (await import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`)) as { init(): Promise<void>; search(q: string): Promise<unknown> };
      await pagefind.init();
      await pagefind.search('santé');
      const out: number[] = [];
      for (const word of [...list, ...list]) {
        const t0 = performance.now();
        await pagefind.search(word);
        out.push(performance.now() - t0);
      }
      return out;
    }, words);
    const round = (n: number) => Math.round(n * 10) / 10;
    const stats = (list: number[]) => {
      const sorted = [...list].sort((a, b) => a - b);
      return { median: round(sorted[Math.floor(sorted.length / 2)] ?? 0), max: round(sorted.at(-1) ?? 0) };
    };
    return {
      pages,
      indexBytes: { total: total.bytes, files: total.files, french: french.bytes },
      firstQuery,
      nextQuery,
      queryMs: { newWords: stats(times.slice(0, words.length)), repeated: stats(times.slice(words.length)), queries: times.length },
    };
  } finally {
    await browser.close();
    await proxy.close();
  }
}
