/**
 * What opening the directory's map costs: from the click on "Afficher la
 * carte" to MapLibre's `idle` (everything drawn), and the JavaScript, CSS
 * and data bytes it downloads (compressed, as nginx sends them, counted by
 * a pass-through proxy so the map's web worker is counted too). The
 * Leaflet path (no WebGL) is measured the same way for comparison.
 */
import { createServer, request as httpRequest, type Server } from 'node:http';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from '../find-chromium.ts';

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

interface Counter {
  on: boolean;
  files: { path: string; bytes: number }[];
}

function countingProxy(target: number): { server: Server; counter: Counter } {
  const counter: Counter = { on: false, files: [] };
  const server = createServer((req, res) => {
    const upstream = httpRequest({ host: '127.0.0.1', port: target, path: req.url, method: req.method, headers: req.headers }, (up) => {
      const file = { path: req.url ?? '', bytes: Object.entries(up.headers).reduce((n, [k, v]) => n + k.length + String(v).length + 4, 0) };
      counter.files.push(file);
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.on('data', (chunk: Buffer) => (file.bytes += chunk.length));
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  return { server, counter };
}

function kindOf(path: string): keyof MapOpenCost['bytes'] {
  const clean = path.split('?')[0] ?? path;
  if (/\.(m?js)$/.test(clean)) return 'js';
  if (clean.endsWith('.css')) return 'css';
  if (/\.(geojson|json|pmtiles)$/.test(clean)) return 'data';
  return 'other';
}

/** Measures opening the map on /ressources/ of the build served by nginx at `nginxPort`. */
export async function mapBench(nginxPort: number): Promise<MapBench> {
  const { server, counter } = countingProxy(nginxPort);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const executablePath = chromiumPath();
  const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
  try {
    const open = async (query: string): Promise<{ cost: MapOpenCost; before: number }> => {
      // A fresh context each time: nothing cached from the previous run.
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      counter.files.length = 0;
      await page.goto(`http://127.0.0.1:${port}/ressources/${query}`, { waitUntil: 'networkidle' });
      const before = counter.files.filter((f) => /maplibre|leaflet|renderer/i.test(f.path)).reduce((n, f) => n + f.bytes, 0);
      counter.files.length = 0;
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
      for (const f of counter.files) bytes[kindOf(f.path)] += f.bytes;
      await context.close();
      return { cost: { renderer, points, ms, bytes, requests: counter.files.length }, before };
    };
    const maplibre = await open('');
    const leaflet = await open('?renderer=leaflet');
    return { maplibre: maplibre.cost, leaflet: leaflet.cost, mapBytesBeforeOpening: maplibre.before };
  } finally {
    await browser.close();
    server.close();
  }
}

/** Lines for the benchmark report. */
export function mapMarkdown(bench: MapBench): string[] {
  const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
  const row = (c: MapOpenCost) => `| ${c.renderer} | ${c.points} | ${c.ms} | ${kb(c.bytes.js)} | ${kb(c.bytes.css)} | ${kb(c.bytes.data)} | ${c.requests} |`;
  return [
    '## Directory map (/ressources/, "Afficher la carte")',
    '',
    `Map code loaded by the list page before the map is opened: ${kb(bench.mapBytesBeforeOpening)}.`,
    '',
    '| renderer | points | click → idle ms | JS (gzip) | CSS (gzip) | data (gzip) | requests |',
    '| --- | --- | --- | --- | --- | --- | --- |',
    row(bench.maplibre),
    row(bench.leaflet),
    '',
  ];
}
