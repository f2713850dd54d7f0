/** Open data: from an entry page a visitor reaches /donnees/ and downloads the directory as CSV and GeoJSON. */
import { readFile } from 'node:fs/promises';
import { parse } from 'csv-parse/sync';
import { test, expect } from '../../../tests/support/browser.ts';

const ENTRY = '/ressources/cmp-adultes-villeurbanne/';

test.describe('open data', () => {
  test('from an entry page, a keyboard user reaches /donnees/ and downloads the CSV, which parses', async ({ page }) => {
    await page.goto(ENTRY);
    const link = page.getByRole('link', { name: 'Toutes les données de l’annuaire (CSV, GeoJSON, HSDS)' });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/donnees\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Données ouvertes de l’annuaire');
    await expect(page.getByText('Licence Ouverte / Open Licence version 2.0')).toBeVisible();
    await expect(page.getByText('Données d’exemple.')).toBeVisible();

    const csvLink = page.getByRole('link', { name: 'Tableau CSV de l’annuaire' });
    const [download] = await Promise.all([page.waitForEvent('download'), csvLink.click()]);
    expect(download.suggestedFilename()).toBe('annuaire.csv');
    const text = await readFile((await download.path()) ?? '', 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parse(text.slice(1), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r['Identifiant'] === 'cmp-adultes-villeurbanne')?.['Commune']).toBe('Villeurbanne');

    const response = await page.request.get('/donnees/ressources.csv');
    expect(response.headers()['content-type']).toMatch(/^text\/csv/);
  });

  test('the GeoJSON download is served as application/geo+json and holds [lon, lat] points', async ({ page }) => {
    await page.goto('/donnees/');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Carte des lieux en GeoJSON' }).click()]);
    expect(download.suggestedFilename()).toBe('annuaire.geojson');
    const geo = JSON.parse(await readFile((await download.path()) ?? '', 'utf8')) as { type: string; features: { id: string; geometry: { coordinates: [number, number] } }[] };
    expect(geo.type).toBe('FeatureCollection');
    const cmp = geo.features.find((f) => f.id === 'cmp-adultes-villeurbanne');
    expect(cmp?.geometry.coordinates).toEqual([4.8803, 45.7702]);
    const response = await page.request.get('/donnees/ressources.geojson');
    expect(response.headers()['content-type']).toBe('application/geo+json');
  });

  test('an entry page links to its own HSDS record', async ({ page }) => {
    await page.goto(ENTRY);
    const href = await page.getByRole('link', { name: 'Cette fiche en données ouvertes (HSDS, JSON)' }).getAttribute('href');
    expect(href).toBe('/donnees/hsds/services/cmp-adultes-villeurbanne.json');
    const response = await page.request.get(href ?? '');
    expect(response.headers()['content-type']).toMatch(/^application\/json/);
    const service = (await response.json()) as { name: string; x_clsm_id: string; status: string };
    expect(service).toMatchObject({ x_clsm_id: 'cmp-adultes-villeurbanne', status: 'active' });
  });
});
