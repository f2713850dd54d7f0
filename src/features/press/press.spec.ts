/**
 * The press space, as journalists use it: the press contact, key figures
 * with their sources and permalinks, guidance on reporting suicide, and
 * press releases under embargo kept out of everything the site publishes.
 */
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { readYaml } from '../../core/yaml.ts';
import type { APIRequestContext, Page } from '@playwright/test';
import { test, expect } from '../../../tests/support/browser.ts';
import { serveBuild, type ServedBuild } from '../../../tools/test/serve-build.ts';
import { freePortSync } from '../../../tools/test/free-port.ts';
import { buildSite } from '../../../tests/support/build-site.ts';
import { parisInstant } from '../../core/clock.ts';

const distDir = process.env['DIST_DIR'] ?? 'dist';
const RELEASES = 'content/press/releases';

interface SampleRelease {
  slug: string;
  title: string;
  embargo?: string;
}

/** The sample releases, read from their files (an embargoed one is nowhere in the build to read it from). */
function sampleReleases(): SampleRelease[] {
  return readdirSync(RELEASES)
    .filter((name) => name.endsWith('.mdx'))
    .map((name) => {
      const frontmatter = /^---\n([\s\S]*?)\n---/.exec(readFileSync(join(RELEASES, name), 'utf8'))?.[1] ?? '';
      const data = readYaml(frontmatter) as { title: string; embargo?: string };
      return { slug: name.replace(/\.mdx$/, ''), title: data.title, ...(data.embargo ? { embargo: data.embargo } : {}) };
    });
}

test.describe('press contact', () => {
  test('a journalist reaches the press contact’s phone number from the home page in at most two steps', async ({ page }) => {
    await page.goto('/');
    // Step 1: the main navigation leads to the press space.
    await page.getByRole('navigation', { name: 'Menu principal' }).getByRole('link', { name: 'Espace presse' }).click();
    await expect(page).toHaveURL(/\/presse\/$/);
    // Step 2: the phone number is a tel: link in the contact block, at the top of the content.
    const contact = page.getByRole('region', { name: 'Contact presse' });
    const phone = contact.getByRole('link', { name: '01 99 00 10 01' });
    await expect(phone).toHaveAttribute('href', 'tel:+33199001001');
    await expect(contact.getByRole('link', { name: 'presse@clsm-exemple.fr' })).toHaveAttribute('href', 'mailto:presse@clsm-exemple.fr');
    const firstSection = await page.locator('main section').first().getAttribute('aria-labelledby');
    expect(firstSection).toBe('press-contact');
  });
});

test.describe('key figures', () => {
  test('finds a key figure with its source and copies its permalink', async ({ page, context, baseURL }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseURL ?? '' });
    await page.goto('/presse/');
    await page.getByRole('link', { name: 'Tous les chiffres clés, avec leurs sources' }).click();
    await expect(page).toHaveURL(/\/presse\/chiffres-cles\/$/);
    const figure = page.locator('#chiffre-episodes-depressifs-france');
    await expect(figure.getByRole('heading', { level: 2 })).toHaveText('Adultes ayant vécu un épisode dépressif caractérisé dans l’année');
    await expect(figure.getByRole('link', { name: /^Santé publique France, Baromètre de Santé publique France 2024/ })).toHaveAttribute('href', /^https:\/\/www\.santepubliquefrance\.fr\//);
    await expect(figure.getByText('12 novembre 2025')).toBeVisible();
    // With the keyboard: focus the permalink and press Enter.
    const permalink = figure.getByRole('link', { name: /^Lien permanent/ });
    await expect(permalink).toBeVisible();
    await permalink.focus();
    await page.keyboard.press('Enter');
    const expected = new URL('/presse/chiffres-cles/#chiffre-episodes-depressifs-france', baseURL).href;
    await expect(figure.getByRole('status')).toHaveText(`Lien copié : ${expected}`);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(expected);
    await expect(page).toHaveURL(expected);
  });

  test.describe('without JavaScript', () => {
    test.use({ javaScriptEnabled: false });
    test('the permalink is a plain link to the figure’s anchor', async ({ page }) => {
      await page.goto('/presse/chiffres-cles/');
      const figure = page.locator('#chiffre-file-active-cmp');
      await figure.getByRole('link', { name: /^Lien permanent/ }).click();
      await expect(page).toHaveURL(/\/presse\/chiffres-cles\/#chiffre-file-active-cmp$/);
      await expect(figure.getByText('Données d’exemple, fictives')).toBeVisible();
    });
  });
});

test.describe('reporting guidance', () => {
  test('finds the guidance on reporting suicide', async ({ page }) => {
    await page.goto('/presse/');
    await page.getByRole('link', { name: 'Parler du suicide dans les médias' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Parler du suicide dans les médias');
    await expect(page.getByRole('link', { name: 'papageno-suicide.com' })).toHaveAttribute('href', 'https://papageno-suicide.com/');
    // The wording to end an article with names the 3114.
    await expect(page.locator('main blockquote')).toContainText('3114, numéro national de prévention du suicide');
    // The page itself ends with where to get help.
    const lastHeading = page.locator('main .prose h2').last();
    await expect(lastHeading).toHaveText('Où trouver de l’aide');
    await expect(page.locator('main .prose a[href="tel:3114"]')).toBeVisible();
    await page.getByRole('link', { name: 'Vocabulaire recommandé' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vocabulaire recommandé');
    await expect(page.getByRole('cell', { name: 'une personne vivant avec une schizophrénie' })).toBeVisible();
  });

  test('the suicide fact sheet ends with the help block, before its review dates', async ({ page }) => {
    await page.goto('/presse/fiches/suicide/');
    const help = page.getByRole('region', { name: 'Où trouver de l’aide' });
    await expect(help.getByRole('link', { name: '3114' })).toHaveAttribute('href', 'tel:3114');
    const after = await help.evaluate((el) => [...el.parentElement!.children].slice([...el.parentElement!.children].indexOf(el) + 1).map((e) => e.className));
    expect(after.every((c) => /review/.test(c))).toBe(true);
    await expect(page.getByText(/Page vérifiée le 15 septembre 2026/)).toBeVisible();
  });
});

/** Everything the site publishes about a release, checked at once. */
async function expectRelease(present: boolean, release: SampleRelease, where: { page: Page; request: APIRequestContext; origin: string; dist: string }) {
  const { page, request, origin, dist } = where;
  const url = `/presse/communiques/${release.slug}/`;
  // The site: its page and its PDF, and the lists.
  expect((await request.get(`${origin}${url}`)).status(), `${url} status`).toBe(present ? 200 : 404);
  expect((await request.get(`${origin}/presse/communiques/${release.slug}.pdf`)).status()).toBe(present ? 200 : 404);
  for (const list of ['/presse/', '/presse/communiques/']) {
    await page.goto(`${origin}${list}`);
    const link = page.locator(`main a[href="${url}"]`);
    if (present) await expect(link).toHaveText(release.title);
    else await expect(link).toHaveCount(0);
    if (!present) await expect(page.locator('main')).not.toContainText(release.title);
  }
  // The sitemap.
  const sitemap = readdirSync(dist).filter((f) => /^sitemap-\d+\.xml$/.test(f)).map((f) => readFileSync(join(dist, f), 'utf8')).join('\n');
  expect(sitemap.includes(url), `sitemap lists ${url}`).toBe(present);
  // The search index: Pagefind's fragments (gzip) hold each page's URL and text.
  const fragments = join(dist, 'pagefind', 'fragment');
  expect(existsSync(fragments), 'the build has a search index').toBe(true);
  const indexed = readdirSync(fragments).map((f) => gunzipSync(readFileSync(join(fragments, f))).toString('utf8'));
  expect(indexed.some((text) => text.includes(url) || text.includes(release.title)), `search index has ${release.slug}`).toBe(present);
  // The feed.
  const feed = await (await request.get(`${origin}/presse/communiques.xml`)).text();
  expect(feed.includes(url) || feed.includes(release.title), `feed has ${release.slug}`).toBe(present);
}

test.describe('embargo', () => {
  test('an embargoed release is absent from the site, the sitemap, the search index and the feed', async ({ page, request, baseURL }) => {
    const now = Date.now();
    const embargoed = sampleReleases().filter((r) => r.embargo && parisInstant(r.embargo).getTime() > now);
    const published = sampleReleases().filter((r) => !r.embargo || parisInstant(r.embargo).getTime() <= now);
    test.skip(embargoed.length === 0, 'no sample release is under embargo any more: the pinned-build test below still covers it');
    const where = { page, request, origin: baseURL ?? '', dist: distDir };
    for (const release of embargoed) await expectRelease(false, release, where);
    // The same checks find a released one: they can fail.
    await expectRelease(true, published[0]!, where);
  });

  test.describe('in a build made one minute before the embargo ends', () => {
    // The sample release embargoed until 2027-01-12T10:00 (Paris); CLSM_NOW pins the build's "now".
    const PINNED_NOW = '2027-01-12T09:59:00+01:00';
    const port = freePortSync();
    // Outside test-results/, which another Playwright run may wipe while this build runs; PRESS_EMBARGO_DIST reuses a build.
    const reuse = process.env['PRESS_EMBARGO_DIST'];
    const dist = reuse ? resolve(reuse) : join(tmpdir(), `clsm-press-embargo-${process.pid}`);
    let server: ServedBuild | undefined;

    test.describe.configure({ mode: 'serial' });
    test.beforeAll(async () => {
      test.setTimeout(400_000);
      if (!reuse || !existsSync(join(dist, 'index.html'))) {
        await buildSite(dist, { CLSM_NOW: PINNED_NOW });
      }
      server = await serveBuild(dist, port);
    });
    test.afterAll(() => {
      server?.stop();
      if (!reuse) rmSync(dist, { recursive: true, force: true });
    });
    // The fixture treats any other origin as foreign: this describe's pages are the pinned build's.
    test.use({ baseURL: `http://127.0.0.1:${port}` });

    test('the release embargoed until 10:00 is nowhere; the one released before is everywhere', async ({ page, request, baseURL }) => {
      const releases = sampleReleases();
      const embargoed = releases.find((r) => r.embargo === '2027-01-12T10:00');
      expect(embargoed, 'the sample content has a release embargoed until 2027-01-12T10:00').toBeDefined();
      const where = { page, request, origin: baseURL ?? '', dist };
      await expectRelease(false, embargoed!, where);
      await expectRelease(true, releases.find((r) => r.slug === '2026-11-10-bilan-sism-2026')!, where);
    });
  });
});
