/**
 * The site for a visitor who reads only English: the journeys of issue #20,
 * from the English home page, and the check that an English page's
 * interface is English (and a French page's French) outside what the page
 * marks as written in another language.
 */
import type { Page } from '@playwright/test';
import fr from '../src/core/i18n/fr.ts';
import en from '../src/core/i18n/en.ts';
import { test, expect, PHONE } from './support/browser.ts';

test.describe('English, for a visitor who reads only English', () => {
  test('finds the nearest CMP for an address and calls it', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/en/');
    await page.getByRole('link', { name: 'Search the directory' }).click();
    await expect(page).toHaveURL(/\/en\/directory\/$/);
    await page.getByRole('link', { name: 'Which CMP is mine?' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Which CMP is mine?');
    // Typed as people type it: no hyphen, the commune after a comma; found in the browser.
    await page.getByLabel('Your address').fill('12 rue Leon Blum, Villeurbanne');
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Address found' })).toContainText('1 for adults, 1 for children');
    const adults = page.getByRole('region', { name: /^For adults/ });
    // The CMP's name is the CLSM's French, marked so; its page is the English one.
    const name = adults.getByRole('link', { name: 'Centre médico-psychologique adultes de Villeurbanne Est (exemple)' });
    await expect(name).toHaveAttribute('href', '/en/directory/cmp-adultes-villeurbanne-est/');
    await expect(name).toHaveAttribute('lang', 'fr');
    // Hours in English: day names and a 24-hour clock.
    await expect(adults).toContainText('Mon–Fri');
    const call = adults.getByRole('link', { name: 'Call 01 99 00 30 50' });
    await expect(call).toHaveAttribute('href', 'tel:+33199003050');
  });

  test('reads the crisis guide and finds 3114 and 112', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Learn' }).click();
    await page.getByRole('link', { name: 'In a crisis, and if you are thinking about suicide' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('In a crisis, and if you are thinking about suicide');
    const article = page.getByRole('main');
    await expect(article.getByRole('link', { name: '3114', exact: true }).first()).toHaveAttribute('href', 'tel:3114');
    await expect(article.getByRole('link', { name: '112', exact: true })).toHaveAttribute('href', 'tel:112');
    await expect(article).toContainText('24 hours a day, 7 days a week');
    // Sources and review date kept, as on the French guides.
    await expect(article.getByRole('link', { name: /3114, the national suicide prevention number/ })).toHaveAttribute('href', 'https://3114.fr/');
  });

  test('a journalist finds the press contact and the guidance on reporting suicide', async ({ page }) => {
    await page.goto('/en/');
    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Press' }).click();
    await expect(page).toHaveURL(/\/en\/press\/$/);
    const contact = page.getByRole('region', { name: 'Press contact' });
    await expect(contact.getByRole('link', { name: /^0\d( \d\d){4}$/ })).toHaveAttribute('href', /^tel:\+33/);
    await expect(contact.getByRole('link', { name: /@/ })).toHaveAttribute('href', /^mailto:/);
    // Releases stay French, and say so before the click.
    const release = page.getByRole('region', { name: 'Latest press releases' }).getByRole('link').first();
    await expect(release).toHaveAttribute('hreflang', 'fr');
    await expect(release).toContainText('(in French)');
    await page.getByRole('link', { name: 'Reporting on suicide' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reporting on suicide');
    await expect(page.getByRole('main')).toContainText('Papageno');
    await expect(page.getByRole('main').getByRole('link', { name: '3114' }).last()).toHaveAttribute('href', 'tel:3114');
  });

  test("searches 'emergency' and gets the crisis lines", async ({ page }) => {
    await page.goto('/en/');
    const field = page.getByRole('search').getByRole('searchbox', { name: 'Search this site' });
    await field.fill('emergency');
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/en\/search\/\?q=emergency$/);
    const line = page.getByRole('link', { name: '3114, numéro national de prévention du suicide' });
    await expect(line).toBeVisible();
    await line.click();
    await expect(page).toHaveURL(/\/en\/directory\/3114-prevention-suicide\/$/);
    await expect(page.getByRole('link', { name: /^Call 3114/ }).first()).toHaveAttribute('href', 'tel:3114');
    await expect(page.getByText('Emergency and crisis').first()).toBeVisible();
  });
});

/** A pattern that matches a whole UI string, its {placeholders} standing for any text. */
function stringPattern(text: string): RegExp {
  const escaped = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/\\\{\w+\\\}/g, '.+?');
  return new RegExp(`^${escaped}$`);
}

/** UI strings of `other` that the page's language says differently: finding one means a string in the wrong language. */
function foreignStrings(other: Record<string, string>, own: Record<string, string>): { key: string; pattern: RegExp }[] {
  return Object.entries(other)
    .filter(([key, text]) => text !== own[key as keyof typeof own] && (text.replace(/\{\w+\}/g, '').match(/\p{L}/gu) ?? []).length >= 4 && !Object.values(own).includes(text))
    .map(([key, text]) => ({ key, pattern: stringPattern(text.trim()) }));
}

/** The text of every element whose nearest `lang` is the page's, one string per text-bearing element or attribute. */
async function interfaceTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pageLang = document.documentElement.lang;
    const texts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_ELEMENT);
    for (let node = walker.currentNode as Element | null; node; node = walker.nextNode() as Element | null) {
      if (node.closest('[lang]')?.getAttribute('lang') !== pageLang || node.closest('script, style, template, [hidden]')) continue;
      const own = [...node.childNodes].filter((c) => c.nodeType === Node.TEXT_NODE).map((c) => c.textContent ?? '').join('').replace(/\s+/g, ' ').trim();
      const full = (node as HTMLElement).innerText?.replace(/\s+/g, ' ').trim() ?? '';
      for (const text of [own, full, node.getAttribute('aria-label') ?? '', node.getAttribute('title') ?? '', node.getAttribute('placeholder') ?? '']) if (text) texts.push(text);
    }
    return texts;
  });
}

test.describe('each page speaks its own language', () => {
  const englishPages = ['/en/', '/en/directory/', '/en/directory/cmp-adultes-villeurbanne/', '/en/directory/category/urgence/', '/en/directory/my-cmp/villeurbanne/rue-leon-blum/', '/en/learn/crisis-and-suicide-prevention/', '/en/press/', '/en/search/?q=cmp'];
  for (const path of englishPages) {
    test(`${path} has no French interface string outside what is marked French`, async ({ page }) => {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const french = foreignStrings(fr, en);
      const found = (await interfaceTexts(page)).flatMap((text) => french.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: "${text}"`));
      expect(found).toEqual([]);
    });
  }

  test('a French entry page has no English interface string', async ({ page }) => {
    await page.goto('/ressources/cmp-adultes-villeurbanne/');
    await page.waitForLoadState('networkidle');
    const english = foreignStrings(en, fr);
    const found = (await interfaceTexts(page)).flatMap((text) => english.filter(({ pattern }) => pattern.test(text)).map(({ key }) => `${key}: "${text}"`));
    expect(found).toEqual([]);
  });
});
