/**
 * Information section journeys: myths and facts, the glossary's
 * abbreviations, brochure downloads with their easy-to-read versions, the
 * CLSM's action plan, the news feeds, and "article pages ship no JavaScript".
 */
import { readFileSync } from 'node:fs';
import { XMLParser } from 'fast-xml-parser';
import { PDFDocument } from 'pdf-lib';
import { test, expect, PHONE } from '../../../tests/support/browser.ts';

test.describe('myths and facts', () => {
  test('a resident reads the myth-versus-fact index and a page, with keyboard and screen-reader names intact', async ({ page }) => {
    await page.goto('/s-informer/');
    // Reach the myths index from the section index with the keyboard.
    const mythsLink = page.getByRole('link', { name: 'Idées reçues sur la santé mentale' });
    await mythsLink.focus();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/\/s-informer\/idees-recues\/$/);
    await expect(page.getByRole('heading', { level: 1, name: 'Idées reçues sur la santé mentale' })).toBeVisible();

    // Without interaction, the quiz's answers are plain content; with JavaScript they hide behind true/false buttons.
    const quiz = page.locator('myth-quiz');
    const firstItem = quiz.locator('[data-quiz-item]').first();
    const answer = firstItem.locator('[data-quiz-answer]');
    await expect(answer).toBeHidden();
    const group = firstItem.getByRole('group', { name: /Votre réponse à l’affirmation \(1\)/ });
    await group.getByRole('button', { name: 'Vrai' }).focus();
    await page.keyboard.press('Enter');
    await expect(firstItem.getByRole('status')).toHaveText('Bonne réponse.');
    await expect(group.getByRole('button', { name: 'Vrai' })).toHaveAttribute('aria-pressed', 'true');
    await expect(answer).toBeVisible();

    // Open a myth page by keyboard.
    const pageLink = page.getByRole('link', { name: 'Troubles psychiques et violence' });
    await pageLink.focus();
    await expect(pageLink).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('heading', { level: 1, name: 'Troubles psychiques et violence' })).toBeVisible();
    await expect(page.getByRole('navigation', { name: 'Fil d’Ariane' }).getByRole('link', { name: 'Idées reçues sur la santé mentale' })).toBeVisible();
    const myth = page.getByRole('region', { name: 'Idée reçue' });
    const fact = page.getByRole('region', { name: 'En réalité' });
    await expect(myth).toContainText('Les personnes qui ont une schizophrénie sont dangereuses');
    await expect(fact).toContainText('bien plus souvent victimes de violences');
    // The explanation, its sources and its review dates.
    await expect(page.getByRole('heading', { level: 2, name: 'Ce qu’il faut savoir' })).toBeVisible();
    const review = page.getByRole('region', { name: 'Sources et vérification' });
    await expect(review.getByRole('link', { name: /Dangerosité psychiatrique/ })).toHaveAttribute('href', /^https:\/\/www\.has-sante\.fr\//);
    await expect(review).toContainText(/Page vérifiée le \d{1,2} \S+ 20\d\d — prochaine vérification\s:\s\d{1,2} \S+ 20\d\d/);
  });

  test('the quiz reads as plain content without JavaScript', async ({ browser, baseURL }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, ...(baseURL ? { baseURL } : {}) });
    const page = await context.newPage();
    await page.goto('/s-informer/idees-recues/');
    const items = page.locator('[data-quiz-item]');
    expect(await items.count()).toBeGreaterThan(2);
    await expect(items.first().locator('[data-quiz-answer]')).toBeVisible();
    await expect(page.locator('myth-quiz').getByRole('button')).toHaveCount(0);
    // Each answer explains its own statement: the one on how many people live a depressive episode gives the figure.
    const depression = items.filter({ hasText: 'épisode dépressif' });
    await expect(depression.locator('[data-quiz-answer]')).toContainText('15,6 % des 18-79 ans');
    await context.close();
  });

  test('a page about suicide ends with where to get help (3114)', async ({ page }) => {
    await page.goto('/s-informer/idees-recues/parler-du-suicide/');
    const lastSection = page.locator('.prose > h2').last();
    await expect(lastSection).toHaveText('Où trouver de l’aide');
    await expect(page.locator('.prose a[href="tel:3114"]').last()).toBeVisible();
  });
});

test.describe('glossary', () => {
  test('finds what CMP means from any page', async ({ page }) => {
    for (const path of ['/s-informer/ou-s-adresser/', '/s-informer/brochures/organisation-des-soins/le-secteur-de-psychiatrie/', '/s-informer/qu-est-ce-que-la-sante-mentale/']) {
      await page.goto(path);
      // The first use is marked up with its expansion; later uses are not.
      const abbr = page.locator('main abbr', { hasText: /^CMP$/ });
      await expect(abbr, path).toHaveCount(1);
      await expect(abbr).toHaveAttribute('title', 'Centre médico-psychologique');
    }
    // Prose from YAML data files too: a directory entry's description, once per page.
    await page.goto('/ressources/cattp-villeurbanne/');
    const fromYaml = page.locator('main abbr', { hasText: /^CMP$/ });
    await expect(fromYaml).toHaveCount(1);
    await expect(fromYaml).toHaveAttribute('title', 'Centre médico-psychologique');
    // English pages expand in English.
    await page.goto('/en/learn/where-to-go/');
    await expect(page.locator('main abbr', { hasText: /^CMP$/ })).toHaveAttribute('title', 'Public mental health centre');
    // The glossary page defines it, at a stable anchor.
    await page.goto('/s-informer/glossaire/#cmp');
    const entry = page.locator('#cmp');
    await expect(entry).toContainText('Centre médico-psychologique');
    await expect(entry).toContainText('sans avance de frais');
  });
});

test.describe('brochures', () => {
  test('downloads a brochure PDF and its easy-to-read version', async ({ page }) => {
    await page.setViewportSize(PHONE);
    await page.goto('/s-informer/brochures/');
    await expect(page.getByRole('heading', { level: 2, name: 'Troubles psychiques' })).toBeVisible();
    // Covers are optimised: modern formats offered, a fallback image with size.
    const picture = page.locator('picture').first();
    await expect(picture.locator('source[type="image/avif"]')).toHaveCount(1);
    await expect(picture.locator('source[type="image/webp"]')).toHaveCount(1);
    await expect(picture.locator('img')).toHaveAttribute('width', /\d+/);

    await page.getByRole('link', { name: 'La dépression', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'La dépression' })).toBeVisible();

    const download = page.getByRole('link', { name: /Télécharger la brochure \(PDF, [\d ]+ ko, \d+ pages?\)/ });
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    const bytes = readFileSync(await file.path());
    // The size and page count on the page are those of the file.
    expect(Number(await download.getAttribute('data-pdf-bytes'))).toBe(bytes.length);
    const pdf = await PDFDocument.load(bytes);
    expect(Number(await download.getAttribute('data-pdf-pages'))).toBe(pdf.getPageCount());
    expect(pdf.getTitle()).toBe('La dépression');

    // Linked both ways with the easy-to-read version.
    await page.getByRole('link', { name: 'Lire cette brochure en version facile à lire (FALC)' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'La dépression, en facile à lire' })).toBeVisible();
    const easyRead = page.getByRole('link', { name: /Télécharger la version facile à lire \(PDF/ });
    const [easyFile] = await Promise.all([page.waitForEvent('download'), easyRead.click()]);
    expect((await PDFDocument.load(readFileSync(await easyFile.path()))).getTitle()).toBe('La dépression, en facile à lire');
    await page.getByRole('link', { name: 'Lire la version complète de cette brochure' }).click();
    await expect(page).toHaveURL(/\/s-informer\/brochures\/troubles-psychiques\/depression\/$/);
  });
});

test.describe('the CLSM', () => {
  test('reads the CLSM’s action plan', async ({ page }) => {
    await page.goto('/le-clsm/');
    await expect(page.getByRole('heading', { level: 1, name: 'Le Conseil local de santé mentale' })).toBeVisible();
    await expect(page.getByText(/couvre 4 communes\s:\sVilleurbanne, Vaulx-en-Velin, Bron et Décines-Charpieu/)).toBeVisible();
    // Against the 2025 référentiel: its instances, the people concerned, CLS, PTSM and contrats de ville, a way to follow it.
    for (const name of ['Nos instances, au regard du référentiel', 'Les usagers, les aidants et les habitants', 'Comment le CLSM s’articule avec les autres dispositifs', 'Suivre le CLSM']) {
      await expect(page.getByRole('heading', { level: 2, name })).toBeVisible();
    }
    await expect(page.getByText(/instruction du 13 mai 2025/)).toBeVisible();
    const follow = page.getByRole('region', { name: 'Suivre le CLSM' });
    await expect(follow.getByRole('link', { name: 'RSS' })).toHaveAttribute('href', '/actualites/rss.xml');
    // No e-mail subscription in the sample site.yaml: no link to a provider.
    await expect(follow.locator('[data-newsletter]')).toHaveCount(0);
    await page.getByRole('link', { name: 'Plan d’action' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /^Plan d’action \d{4}-\d{4}$/ })).toBeVisible();
    await expect(page.getByText(/adopté par le comité de pilotage le/)).toBeVisible();
    // The six axes of the 2016 instruction, each reachable from the table of contents.
    const toc = page.getByRole('navigation', { name: 'Les six axes' });
    await expect(toc.getByRole('link')).toHaveCount(6);
    await toc.getByRole('link', { name: 'Lutte contre la stigmatisation' }).click();
    await expect(page).toHaveURL(/#axe-stigmatisation$/);
    const axis = page.getByRole('region', { name: /Axe 4\s:\sLutte contre la stigmatisation/ });
    const sism = axis.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Semaines d’information sur la santé mentale' }) });
    await expect(sism.getByText('Permanente', { exact: true })).toBeVisible();
    // The summary table counts every action once.
    const counts = await page.locator('table.summary tbody td').allTextContents();
    const total = counts.reduce((sum, n) => sum + Number(n), 0);
    await expect(page.locator('li.action')).toHaveCount(total);
  });

  test('the English About page links to its French version', async ({ page }) => {
    await page.goto('/en/about/');
    await expect(page.getByRole('heading', { level: 1, name: 'About the local mental health council' })).toBeVisible();
    await expect(page.locator('link[rel="alternate"][hreflang="fr"]')).toHaveAttribute('href', /\/le-clsm\/$/);
  });

  test('each key figure has a chart with a text alternative, a data table and a citable anchor', async ({ page }) => {
    await page.goto('/le-clsm/observatoire/');
    const figure = page.locator('#chiffre-episodes-depressifs-france');
    await expect(figure.getByRole('img')).toHaveAccessibleName(/15,6 % des 18-79 ans/);
    await figure.getByText('Données du graphique').click();
    await expect(figure.getByRole('row', { name: /2024 \(18-79 ans\) 15,6/ })).toBeVisible();
    await expect(figure.getByRole('link', { name: /Santé publique France/ })).toHaveAttribute('href', /^https:\/\//);
    await expect(page.locator('#chiffre-file-active-cmp')).toContainText('Données d’exemple, fictives');
  });
});

test.describe('news', () => {
  test('the home page shows the latest news', async ({ page }) => {
    await page.goto('/');
    const latest = page.getByRole('region', { name: 'Dernières actualités' });
    await expect(latest.getByRole('heading', { level: 3 })).toHaveCount(3);
    await latest.getByRole('link', { name: 'Toutes les actualités' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Actualités' })).toBeVisible();
  });

  test('the RSS, Atom and JSON feeds parse and list the same items', async ({ request }) => {
    const parser = new XMLParser({ ignoreAttributes: false });
    const rss = parser.parse(await (await request.get('/actualites/rss.xml')).text());
    const atom = parser.parse(await (await request.get('/actualites/atom.xml')).text());
    const jsonResponse = await request.get('/actualites/feed.json');
    const json = (await jsonResponse.json()) as { version: string; items: { url: string; title: string }[] };

    const rssItems = [rss.rss.channel.item].flat() as { link: string; title: string }[];
    const atomEntries = [atom.feed.entry].flat() as { id: string }[];
    expect(rss.rss['@_version']).toBe('2.0');
    expect(atom.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(json.version).toBe('https://jsonfeed.org/version/1');
    expect(rssItems.length).toBeGreaterThan(0);
    expect(atomEntries.map((e) => e.id)).toEqual(rssItems.map((i) => i.link));
    expect(json.items.map((i) => i.url)).toEqual(rssItems.map((i) => i.link));
    // Every item links to a page that exists.
    for (const item of json.items) {
      const path = new URL(item.url).pathname;
      expect((await request.get(path)).status(), path).toBe(200);
    }
  });
});

test.describe('article pages', () => {
  for (const path of [
    '/s-informer/aider-un-proche/',
    '/en/learn/where-to-go/',
    '/s-informer/idees-recues/parler-du-suicide/',
    '/s-informer/brochures/troubles-psychiques/depression/',
    '/actualites/2026-11-11-bilan-sism-2026/',
    '/le-clsm/observatoire/',
  ]) {
    test(`${path} ships no JavaScript`, async ({ page }) => {
      const scripts: string[] = [];
      page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
      await page.goto(path);
      await expect(page.locator('script')).toHaveCount(0);
      expect(scripts).toEqual([]);
    });
  }
});
