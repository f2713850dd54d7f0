/**
 * A CLSM of another territory takes the kit: `npm run init` for the five
 * communes of Douarnenez Communauté (EPCI 242900645, Finistère) with the
 * official contours file, then a build, then the site as a resident sees
 * it. One build (TERRITORY_DIST reuses an existing one).
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';
import { buildTerritorySite } from '../../../tests/support/territory-site.ts';
import { serveBuild, type ServedBuild } from '../../../tools/test/serve-build.ts';
import { freePortSync } from '../../../tools/test/free-port.ts';

const COMMUNES = ['Douarnenez', 'Le Juch', 'Kerlaz', 'Pouldergat', 'Poullan-sur-Mer'];
const port = freePortSync();
const reuse = process.env['TERRITORY_DIST'];
const dist = reuse ? resolve(reuse) : join(mkdtempSync(join(tmpdir(), 'clsm-territory-dist-')), 'dist');
let server: ServedBuild | undefined;

test.describe.configure({ mode: 'serial' });

test.beforeAll(async () => {
  test.setTimeout(400_000);
  if (!existsSync(join(dist, 'index.html'))) {
    await buildTerritorySite({
      name: 'Conseil local de santé mentale de Douarnenez Communauté',
      communes: '242900645',
      contours: 'tests/fixtures/contours/communes-29-extrait.geojson',
      dist,
    });
  }
  server = await serveBuild(dist, port);
});

test.afterAll(() => {
  server?.stop();
  if (!reuse) rmSync(dirname(dist), { recursive: true, force: true });
});

test.use({ baseURL: `http://127.0.0.1:${port}` });

test('the home page names the new CLSM and its territory, with the national lines', async ({ page }) => {
  await page.setViewportSize(PHONE);
  await page.goto('/');
  await expect(page).toHaveTitle(/Douarnenez/);
  await expect(page.getByText('Conseil local de santé mentale de Douarnenez Communauté').first()).toBeVisible();
  await expect(page.getByText('Villeurbanne')).toHaveCount(0);
  // The strip at the top gives 3114, 15 and 112; the full block (footer) every national line.
  const strip = page.getByRole('complementary', { name: 'Besoin d’aide maintenant ?' });
  const full = page.getByRole('region', { name: 'Besoin d’aide maintenant ?' });
  for (const [number, href] of [['3114', 'tel:3114'], ['15', 'tel:15'], ['112', 'tel:112'], ['114', 'sms:114']] as const) {
    if (number !== '114') await expect(strip.locator(`a[data-line="${number}"]`)).toHaveAttribute('href', href);
    await expect(full.locator(`a[data-line="${number}"]`)).toHaveAttribute('href', href);
  }
});

test('the directory keeps the national services, has no sample place, and offers the new communes', async ({ page, request }) => {
  await page.goto('/ressources/');
  await expect(page.getByRole('link', { name: /3114/ }).first()).toBeVisible();
  await expect(page.getByText('(exemple)')).toHaveCount(0);
  await expect(page.getByText(/Villeurbanne|Vaulx-en-Velin|Bron/)).toHaveCount(0);
  expect((await request.get('/ressources/gem-bron/')).status()).toBe(404);
  // "Autour de moi" from a commune: the new communes, and only them.
  const options = await page.locator('near-me select option').allTextContents();
  for (const commune of COMMUNES) expect(options.join('|')).toContain(commune);
});

for (const renderer of ['maplibre', 'leaflet'] as const) {
  test(`the map (${renderer}) draws the commune outlines and their names, with no tile server`, async ({ page }) => {
    // WebGL in software (SwiftShader) on a shared 2-core machine: drawing alone can take tens of seconds.
    test.slow();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).origin));
    await page.goto(renderer === 'leaflet' ? '/ressources/?renderer=leaflet' : '/ressources/');
    await page.getByRole('button', { name: 'Afficher la carte' }).click();
    await page.locator('resource-map[data-state="idle"]').waitFor({ timeout: 120_000 });
    const labels = page.locator('resource-map .map-commune-label');
    await expect(labels).toHaveCount(COMMUNES.length);
    expect((await labels.allTextContents()).sort()).toEqual([...COMMUNES].sort());
    // The names shown sit inside the map's frame, where they can be read.
    const frame = await page.locator('resource-map [data-canvas]').boundingBox();
    const hidden = async () => labels.evaluateAll((els) => els.filter((el) => getComputedStyle(el).visibility === 'hidden').map((el) => el.textContent));
    const shown = labels.filter({ visible: true });
    expect(await shown.count()).toBeGreaterThanOrEqual(3);
    for (const box of await Promise.all((await shown.all()).map((l) => l.boundingBox()))) {
      expect(box!.x).toBeGreaterThanOrEqual(frame!.x - 1);
      expect(box!.x + box!.width).toBeLessThanOrEqual(frame!.x + frame!.width + 1);
    }
    // A name hidden because it would overlap a larger commune's appears when the visitor zooms in.
    if ((await hidden()).length > 0) {
      await page.locator('resource-map .leaflet-control-zoom-in, resource-map .maplibregl-ctrl-zoom-in').click();
      await expect.poll(hidden).toEqual([]);
    }
    if (renderer === 'maplibre') await expect(page.locator('resource-map canvas')).toBeVisible();
    else await expect(page.locator('resource-map .leaflet-overlay-pane path')).toHaveCount(COMMUNES.length);
    expect([...hosts]).toEqual([`http://127.0.0.1:${port}`]);
  });
}
