/**
 * A third-party basemap loads only after the visitor accepts it. This needs
 * a site whose site.yaml names a raster provider, so the spec builds one
 * (the sample content with `map.basemap.kind: raster`, through
 * CLSM_CONTENT_DIR) unless MAP_RASTER_DIST points at an existing build,
 * and serves it with the shipped nginx config on its own port.
 */
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { readYaml, writeYaml } from '../../core/yaml.ts';
import sharp from 'sharp';
import { test, expect } from '../../../tests/support/browser.ts';
import { serveBuild, type ServedBuild } from '../../../tools/test/serve-build.ts';
import { freePortSync } from '../../../tools/test/free-port.ts';
import { buildSite } from '../../../tests/support/build-site.ts';

const PROVIDER_ORIGIN = 'https://tiles.example.org';
// A port of its own, free when this file loads (each worker that runs these tests serves its own copy).
const port = freePortSync();
const reuse = process.env['MAP_RASTER_DIST'];
// A fresh build in a temporary folder unless MAP_RASTER_DIST names one to reuse.
const dist = reuse ? resolve(reuse) : join(mkdtempSync(join(tmpdir(), 'clsm-raster-dist-')), 'dist');
let server: ServedBuild | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(300_000);
  if (!existsSync(join(dist, 'index.html'))) {
    const content = mkdtempSync(join(tmpdir(), 'clsm-raster-'));
    cpSync('content', content, { recursive: true });
    const site = readYaml(readFileSync(join(content, 'site.yaml'), 'utf8')) as { map: { basemap: unknown } };
    site.map.basemap = {
      kind: 'raster',
      provider: 'Tuiles Exemple',
      tiles: `${PROVIDER_ORIGIN}/{z}/{x}/{y}.png`,
      attribution: '© Tuiles Exemple, © OpenStreetMap',
      policyUrl: `${PROVIDER_ORIGIN}/confidentialite`,
    };
    writeFileSync(join(content, 'site.yaml'), writeYaml(site));
    try {
      await buildSite(dist, { CLSM_CONTENT_DIR: content });
    } finally {
      rmSync(content, { recursive: true, force: true });
    }
  }
  server = await serveBuild(dist, port);
});

test.afterAll(() => {
  server?.stop();
  if (!reuse) rmSync(dirname(dist), { recursive: true, force: true });
});

test.use({ baseURL: `http://127.0.0.1:${port}` });

test('no request leaves the site before the visitor accepts a third-party basemap', async ({ page, foreignRequests }) => {
  const hosts = new Set<string>();
  page.on('request', (request) => hosts.add(new URL(request.url()).origin));
  await page.goto('/ressources/');
  await page.getByRole('button', { name: 'Afficher la carte' }).click();
  await page.locator('resource-map[data-state="idle"]').waitFor();
  const consent = page.getByRole('button', { name: 'Afficher le fond de carte de Tuiles Exemple' });
  await expect(consent).toBeVisible();
  await expect(page.getByRole('link', { name: 'Politique de confidentialité de Tuiles Exemple' })).toHaveAttribute('href', `${PROVIDER_ORIGIN}/confidentialite`);
  await page.waitForTimeout(500);
  expect([...hosts]).toEqual([`http://127.0.0.1:${port}`]);
  expect(foreignRequests).toEqual([]);
});

test('after the visitor accepts, the tiles come from the provider the CSP allows, and only them', async ({ page, foreignRequests }) => {
  const png = await sharp({ create: { width: 256, height: 256, channels: 3, background: { r: 200, g: 210, b: 200 } } }).png().toBuffer();
  const tiles: string[] = [];
  // Allowed explicitly in this test: the provider's tile URLs, answered with a local image.
  await page.route(`${PROVIDER_ORIGIN}/**`, (route) => {
    tiles.push(route.request().url());
    return route.fulfill({ status: 200, contentType: 'image/png', body: png, headers: { 'Access-Control-Allow-Origin': '*' } });
  });
  const response = await page.goto('/ressources/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toContain(`img-src 'self' data: ${PROVIDER_ORIGIN}`);
  expect(csp).toContain(`connect-src 'self' ${PROVIDER_ORIGIN}`);
  expect(response?.ok()).toBe(true);
  await page.getByRole('button', { name: 'Afficher la carte' }).click();
  await page.locator('resource-map[data-state="idle"]').waitFor();
  expect(tiles).toEqual([]);
  await page.getByRole('button', { name: 'Afficher le fond de carte de Tuiles Exemple' }).click();
  await expect.poll(() => tiles.length).toBeGreaterThan(0);
  for (const url of tiles) expect(url).toMatch(new RegExp(`^${PROVIDER_ORIGIN}/\\d+/\\d+/\\d+\\.png$`));
  await expect(page.getByText('© Tuiles Exemple, © OpenStreetMap')).toBeVisible();
  expect(foreignRequests).toEqual([]);
});
