/**
 * The directory on a map: clustering, filters, "Autour de moi", keyboard
 * use and the renderer without WebGL. The map loads only when asked.
 */
import { axeViolations } from '../../../tests/support/axe.ts';
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

/** Opens the map with the keyboard and waits until MapLibre (or Leaflet) has drawn everything. */
async function openMap(page: Page): Promise<void> {
  const show = page.getByRole('button', { name: 'Afficher la carte' });
  await show.focus();
  await page.keyboard.press('Enter');
  await waitIdle(page);
}

async function waitIdle(page: Page): Promise<void> {
  await page.locator('resource-map[data-renderer]').waitFor();
  await page.evaluate(async () => {
    const map = document.querySelector('resource-map') as HTMLElement & { whenIdle(): Promise<void> };
    await map.whenIdle();
  });
}

/** Ids of the entries the list shows (filtered results). */
async function listedIds(page: Page): Promise<string[]> {
  const hrefs = await page.locator('[data-results-list] .resource-card-name a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return hrefs.map((href) => /\/ressources\/([^/]+)\//.exec(href)?.[1] ?? href);
}

/** What the map shows: ids of single markers, and the total of every marker's count (clusters included). */
async function mapContent(page: Page): Promise<{ points: string[]; total: number }> {
  return page.locator('resource-map').evaluate((el) => {
    const markers = [...el.querySelectorAll<HTMLElement>('.map-point, .map-cluster')];
    return {
      points: markers.filter((m) => m.classList.contains('map-point')).map((m) => m.dataset['id'] ?? ''),
      total: markers.reduce((sum, m) => sum + Number(m.dataset['count'] ?? 0), 0),
    };
  });
}

async function placedIds(page: Page): Promise<Set<string>> {
  const geojson = (await (await page.request.get('/ressources/carte.geojson')).json()) as { features: { id: string }[] };
  return new Set(geojson.features.map((f) => f.id));
}

test.describe('map of the directory', () => {
  test('the list page loads no map code until the visitor opens the map', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (/maplibre|leaflet/i.test(request.url())) scripts.push(request.url());
    });
    await page.goto('/ressources/');
    await page.waitForLoadState('networkidle');
    expect(scripts).toEqual([]);
    await openMap(page);
    expect(scripts.some((url) => url.includes('maplibre'))).toBe(true);
    await expect(page.locator('resource-map')).toHaveAttribute('data-renderer', 'maplibre');
    const { total } = await mapContent(page);
    expect(total).toBe((await placedIds(page)).size);
  });

  test('a resident finds the nearest GEM to a chosen commune and opens its page from the map with the keyboard', async ({ page }) => {
    await page.goto('/ressources/?besoin=gem');
    await expect(page.getByRole('status').filter({ hasText: /lieux? correspond/ })).toBeVisible();

    // "Autour de moi" from Bron, chosen in the list of communes.
    const near = page.getByRole('region', { name: 'Autour de moi' });
    await near.getByLabel('Ou choisissez une commune').selectOption({ label: 'Bron' });
    await near.getByRole('button', { name: 'Choisir' }).press('Enter');
    await expect(near.getByRole('heading', { name: 'Les lieux les plus proches du centre de Bron' })).toBeVisible();
    const first = near.getByRole('listitem').first();
    await expect(first).toContainText("GEM L'Escale (exemple)");
    await expect(first).toContainText(/à \d+,\d km/);
    const distances = await near.locator('.km').allTextContents();
    const km = distances.map((d) => Number(/(\d+),(\d)/.exec(d)!.slice(1).join('.')));
    expect(km).toEqual([...km].sort((a, b) => a - b));

    await openMap(page);
    // From the map, Tab walks through the markers until the GEM of Bron.
    await page.locator('resource-map [data-canvas] canvas').focus();
    let found = false;
    for (let i = 0; i < 30 && !found; i++) {
      await page.keyboard.press('Tab');
      found = await page.evaluate(() => /^GEM L'Escale \(exemple\)\s:\safficher$/.test(document.activeElement?.getAttribute('aria-label') ?? ''));
    }
    expect(found, 'a keyboard stop on the GEM marker').toBe(true);
    await page.keyboard.press('Enter');
    const link = page.getByRole('link', { name: "GEM L'Escale (exemple)" }).and(page.locator('[data-selected-link]'));
    await expect(link).toBeFocused();
    await expect(page.locator('.map-point[data-id="gem-bron"]')).toHaveAttribute('aria-pressed', 'true');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/gem-bron\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText("GEM L'Escale (exemple)");
  });

  test('the map shows exactly the filtered entries', async ({ page }) => {
    await page.goto('/ressources/?besoin=cmp');
    await expect(page.locator('[data-results-list] .resource-card').first()).toBeVisible();
    await openMap(page);
    const placed = await placedIds(page);
    const expected = (await listedIds(page)).filter((id) => placed.has(id));
    expect(expected.length).toBeGreaterThan(3);
    await expect(page.locator('resource-map [data-status]')).toHaveText(`${expected.length} lieux sur la carte.`);
    let shown = await mapContent(page);
    expect(shown.total).toBe(expected.length);
    for (const id of shown.points) expect(expected).toContain(id);

    // Narrow the filter: the map follows without reloading.
    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Bron' });
    await expect(page.locator('resource-map [data-status]')).toHaveText(/^\d+ lieux? sur la carte\.$/);
    await waitIdle(page);
    const narrowed = (await listedIds(page)).filter((id) => placed.has(id));
    await expect.poll(async () => (await mapContent(page)).total).toBe(narrowed.length);
    shown = await mapContent(page);
    for (const id of shown.points) expect(narrowed).toContain(id);
  });

  test('a map whose script arrives after the filters ran still shows only the filtered entries', async ({ page }) => {
    // On a slow network the scripts of the map and of "Autour de moi" can come
    // in after the filters have already filtered from the address; the map
    // must not miss that.
    let releaseMap!: () => void;
    const mapHeld = new Promise<void>((resolve) => (releaseMap = resolve));
    await page.route(/\/_astro\/(ResourceMap|NearMe)\.astro[^/]*\.js$/, async (route) => {
      await mapHeld;
      await route.continue();
    });
    await page.goto('/ressources/?commune=decines-charpieu&besoin=gem', { waitUntil: 'commit' });
    await expect(page.locator('[data-results-list] .resource-card').first()).toBeVisible();
    releaseMap();
    await openMap(page);
    const placed = await placedIds(page);
    const expected = (await listedIds(page)).filter((id) => placed.has(id));
    expect(expected).toContain('gem-decines-charpieu');
    await expect.poll(async () => (await mapContent(page)).total).toBe(expected.length);
    await expect(page.locator('.map-point[data-id="gem-decines-charpieu"]')).toBeVisible();
  });

  test('choosing a place on the map highlights it in the list', async ({ page }) => {
    await page.goto('/ressources/?commune=bron');
    await expect(page.locator('[data-results-list] .resource-card').first()).toBeVisible();
    await openMap(page);
    const marker = page.locator('.map-point').first();
    const id = await marker.getAttribute('data-id');
    await marker.click();
    await expect(page.locator(`[data-results-list] .resource-card:has(a[href="/ressources/${id}/"])`)).toHaveClass(/is-map-selected/);
  });

  test.describe('on a phone', () => {
    test.use({ viewport: PHONE });
    test('clusters zoom in on Enter and the map fits the screen', async ({ page }) => {
      await page.goto('/ressources/');
      await openMap(page);
      const cluster = page.locator('.map-cluster').first();
      await expect(cluster).toBeVisible();
      const handle = await cluster.elementHandle();
      await cluster.focus();
      await page.keyboard.press('Enter');
      await waitIdle(page);
      // Zoomed in: that cluster has split into smaller clusters or single places.
      await expect.poll(() => handle!.evaluate((el) => el.isConnected)).toBe(false);
      await expect(page.locator('.map-cluster, .map-point').first()).toBeVisible();
      const box = await page.locator('resource-map [data-canvas]').boundingBox();
      expect(box!.width).toBeLessThanOrEqual(PHONE.width);
    });
  });
});

test.describe('map without WebGL', () => {
  test.beforeEach(async ({ page }) => {
    // A browser without WebGL: every WebGL context request fails.
    await page.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, type: string, ...rest: unknown[]) {
        if (/webgl/i.test(type)) return null;
        return (original as (...args: unknown[]) => RenderingContext | null).call(this, type, ...rest);
      } as typeof HTMLCanvasElement.prototype.getContext;
    });
  });

  test('Leaflet shows the same points with clustering, usable with the keyboard', async ({ page }) => {
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (/maplibre/i.test(request.url())) scripts.push(request.url());
    });
    await page.goto('/ressources/');
    await openMap(page);
    await expect(page.locator('resource-map')).toHaveAttribute('data-renderer', 'leaflet');
    expect(scripts, 'MapLibre is not even downloaded').toEqual([]);
    const placed = await placedIds(page);
    await expect.poll(async () => (await mapContent(page)).total).toBe(placed.size);
    await expect(page.locator('.map-cluster').first()).toBeVisible();

    await page.goto('/ressources/?commune=decines-charpieu&besoin=gem');
    await openMap(page);
    const marker = page.locator('.map-point[data-id="gem-decines-charpieu"]');
    await expect(marker).toHaveAttribute('aria-label', /: afficher$/);
    await marker.focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-selected-link]')).toBeFocused();
    await expect(page.locator('[data-selected-link]')).toHaveAttribute('href', '/ressources/gem-decines-charpieu/');
  });
});

for (const renderer of ['maplibre', 'leaflet'] as const) {
  test(`the opened map (${renderer}), a selected place and the sorted list meet WCAG A/AA (axe), light and dark`, async ({ page }) => {
    await page.goto(`/ressources/?besoin=gem${renderer === 'leaflet' ? '&renderer=leaflet' : ''}`);
    const near = page.getByRole('region', { name: 'Autour de moi' });
    await near.getByLabel('Ou tapez une adresse').fill('69120');
    await near.getByRole('button', { name: 'Trier par distance' }).click();
    await expect(near.getByRole('heading', { name: /Vaulx-en-Velin/ })).toBeVisible();
    await near.getByLabel('Ou tapez une adresse').fill('Lyon');
    await near.getByRole('button', { name: 'Trier par distance' }).click();
    await expect(near.getByRole('status')).toContainText('Adresse non reconnue');
    await openMap(page);
    await page.locator('.map-point').first().click();
    await waitIdle(page);
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      expect(await axeViolations(page, ['resource-map', 'near-me']), colorScheme).toEqual([]);
    }
  });
}

test('?renderer=leaflet forces the Leaflet path', async ({ page }) => {
  await page.goto('/ressources/?renderer=leaflet');
  await openMap(page);
  await expect(page.locator('resource-map')).toHaveAttribute('data-renderer', 'leaflet');
});
