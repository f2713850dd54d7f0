/** Site search: the header field on every page, the search page, Pagefind in the browser. */
import type { Locator, Page, Request } from '@playwright/test';
import { axeViolations } from '../../../tests/support/axe.ts';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

/** Presses Tab until `target` has focus (at most `max` times), as a keyboard user would. */
async function tabTo(page: Page, target: Locator, max = 40): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** Every request the page makes from now on. */
function recordRequests(page: Page): Request[] {
  const requests: Request[] = [];
  page.on('request', (request) => requests.push(request));
  return requests;
}

test.describe('site search', () => {
  test("a resident types 'cmp' and reaches the CMP's entry with the keyboard", async ({ page, baseURL }) => {
    await page.goto('/');
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Rechercher sur le site' });
    await tabTo(page, field);
    await page.keyboard.type('cmp');
    const requests = recordRequests(page);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=cmp$/);

    const status = page.getByRole('status').filter({ hasText: 'pour « cmp »' });
    await expect(status).toHaveText(/^\d+ résultats pour « cmp »$/);
    const entry = page.getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne (exemple)' });
    await expect(entry).toBeVisible();
    // Result cards carry the type, commune and hours read from the directory's data.
    const card = page.getByRole('listitem').filter({ has: entry });
    await expect(card).toContainText('Lieu ou service');
    await expect(card).toContainText('Villeurbanne');
    await expect(card).toContainText('Horaires :');
    await expect(card.locator('mark').first()).toBeVisible();

    // Nothing typed leaves the browser: after the page itself, only Pagefind's own files are fetched,
    // and the query appears in no request but the page's address.
    const site = new URL(baseURL!).origin;
    const afterPage = requests.filter((r) => !r.url().includes('/recherche/') && !r.url().startsWith(`${site}/_astro/`) && !r.url().endsWith('/favicon.svg') && !r.url().endsWith('/favicon.ico'));
    expect(afterPage.length).toBeGreaterThan(0);
    for (const request of afterPage) expect(request.url()).toMatch(new RegExp(`^${site}/pagefind/`));
    for (const request of requests) if (!request.url().startsWith(`${site}/recherche/?q=cmp`)) expect(request.url()).not.toMatch(/cmp/i);

    // Skip link, then Tab through the search form and filters to the result.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await tabTo(page, entry);
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/ressources\/cmp-adultes-villeurbanne\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Centre médico-psychologique adultes de Villeurbanne (exemple)');
  });

  test('filters results to events', async ({ page }) => {
    await page.goto('/recherche/?q=sism');
    const status = page.getByRole('status').filter({ hasText: 'pour « sism »' });
    await expect(status).toHaveText(/résultats? pour « sism »/);
    const events = page.getByRole('radio', { name: /^Événement/ });
    await expect(page.getByRole('group', { name: 'Type de contenu' })).toBeVisible();
    await events.check();
    await expect(page).toHaveURL(/[?&]type=evenement/);
    await expect(status).toHaveText(/^\d+ sur \d+ résultats pour «\ssism\s»\s:\sÉvénement$/);
    const cards = page.getByRole('list').filter({ has: page.locator('.result-title') }).getByRole('listitem');
    await expect(cards.first()).toBeVisible();
    for (const card of await cards.all()) {
      await expect(card.locator('.result-type')).toHaveText('Événement');
      await expect(card.getByRole('link')).toHaveAttribute('href', /^\/(sism\/\d{4}|agenda)\/[^/]+\/$/);
    }
    // The filter is kept in the address: reloading gives the same view.
    await page.reload();
    await expect(page.getByRole('radio', { name: /^Événement/ })).toBeChecked();
    await expect(cards.first().locator('.result-type')).toHaveText('Événement');
  });

  test('the words every directory entry repeats (buttons, labels, hours table) do not make every entry a result', async ({ page }) => {
    // "Itinéraire" is on every entry's directions button and in no entry's own text.
    await page.goto('/recherche/?q=itin%C3%A9raire');
    await expect(page.getByRole('status').filter({ hasText: 'pour « itinéraire »' })).toHaveText(/^(Aucun résultat|\d+ résultats?) pour « itinéraire »/);
    await expect(page.locator('.result-type', { hasText: 'Lieu ou service' })).toHaveCount(0);
  });

  test("'medecin' finds pages with 'médecin'", async ({ page }) => {
    await page.goto('/recherche/');
    const field = page.getByRole('main').getByRole('searchbox', { name: 'Que cherchez-vous ?' });
    await field.fill('medecin');
    await field.press('Enter');
    await expect(page).toHaveURL(/\?q=medecin$/);
    await expect(page.getByRole('status').filter({ hasText: 'pour « medecin »' })).toHaveText(/^\d+ résultats? pour « medecin »$/);
    const marks = page.locator('.result-excerpt mark');
    await expect(marks.first()).toBeVisible();
    const words = (await marks.allTextContents()).map((w) => w.toLowerCase());
    expect(words.some((w) => w.startsWith('médecin'))).toBe(true);
  });

  test('search works on the English site and returns English pages', async ({ page }) => {
    await page.goto('/en/');
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Search this site' });
    await field.fill('mental health');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=mental\+health$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('status').filter({ hasText: 'for “mental health”' })).toHaveText(/^\d+ results? for “mental health”$/);
    const links = page.locator('.result-title');
    await expect(links.first()).toBeVisible();
    for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')))) expect(href).toMatch(/^\/en\//);
  });

  test('ordinary pages ship no JavaScript, the search page loads Pagefind only when asked', async ({ page, baseURL }) => {
    const requests = recordRequests(page);
    for (const path of ['/', '/contact/', '/s-informer/ou-s-adresser/', '/en/']) await page.goto(path);
    expect(requests.filter((r) => r.resourceType() === 'script').map((r) => r.url())).toEqual([]);
    await page.goto('/recherche/');
    await expect(page.getByRole('status')).toHaveText('Tapez un ou plusieurs mots puis appuyez sur Entrée.');
    expect(requests.filter((r) => r.url().includes('/pagefind/'))).toEqual([]);
    await page.getByRole('main').getByRole('searchbox').focus();
    await expect.poll(() => requests.filter((r) => r.url().startsWith(`${new URL(baseURL!).origin}/pagefind/pagefind.js`)).length).toBe(1);
  });

  test('on a phone, search is one tap from the header and the crisis lines stay on the first screen', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    for (const line of ['3114', '15', '112']) await expect(page.locator(`.help-now a[data-line="${line}"]`)).toBeInViewport({ ratio: 1 });
    // The bar has no room for the field on a phone: a link in the menu leads to the search page's field.
    const link = page.getByRole('banner').locator('.search-item a');
    await expect(link).toBeInViewport({ ratio: 1 });
    await link.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/$/);
    await expect(page.getByRole('main').getByRole('searchbox')).toBeVisible();
  });
});

test.describe('search page accessibility', () => {
  for (const mode of [
    { name: 'desktop, light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
    { name: '360 px, dark', viewport: PHONE, colorScheme: 'dark' },
  ] as const) {
    test(`results have no WCAG A/AA violation (${mode.name})`, async ({ page }) => {
      await page.setViewportSize(mode.viewport);
      await page.emulateMedia({ colorScheme: mode.colorScheme });
      await page.goto('/recherche/?q=gem');
      await expect(page.locator('.result-excerpt mark').first()).toBeVisible();
      expect(await axeViolations(page)).toEqual([]);
    });
  }
});

test.describe('site search without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('the search page explains that search needs JavaScript and links to the directory and the site map', async ({ page }) => {
    await page.goto('/recherche/?q=cmp');
    await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
    await expect(page.getByRole('link', { name: /l’annuaire des lieux d’aide/ })).toHaveAttribute('href', '/ressources/');
    await expect(page.getByRole('link', { name: /le plan du site/ })).toHaveAttribute('href', '/plan-du-site/');
    await expect(page.getByRole('group', { name: 'Type de contenu' })).toBeHidden();
  });

  test('the header field still reaches the search page', async ({ page }) => {
    await page.goto('/contact/');
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Rechercher sur le site' });
    await field.fill('gem');
    await field.press('Enter');
    await expect(page).toHaveURL(/\/recherche\/\?q=gem$/);
    await expect(page.getByText('La recherche a besoin de JavaScript')).toBeVisible();
  });
});
