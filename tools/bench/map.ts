/**
 * What opening the directory's map costs: from the click on "Afficher la
 * carte" to MapLibre's `idle` (everything drawn), and the JavaScript, CSS
 * and data bytes it downloads (compressed, as nginx sends them, counted by
 * tools/bench/counting-proxy.ts so the map's web worker is counted too). The
 * Leaflet path (no WebGL) is measured the same way for comparison.
 */
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../test/find-chromium.ts';
import { kindOf, startCountingProxy } from './counting-proxy.ts';

export interface MapOpenCost {
  renderer: string;
  /** Points on the map. */
  points: number;
  /** Click → idle, wall clock in the page (ms). */
  ms: number;
  /** Bytes received while opening, by kind (headers included). */
  bytes: { js: number; css: number; data: number; other: number };
  requests: number;
}

export interface MapBench {
  maplibre: MapOpenCost;
  leaflet: MapOpenCost;
  /** Bytes of map code the list page loads before the map is opened (must be 0). */
  mapBytesBeforeOpening: number;
}

/** Measures opening the map on /ressources/ of the build served by nginx at `nginxPort`. */
export async function mapBench(nginxPort: number): Promise<MapBench> {
  const proxy = await startCountingProxy(nginxPort);
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const open = async (query: string): Promise<{ cost: MapOpenCost; before: number }> => {
      // A fresh context each time: nothing cached from the previous run.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      proxy.reset();
      await page.goto(`${proxy.origin}/ressources/${query}`, { waitUntil: 'networkidle' });
      const before = proxy.transfers.filter((f) => /maplibre|leaflet|renderer/i.test(f.path)).reduce((n, f) => n + f.wire, 0);
      proxy.reset();
      const ms = await page.evaluate(async () => {
        const map = document.querySelector('resource-map') as HTMLElement & { whenIdle(): Promise<void> };
        const button = map.querySelector<HTMLButtonElement>('[data-show]');
        const t0 = performance.now();
        button?.click();
        while (!map.dataset['renderer']) await new Promise((r) => setTimeout(r, 5));
        await map.whenIdle();
        return Math.round(performance.now() - t0);
      });
      await page.waitForLoadState('networkidle');
      const renderer = (await page.locator('resource-map').getAttribute('data-renderer')) ?? '?';
      const points = Number((await page.locator('resource-map').getAttribute('data-count')) ?? 0);
      const bytes = { js: 0, css: 0, data: 0, other: 0 };
      for (const f of proxy.transfers) {
        const kind = kindOf(f);
        bytes[kind === 'js' || kind === 'css' || kind === 'data' ? kind : 'other'] += f.wire;
      }
      await context.close();
      return { cost: { renderer, points, ms, bytes, requests: proxy.transfers.length }, before };
    };
    const maplibre = await open('');
    const leaflet = await open('?renderer=leaflet');
    return { maplibre: maplibre.cost, leaflet: leaflet.cost, mapBytesBeforeOpening: maplibre.before };
  } finally {
    await browser.close();
    await proxy.close();
  }
}
