/** SISM programme: residents find an event and take it away; staff's feeds are valid. */
import { readFileSync } from 'node:fs';
import ICAL from 'ical.js';
import { PDFDocument } from 'pdf-lib';
import type { Locator, Page } from '@playwright/test';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

/** Tuesday of the second week of the sample edition, 9:00 in Paris. */
const IN_THE_EDITION = new Date('2026-10-20T09:00:00+02:00');
const SLAM = '/agenda/2026-10-21-atelier-slam-dire-ce-qu-on-ressent/';

/** Presses Tab until `target` has focus, as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`could not reach ${target} with Tab`);
}

test.describe('with JavaScript', () => {
  test.beforeEach(async ({ page }) => {
    await page.clock.setFixedTime(IN_THE_EDITION);
  });

  test('a resident finds a free event for young people in their commune this week and adds it to their calendar', async ({ page }) => {
    await page.goto('/sism/');
    await tabTo(page, page.getByRole('link', { name: /Voir le programme : \d+ événements/ }));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/sism\/2026\/$/);

    const when = page.getByRole('combobox', { name: 'Quand' });
    await tabTo(page, when);
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(when).toHaveValue('semaine');

    const commune = page.getByRole('combobox', { name: 'Commune' });
    await tabTo(page, commune);
    await page.keyboard.type('Vaulx');
    await expect(commune).toHaveValue('vaulx-en-velin');

    const audience = page.getByRole('combobox', { name: 'Public' });
    await tabTo(page, audience);
    await page.keyboard.type('Jeunes');
    await expect(audience).toHaveValue('jeunes');

    const free = page.getByRole('checkbox', { name: 'Gratuit' });
    await tabTo(page, free);
    await page.keyboard.press('Space');
    await expect(free).toBeChecked();

    await expect(page.getByRole('status')).toHaveText('1 événement correspond à ces critères.');
    await expect(page).toHaveURL(/\?quand=semaine&commune=vaulx-en-velin&public=jeunes&gratuit=1$/);
    const visible = page.locator('li[data-event]:visible');
    await expect(visible).toHaveCount(1);
    await expect(page.getByRole('heading', { name: 'Mercredi 21 octobre 2026' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Lundi 12 octobre 2026' })).toBeHidden();

    await tabTo(page, page.getByRole('link', { name: 'Atelier slam : dire ce qu’on ressent' }).or(page.getByRole('link', { name: "Atelier slam : dire ce qu'on ressent" })));
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(new RegExp(`${SLAM}$`));
    await expect(page.getByText('Cet événement est passé.')).toBeHidden();
    await expect(page.getByText('Mercredi 21 octobre 2026, de 14 h à 16 h')).toBeVisible();
    await expect(page.getByRole('link', { name: 'Voir la fiche de ce lieu dans l’annuaire' })).toHaveAttribute('href', '/ressources/mission-locale-vaulx-en-velin/');

    await tabTo(page, page.getByRole('link', { name: 'Ajouter à mon agenda' }));
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('2026-10-21-atelier-slam-dire-ce-qu-on-ressent.ics');
    const text = readFileSync((await download.path())!, 'utf8');
    const vevent = new ICAL.Event(new ICAL.Component(ICAL.parse(text)).getFirstSubcomponent('vevent')!);
    expect(vevent.summary).toBe("Atelier slam : dire ce qu'on ressent");
    expect(vevent.startDate.toJSDate().toISOString()).toBe('2026-10-21T12:00:00.000Z');
    expect(vevent.uid).toBe('2026-10-21-atelier-slam-dire-ce-qu-on-ressent@clsm-exemple.fr');
  });

  test('the filters come back from a shared address', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/sism/2026/?quand=semaine&commune=vaulx-en-velin&public=jeunes&gratuit=1');
    await expect(page.getByRole('combobox', { name: 'Commune' })).toHaveValue('vaulx-en-velin');
    await expect(page.getByRole('status')).toHaveText('1 événement correspond à ces critères.');
    await page.getByRole('button', { name: 'Effacer les filtres' }).click();
    await expect(page.getByRole('status')).toHaveText(/^28 événements/);
    await expect(page).toHaveURL(/\/sism\/2026\/$/);
  });

  test('the programme map shows exactly the events the filters leave', async ({ page }) => {
    await page.clock.setFixedTime(IN_THE_EDITION);
    await page.goto('/sism/2026/?commune=bron');
    const listed = page.locator('li[data-event]:not([hidden])');
    const inBron = await listed.count();
    expect(inBron).toBeGreaterThan(1);
    const show = page.getByRole('button', { name: 'Afficher la carte' });
    await show.focus();
    await page.keyboard.press('Enter');
    const status = page.locator('resource-map [data-status]');
    await expect(status).toHaveText(`${inBron} lieux sur la carte.`);
    // Widening the filter updates the map without reloading.
    await page.getByRole('combobox', { name: 'Commune' }).selectOption({ index: 0 });
    const all = await listed.count();
    expect(all).toBeGreaterThan(inBron);
    await expect(status).toHaveText(`${all} lieux sur la carte.`);
  });

  test('the SISM page shows what is on today and this week by the visitor’s clock', async ({ page }) => {
    await page.goto('/sism/');
    const now = page.getByRole('region', { name: 'Ce qui se passe' });
    const today = now.locator('[data-list="today"]');
    await expect(today.getByRole('heading', { name: 'Aujourd’hui' })).toBeVisible();
    await expect(today.getByRole('link', { name: 'Parents d’ados : on en parle ?' }).or(today.getByRole('link', { name: "Parents d'ados : on en parle ?" }))).toBeVisible();
    const week = now.locator('[data-list="week"]');
    await expect(week.getByRole('link', { name: /Atelier slam/ })).toBeVisible();
    await expect(week.getByRole('link', { name: /Ouverture des SISM/ })).toBeHidden();
    await expect(now.getByText('Les SISM 2026 sont terminées.')).toBeHidden();
  });
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the same filters work through links to static pages', async ({ page }) => {
    await page.goto('/sism/2026/');
    await expect(page.getByRole('combobox', { name: 'Quand' })).toBeHidden();
    await page.getByRole('navigation', { name: 'Commune' }).getByRole('link', { name: /^Vaulx-en-Velin \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/sism\/2026\/commune\/vaulx-en-velin\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Programme des SISM 2026 : Vaulx-en-Velin');
    await page.getByRole('navigation', { name: 'Public' }).getByRole('link', { name: /^Jeunes \(12-25 ans\) \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/commune\/vaulx-en-velin\/public\/jeunes\/$/);
    const titles = page.locator('li[data-event] h3');
    await expect(titles).toHaveText(['Jeux vidéo et émotions', "Atelier slam : dire ce qu'on ressent", 'Escalade et confiance en soi']);
    await expect(page.getByRole('status')).toHaveText('3 événements correspondent à ces critères.');
    await expect(page.locator('li[data-event]', { hasText: 'Atelier slam' }).getByText('Gratuit')).toBeVisible();

    await page.getByRole('link', { name: 'Retirer le filtre « Vaulx-en-Velin »' }).click();
    await expect(page).toHaveURL(/\/sism\/2026\/public\/jeunes\/$/);
    await page.getByRole('navigation', { name: 'Commune' }).getByRole('link', { name: /^Vaulx-en-Velin/ }).click();
    await expect(page).toHaveURL(/\/commune\/vaulx-en-velin\/public\/jeunes\/$/);

    await page.goto('/sism/2026/');
    await page.getByRole('navigation', { name: 'Jour' }).getByRole('link', { name: /^mercredi 21 octobre \(\d+\)$/ }).click();
    await expect(page).toHaveURL(/\/sism\/2026\/jour\/2026-10-21\/$/);
    await page.getByRole('navigation', { name: 'Commune' }).getByRole('link', { name: /^Vaulx-en-Velin/ }).click();
    await expect(page).toHaveURL(/\/commune\/vaulx-en-velin\/jour\/2026-10-21\/$/);
    await expect(page.locator('li[data-event] h3')).toHaveText(["Atelier slam : dire ce qu'on ressent", 'Escalade et confiance en soi']);
    await page.getByRole('link', { name: "Atelier slam : dire ce qu'on ressent" }).click();
    await expect(page.getByText('Cet événement est passé.')).toBeVisible();
    const ics = page.getByRole('link', { name: 'Ajouter à mon agenda' });
    await expect(ics).toHaveAttribute('href', '/agenda/2026-10-21-atelier-slam-dire-ce-qu-on-ressent.ics');
  });
});

test('prints the programme on A4, one line per event with a QR code', async ({ page }, testInfo) => {
  await page.goto('/sism/2026/imprimer/');
  await page.emulateMedia({ media: 'print' });
  const rows = page.locator('tbody tr');
  await expect(rows).toHaveCount(28);
  await expect(rows.first().locator('svg')).toHaveAttribute('aria-label', 'Code QR vers la page de l’événement');
  await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Imprimer' })).toBeHidden();
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  const path = testInfo.outputPath('programme-sism-2026.pdf');
  const { writeFileSync } = await import('node:fs');
  writeFileSync(path, pdf);
  const document = await PDFDocument.load(pdf);
  const { width, height } = document.getPage(0).getSize();
  // A4 is 595.28 × 841.89 points; Chromium rounds to whole CSS pixels.
  expect(Math.abs(width - 595.28)).toBeLessThan(1.5);
  expect(Math.abs(height - 841.89)).toBeLessThan(1.5);
  expect(document.getPageCount()).toBeGreaterThanOrEqual(2);
  expect(document.getPageCount()).toBeLessThanOrEqual(6);
});

test('an event page carries schema.org Event JSON-LD without breaking the security policy', async ({ page }) => {
  await page.goto('/agenda/2026-10-24-cine-debat-hors-normes/');
  const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
  expect(ld).toMatchObject({
    '@type': 'Event',
    name: 'Ciné-débat : « Hors normes »',
    startDate: '2026-10-24T18:00:00+02:00',
    endDate: '2026-10-24T20:30:00+02:00',
    eventStatus: 'https://schema.org/EventScheduled',
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    location: { '@type': 'Place', address: { '@type': 'PostalAddress', addressLocality: 'Villeurbanne' } },
    offers: { '@type': 'Offer', price: 4, priceCurrency: 'EUR' },
  });
  expect(ld.organizer[0].name).toBeTruthy();
  expect(ld.description).toBeTruthy();
});

test('feeds: programme and agenda as iCalendar, event places as GeoJSON', async ({ request }) => {
  const programme = await request.get('/sism/2026/programme.ics');
  expect(programme.headers()['content-type']).toContain('text/calendar');
  const events = new ICAL.Component(ICAL.parse(await programme.text())).getAllSubcomponents('vevent');
  // An event over several days is one VEVENT a day, each linking to the event's page: 28 events.
  expect(new Set(events.map((e) => String(e.getFirstPropertyValue('url')))).size).toBe(28);
  expect(events.length).toBeGreaterThan(28);

  const agenda = await (await request.get('/agenda.ics')).text();
  expect(agenda).toContain('SUMMARY:Assemblée plénière du CLSM');
  expect(agenda).not.toContain('2025-10-07-isolement');

  const geo = await request.get('/sism/2026/evenements.geojson');
  expect(geo.headers()['content-type']).toContain('application/geo+json');
  const body = await geo.json();
  expect(body.type).toBe('FeatureCollection');
  expect(body.features).toHaveLength(28);
  expect(body.features[0].geometry.type).toBe('Point');
});
