/** Journeys every page shares: help now, navigation, languages, not found. */
import { test, expect, PHONE } from './support/browser.ts';

test.describe('help now', () => {
  test('is visible without scrolling on a phone: 3114, 15 and 112 as links, the other lines one tap away', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/');
    const strip = page.getByRole('complementary', { name: 'Besoin d’aide maintenant ?' });
    for (const [number, href] of [['3114', 'tel:3114'], ['15', 'tel:15'], ['112', 'tel:112']] as const) {
      const link = strip.locator(`a[data-line="${number}"]`);
      await expect(link).toHaveAttribute('href', href);
      await expect(link).toBeInViewport({ ratio: 1 });
    }
    await strip.getByRole('link', { name: 'Autres aides' }).click();
    await expect(page).toHaveURL(/\/aide-immediate\/$/);
    const all = page.getByRole('region', { name: 'Besoin d’aide maintenant ?' });
    await expect(all.locator('a[data-line="114"]')).toHaveAttribute('href', 'sms:114');
  });

  test('every page ends with every help line, the local crisis contacts labelled as examples', async ({ page }) => {
    await page.goto('/contact/');
    const block = page.getByRole('region', { name: 'Besoin d’aide maintenant ?' });
    for (const [number, href] of [['3114', 'tel:3114'], ['15', 'tel:15'], ['112', 'tel:112'], ['114', 'sms:114']] as const) {
      await expect(block.locator(`a[data-line="${number}"]`)).toHaveAttribute('href', href);
    }
    await expect(block.getByRole('link', { name: 'Appeler le 01 99 00 20 00' })).toHaveAttribute('href', 'tel:+33199002000');
    await expect(block.getByText('(exemple)').first()).toBeVisible();
  });
});

test.describe('keyboard', () => {
  test('the first Tab reaches the skip link, which moves focus to the content', async ({ page }) => {
    await page.goto('/');
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Aller au contenu' });
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page.locator('main')).toBeFocused();
    await page.keyboard.press('Tab');
    // The next stop is inside the main content, not the header.
    expect(await page.evaluate(() => document.activeElement?.closest('main') !== null)).toBe(true);
  });

  test('the main navigation is reachable and names the current section', async ({ page }) => {
    await page.goto('/presse/');
    const nav = page.getByRole('navigation', { name: 'Menu principal' });
    await expect(nav.getByRole('link', { name: 'Espace presse' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Trouver de l’aide' })).not.toHaveAttribute('aria-current', 'page');
  });
});

test.describe('languages', () => {
  test('a visitor switches the home page to English and back', async ({ page }) => {
    await page.goto('/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
    await page.getByRole('link', { name: 'Read this site in English' }).click();
    await expect(page).toHaveURL(/\/en\/$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mental health: help and information near you');
    await expect(page.getByRole('complementary', { name: 'Need help now?' })).toBeVisible();
    await page.getByRole('link', { name: 'Lire ce site en français' }).click();
    await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/$/);
  });
});

test.describe('not found', () => {
  test.use({ allowedConsoleErrors: [/status of 404/] });
  test('an unknown address answers 404 with a way home in both languages', async ({ page }) => {
    const response = await page.goto('/cette-page-n-existe-pas/');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Page introuvable');
    await expect(page.getByRole('link', { name: 'Revenir à l’accueil' })).toHaveAttribute('href', '/');
    await expect(page.getByRole('link', { name: 'Back to the home page' })).toHaveAttribute('href', '/en/');
  });
});

test.describe('site files', () => {
  test('robots.txt, security.txt, the sitemap and the favicon are served', async ({ request }) => {
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toContain('Sitemap: https://clsm-exemple.fr/sitemap-index.xml');
    const security = await request.get('/.well-known/security.txt');
    expect(security.ok()).toBe(true);
    const text = await security.text();
    expect(text).toMatch(/^Contact: mailto:/m);
    const expires = new Date(/^Expires: (.+)$/m.exec(text)![1]!);
    expect(expires.getTime()).toBeGreaterThan(Date.now());
    expect((await request.get('/sitemap-index.xml')).ok()).toBe(true);
    const icon = await request.get('/favicon.ico');
    expect(icon.ok()).toBe(true);
    expect((await icon.body()).readUInt16LE(2)).toBe(1); // ICO resource type
  });
});

test.describe('print', () => {
  test('printing a page hides the navigation but keeps the crisis lines', async ({ page }) => {
    await page.goto('/contact/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.getByRole('navigation', { name: 'Menu principal' })).toBeHidden();
    await expect(page.locator('.help-now a[data-line="3114"]')).toBeVisible();
  });

  test('printing any page hides the search box, the filters and every other control', async ({ page }) => {
    for (const path of ['/', '/ressources/', '/ressources/commune/villeurbanne/', '/agenda/', '/sism/2026/', '/recherche/', '/presse/', '/en/']) {
      const response = await page.goto(path);
      if (response?.status() === 404) continue;
      await page.emulateMedia({ media: 'print' });
      const shown = await page.locator('form, [role="search"], button, input, select, textarea').evaluateAll((list) =>
        list.filter((el) => (el as HTMLElement).offsetParent !== null || el.getClientRects().length > 0).map((el) => `${el.tagName.toLowerCase()} ${el.getAttribute('name') ?? el.textContent?.trim().slice(0, 30) ?? ''}`),
      );
      expect(shown, `controls printed on ${path}`).toEqual([]);
      await page.emulateMedia({ media: 'screen' });
    }
  });

  test('the printable guide numbers its pages', async ({ page }) => {
    await page.goto('/ressources/guide/');
    // Chromium prints @page margin boxes (since version 131): the rule is what puts "3 / 12" at the foot of each page.
    const marginBoxes = await page.evaluate(() =>
      [...document.styleSheets].flatMap((sheet) => [...sheet.cssRules]).flatMap(function all(rule): CSSRule[] {
        return 'cssRules' in rule ? [rule, ...[...(rule as CSSGroupingRule).cssRules].flatMap(all)] : [rule];
      }).filter((rule) => rule instanceof CSSPageRule).map((rule) => rule.cssText),
    );
    expect(marginBoxes.join('\n')).toMatch(/@bottom-center\s*\{[^}]*content:\s*counter\(page\) " \/ " counter\(pages\)/);
  });
});

test.describe('privacy', () => {
  test('no page sets a cookie', async ({ page, context }) => {
    for (const path of ['/', '/en/', '/contact/', '/presse/']) await page.goto(path);
    expect(await context.cookies()).toEqual([]);
  });
});
