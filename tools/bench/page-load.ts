/**
 * What a page costs to download at start: every response Chromium receives
 * while loading it (a fresh, empty cache; until the network is idle and
 * before any interaction), grouped by kind (HTML, CSS, JS, data, fonts,
 * images), raw and compressed as nginx sends them. Measured in a browser
 * rather than read from the HTML so that what scripts fetch on their own
 * (JSON, GeoJSON, workers) is counted too.
 */
import type { Browser } from '@playwright/test';
import { kindOf, type CountingProxy, type TransferKind } from './counting-proxy.ts';

export interface Bytes {
  /** Decoded size. */
  raw: number;
  /** On the wire, headers included (gzip where nginx compresses). */
  wire: number;
}

export interface PageLoad {
  byKind: Record<TransferKind, Bytes>;
  total: Bytes;
  requests: number;
  /** Paths of what was loaded, for reading the report. */
  paths: string[];
}

const KINDS: TransferKind[] = ['html', 'css', 'js', 'data', 'font', 'image', 'other'];

/** Loads `path` through `proxy` in a new browser context (mobile viewport) and counts what arrives. */
export async function pageLoad(browser: Browser, proxy: CountingProxy, path: string): Promise<PageLoad> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    proxy.reset();
    await page.goto(`${proxy.origin}${path}`, { waitUntil: 'networkidle' });
    const byKind = Object.fromEntries(KINDS.map((k) => [k, { raw: 0, wire: 0 }])) as Record<TransferKind, Bytes>;
    const total = { raw: 0, wire: 0 };
    for (const t of proxy.transfers) {
      const bytes = byKind[kindOf(t)];
      bytes.raw += t.raw;
      bytes.wire += t.wire;
      total.raw += t.raw;
      total.wire += t.wire;
    }
    return { byKind, total, requests: proxy.transfers.length, paths: proxy.transfers.map((t) => t.path) };
  } finally {
    await context.close();
  }
}
