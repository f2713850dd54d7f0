/**
 * Listing and entry pages hold under hostile content: a 200-character word
 * in a name or a description, a right-to-left name and a bidi override.
 *
 * Fixture: the built pages themselves, served with one entry's name and
 * description replaced in the HTML (and in the JSON the filters read) as a
 * content file would produce them, since Astro escapes text and nothing else
 * changes. A second build of the site from a content copy would cost minutes
 * of `npm test` for the same markup.
 */
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

const NAME = 'Accueil de nuit (exemple)';
const DESCRIPTION = "Hébergement d'urgence pour la nuit";
const LONG_WORD = `Centre${'a'.repeat(194)}`;
const SECOND = 'Accueil MDPH de proximité (exemple)';
// An Arabic name with a right-to-left override left open, as a copy and paste can bring.
const RTL = '\u202Eمركز الإرشاد النفسي';

/** Serves `path` with the sample entries' name and description replaced. */
async function withHostileEntries(page: Page, path: string): Promise<void> {
  await page.route(`**${path}`, async (route) => {
    const response = await route.fetch();
    const html = (await response.text()).replaceAll(NAME, LONG_WORD).replaceAll(DESCRIPTION, LONG_WORD).replaceAll(SECOND, RTL);
    await route.fulfill({ response, body: html });
  });
}

/** True when nothing sticks out of the 360 px screen sideways. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, 'the page scrolls sideways').toBeLessThanOrEqual(widths.screen);
}

test.describe('hostile content on a 360 px phone', () => {
  test.use({ viewport: PHONE });

  for (const path of ['/ressources/commune/villeurbanne/', '/ressources/categorie/logement/']) {
    test(`a 200-character word wraps and a right-to-left name stays isolated on ${path}`, async ({ page }) => {
      await withHostileEntries(page, path);
      await page.goto(path);
      const long = page.locator('.resource-card-name bdi', { hasText: LONG_WORD });
      await expect(long).toHaveCount(1);
      await expectNoSidewaysScroll(page);
      const card = await long.locator('xpath=ancestor::li[1]').boundingBox();
      expect(card!.x + card!.width).toBeLessThanOrEqual(360);
      const rtl = page.locator('.resource-card-name bdi', { hasText: 'مركز' });
      if ((await rtl.count()) > 0) await expect(rtl).toHaveCSS('unicode-bidi', 'isolate');
    });
  }

  test('the filtered list built by the browser wraps and isolates the same way', async ({ page }) => {
    await withHostileEntries(page, '/ressources/');
    await page.goto('/ressources/?commune=villeurbanne');
    const long = page.locator('[data-results-list] .resource-card-name bdi', { hasText: LONG_WORD });
    await expect(long).toHaveCount(1);
    await expectNoSidewaysScroll(page);
    const rtl = page.locator('[data-results-list] .resource-card-name bdi', { hasText: 'مركز' });
    await expect(rtl).toHaveCount(1);
    await expect(rtl).toHaveCSS('unicode-bidi', 'isolate');
  });

  test('the entry page wraps a 200-character name and description', async ({ page }) => {
    await withHostileEntries(page, '/ressources/accueil-de-nuit-villeurbanne/');
    await page.goto('/ressources/accueil-de-nuit-villeurbanne/');
    await expect(page.locator('h1 bdi')).toHaveText(LONG_WORD);
    await expectNoSidewaysScroll(page);
  });
});
