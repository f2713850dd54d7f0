/**
 * The directory of local help, acted out by residents with the keyboard:
 * on a phone, with and without JavaScript, with a fixed clock so that
 * "open now" is deterministic (Europe/Paris, see playwright.config.ts).
 */
import { axeViolations } from '../../../tests/support/axe.ts';
import type { Locator, Page } from '@playwright/test';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

/** Saturday 28 November 2026, 15:00 in Paris. */
const SATURDAY_AFTERNOON = new Date('2026-11-28T15:00:00+01:00');
/** Sunday 29 November 2026, 10:00 in Paris. */
const SUNDAY_MORNING = new Date('2026-11-29T10:00:00+01:00');

/** Picks an option in a focused <select> with the arrow keys, as a keyboard user does. */
async function chooseWithKeyboard(select: Locator, label: string): Promise<void> {
  await expect(select).toBeFocused();
  const labels = await select.locator('option').allTextContents();
  const target = labels.findIndex((text) => text.trim() === label);
  expect(target, `option "${label}"`).toBeGreaterThan(-1);
  const current = await select.evaluate((el: HTMLSelectElement) => el.selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i += 1) await select.press(key);
  await expect(select.locator('option:checked')).toHaveText(label);
}

function resultNames(page: Page): Locator {
  return page.locator('[data-results-list] .resource-card-name');
}

test.describe('directory with JavaScript', () => {
  test.use({ viewport: PHONE });

  test('a resident on a 360 px phone finds a free peer-support place in a given commune that is open on Saturday afternoon', async ({ page }) => {
    await page.clock.setFixedTime(SATURDAY_AFTERNOON);
    await page.goto('/ressources/');
    const need = page.getByLabel('Besoin', { exact: true });
    await need.focus();
    await chooseWithKeyboard(need, '— Groupe d’entraide mutuelle (GEM)'.replace('’', "'"));
    await page.keyboard.press('Tab');
    await chooseWithKeyboard(page.getByLabel('Commune', { exact: true }), 'Vaulx-en-Velin');
    // Audience, language, accessibility: left as they are.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Gratuit', { exact: true })).toBeFocused();
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await chooseWithKeyboard(page.getByLabel('Jour', { exact: true }), 'samedi');
    await page.keyboard.press('Tab');
    await expect(page.getByLabel('Heure', { exact: true })).toBeFocused();
    await page.keyboard.type('1500');
    await page.keyboard.press('Tab');

    await expect(page.getByRole('status')).toHaveText('1 lieu correspond à ces critères. 1 à Vaulx-en-Velin, 0 ailleurs pour Vaulx-en-Velin, 0 à distance.');
    await expect(resultNames(page)).toHaveText(['GEM La Passerelle (exemple)']);
    await expect(page.locator('[data-results-list] open-status')).toHaveText(/^Ouvert · ferme à 18 h$/);
    await expect(page.getByRole('button', { name: 'Retirer le filtre « Gratuit »' })).toBeVisible();
    await expect(page.getByRole('button', { name: /Retirer le filtre « Ouvert le samedi à 15 h »/ })).toBeVisible();
    expect(new URL(page.url()).searchParams.get('commune')).toBe('vaulx-en-velin');
    // Nothing overflows the phone's width.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    await resultNames(page).getByRole('link').focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/gem-vaulx-en-velin\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('GEM La Passerelle (exemple)');
    await expect(page.locator('open-status')).toHaveText('Ouvert · ferme à 18 h');
    await expect(page.getByRole('row', { name: /samedi/ })).toContainText('14 h – 18 h');
  });

  test('a parent in Bron finds the children’s CMP that serves Bron, and the national lines, from the commune filter', async ({ page }) => {
    await page.goto('/ressources/');
    const commune = page.getByLabel('Commune', { exact: true });
    await commune.focus();
    await chooseWithKeyboard(commune, 'Bron');
    await page.keyboard.press('Tab');
    await chooseWithKeyboard(page.getByLabel('Public', { exact: true }), 'Adolescents');
    await expect(page.getByRole('status')).toHaveText(/lieux? correspond.* à Bron, [1-9]\d* ailleurs pour Bron, [1-9]\d* à distance\.$/);
    const names = await resultNames(page).allTextContents();
    // The CMP located in Vaulx-en-Velin whose sector covers Bron (content/sectors.yaml), and the national lines, never hidden.
    expect(names).toEqual(expect.arrayContaining(['Centre médico-psychologique enfants et adolescents de Vaulx-en-Velin (exemple)', 'Fil Santé Jeunes', '3114, numéro national de prévention du suicide']));
    const cmp = page.locator('[data-results-list] .resource-card', { hasText: 'enfants et adolescents de Vaulx-en-Velin' });
    await expect(cmp.locator('.resource-card-served')).toHaveText('Sert aussi Bron');
    // In order: what is in Bron, then what serves Bron from elsewhere, then remote help.
    expect(names.indexOf('Centre médico-psycho-pédagogique (exemple)')).toBeLessThan(names.indexOf('Centre médico-psychologique enfants et adolescents de Vaulx-en-Velin (exemple)'));
    expect(names.indexOf('Centre médico-psychologique enfants et adolescents de Vaulx-en-Velin (exemple)')).toBeLessThan(names.indexOf('Fil Santé Jeunes'));

    // The commune's own page says the same without JavaScript, group by group, and points to "Quel est mon CMP ?".
    await page.goto('/ressources/commune/bron/');
    await expect(page.getByRole('heading', { level: 2, name: /^Ailleurs, pour les habitants de Bron \(\d+\)$/ })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Ailleurs, pour les habitants de Bron/ }).getByRole('link', { name: 'Centre médico-psychologique enfants et adolescents de Vaulx-en-Velin (exemple)' })).toBeVisible();
    await expect(page.getByRole('region', { name: /^Par téléphone ou en ligne/ }).getByRole('link', { name: 'Fil Santé Jeunes' })).toBeVisible();
    await expect(page.getByRole('link', { name: /^Quel est mon CMP \?/ })).toHaveAttribute('href', '/ressources/mon-cmp/');
  });

  test('finds the emergency services open now', async ({ page }) => {
    await page.clock.setFixedTime(SUNDAY_MORNING);
    await page.goto('/ressources/');
    const need = page.getByLabel('Besoin', { exact: true });
    await need.focus();
    await chooseWithKeyboard(need, 'Urgence et crise');
    await page.getByLabel('Ouvert maintenant', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText(/lieux correspondent/);
    const names = await resultNames(page).allTextContents();
    expect(names).toEqual(expect.arrayContaining(['3114, numéro national de prévention du suicide', 'Urgences psychiatriques (exemple)', '119, Allô enfance en danger']));
    // The night shelter (19:00-08:00) is closed on Sunday morning.
    expect(names).not.toContain('Accueil de nuit (exemple)');
    for (const status of await page.locator('[data-results-list] open-status').all()) await expect(status).toHaveText(/^Ouvert/);
    await expect(page.getByRole('status')).toHaveText(`${names.length} lieux correspondent à ces critères.`);
  });

  test('shares a filtered list by URL and a second visitor sees the same results', async ({ page, browser }) => {
    await page.clock.setFixedTime(SATURDAY_AFTERNOON);
    await page.goto('/ressources/');
    const commune = page.getByLabel('Commune', { exact: true });
    await commune.focus();
    await chooseWithKeyboard(commune, 'Villeurbanne');
    await page.getByLabel('Sans rendez-vous', { exact: true }).focus();
    await page.keyboard.press('Space');
    await expect(page.getByRole('status')).toHaveText(/lieux correspondent/);
    const shared = page.url();
    const mine = await resultNames(page).allTextContents();
    expect(mine.length).toBeGreaterThan(1);

    const other = await browser.newContext({ viewport: PHONE, locale: 'fr-FR', timezoneId: 'Europe/Paris' });
    const visitor = await other.newPage();
    await visitor.clock.setFixedTime(SATURDAY_AFTERNOON);
    await visitor.goto(shared);
    await expect(visitor.getByRole('status')).toHaveText(await page.getByRole('status').textContent() ?? '');
    await expect(resultNames(visitor)).toHaveText(mine);
    await expect(visitor.getByLabel('Commune', { exact: true }).locator('option:checked')).toHaveText('Villeurbanne');
    await expect(visitor.getByLabel('Sans rendez-vous', { exact: true })).toBeChecked();
    await other.close();

    // The back button restores the previous filters; removing a filter by its button works too.
    await page.goBack();
    await expect(page.getByLabel('Sans rendez-vous', { exact: true })).not.toBeChecked();
    await page.getByRole('button', { name: 'Retirer le filtre « Villeurbanne »' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.locator('[data-static-list]')).toBeVisible();
    expect(new URL(page.url()).search).toBe('');
  });

  test('says open or closed without downloading the opening_hours library, seasonal hours included', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => {
      if (/opening_hours/.test(request.url())) loaded.push(request.url());
    });
    await page.clock.setFixedTime(SATURDAY_AFTERNOON);
    await page.goto('/ressources/gem-vaulx-en-velin/');
    await expect(page.locator('open-status')).toHaveText(/^Ouvert/);
    // Seasonal hours (Sep-Jun Tu-Sa 14:00-18:00; Jul-Aug Tu-Fr 14:00-17:00): the dated days compiled at build time.
    await page.goto('/ressources/gem-decines-charpieu/');
    await expect(page.locator('open-status')).toHaveText('Ouvert · ferme à 18 h');
    // The next Saturday in August (the build compiled the coming year): closed (no Saturday in summer), opens on Tuesday.
    const augustSaturday = new Date(Date.now() + 7 * 86_400_000);
    augustSaturday.setUTCHours(13, 0, 0, 0);
    while (augustSaturday.getUTCMonth() !== 7 || augustSaturday.getUTCDay() !== 6 || augustSaturday.getUTCDate() > 24) augustSaturday.setUTCDate(augustSaturday.getUTCDate() + 1);
    await page.clock.setFixedTime(augustSaturday);
    await page.reload();
    await expect(page.locator('open-status')).toHaveText('Fermé · ouvre mardi à 14 h');
    await page.goto('/ressources/');
    await expect(page.locator('open-status').first()).not.toBeEmpty();
    expect(loaded).toEqual([]);
  });

  test('an entry page carries JSON-LD, a vCard, directions and a prefilled error report', async ({ page, request }) => {
    await page.goto('/ressources/cmp-adultes-villeurbanne/');
    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}') as Record<string, unknown>;
    expect(jsonLd['@type']).toBe('MedicalClinic');
    expect(jsonLd['openingHoursSpecification']).toEqual(expect.arrayContaining([{ '@type': 'OpeningHoursSpecification', dayOfWeek: 'https://schema.org/Monday', opens: '09:00', closes: '12:30' }]));
    await expect(page.getByRole('link', { name: 'Appeler le 01 99 00 30 00' })).toHaveAttribute('href', 'tel:+33199003000');
    await expect(page.getByRole('link', { name: /Itinéraire/ })).toHaveAttribute('href', /^geo:45\.7702,4\.8803\?q=/);
    await expect(page.getByRole('link', { name: 'Voir sur OpenStreetMap' })).toHaveAttribute('href', /^https:\/\/www\.openstreetmap\.org\/\?mlat=45\.7702&mlon=4\.8803/);
    const report = await page.getByRole('link', { name: 'Signaler une erreur sur cette fiche' }).getAttribute('href');
    expect(decodeURIComponent(report ?? '')).toContain('mailto:coordination@clsm-exemple.fr?subject=Annuaire : erreur sur la fiche « Centre médico-psychologique adultes de Villeurbanne (exemple) »');
    await expect(page.getByText(/^Vérifié le \d+ \w+ 2026\./)).toBeVisible();
    const vcard = await request.get('/ressources/cmp-adultes-villeurbanne.vcf');
    expect(vcard.ok()).toBe(true);
    const text = await vcard.text();
    expect(text).toMatch(/^BEGIN:VCARD\r\nVERSION:3\.0\r\nFN:Centre médico-psychologique adultes de Villeurbanne \(exemple\)\r\n/);
    expect(text).toContain('TEL;TYPE=VOICE:+33199003000');
  });

  test('a closed entry’s old URL leads to its replacement', async ({ page }) => {
    const response = await page.goto('/ressources/info-tuteurs-familiaux-villeurbanne/');
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Point d’information des tuteurs familiaux (exemple)'.replace('’', "'"));
    await expect(page.locator('[data-closed]')).toContainText('Fermé depuis le 30 juin 2026.');
    const replacement = page.getByRole('region', { name: 'Le remplace' }).getByRole('link').first();
    await replacement.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/mandataire-protection-bron\/$/);
    // Never a result: not in the directory's lists.
    await page.goto('/ressources/categorie/mandataire/');
    await expect(page.getByRole('link', { name: /tuteurs familiaux/ })).toHaveCount(0);
  });

  test('an entry not verified for a year says its information needs checking', async ({ page }) => {
    await page.goto('/ressources/cmp-adultes-bron/');
    await expect(page.getByText(/^Informations à vérifier/)).toBeVisible();
    await page.goto('/ressources/cmp-adultes-villeurbanne/');
    await expect(page.getByText(/^Informations à vérifier/)).toHaveCount(0);
  });

  for (const path of ['/ressources/', '/ressources/gem-vaulx-en-velin/', '/ressources/commune/vaulx-en-velin/gem/', '/ressources/guide/']) {
    test(`${path} passes axe (WCAG 2.2 AA) with JavaScript on, filters in use on the list`, async ({ page }) => {
      await page.clock.setFixedTime(SATURDAY_AFTERNOON);
      await page.goto(path === '/ressources/' ? '/ressources/?besoin=entraide&gratuit=1' : path);
      if (path === '/ressources/') await expect(page.getByRole('status')).toHaveText(/correspond/);
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('directory without JavaScript', () => {
  test.use({ viewport: PHONE, javaScriptEnabled: false });

  test('a resident on a 360 px phone finds a free peer-support place in a given commune that is open on Saturday afternoon, through the static pages', async ({ page }) => {
    await page.goto('/ressources/');
    // The filter form needs JavaScript, so it stays hidden; the lists and links are there.
    await expect(page.locator('form.filters')).toBeHidden();
    await expect(page.locator('[data-static-list] .resource-card').first()).toBeVisible();
    await page.getByRole('link', { name: 'Groupe d’entraide mutuelle (GEM)'.replace('’', "'") }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/categorie\/gem\/$/);
    await page.getByRole('navigation', { name: 'Dans une commune' }).getByRole('link', { name: 'Vaulx-en-Velin' }).focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/commune\/vaulx-en-velin\/gem\/$/);
    const card = page.locator('.resource-card', { hasText: 'GEM La Passerelle (exemple)' });
    await expect(card).toContainText('sam. 14 h – 18 h');
    await expect(card).toContainText('Gratuit');
    await card.getByRole('link', { name: 'GEM La Passerelle (exemple)' }).focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('row', { name: /samedi/ })).toContainText('14 h – 18 h');
    await expect(page.getByText('Gratuit', { exact: true })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
  });
});
