/**
 * The crawl: every page of the sitemap, plus the 404 page, answers 200,
 * logs no console error (no CSP violation: tests/support/browser.ts) and
 * passes axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, at desktop
 * width in the light scheme and at 360 px in the dark scheme, so both
 * widths and both colour schemes are covered on every page.
 *
 * One test per page type (the route that builds the pages; long types in
 * batches), each reusing one browser page: a fresh page per URL cost more
 * than the check itself. Its time limit grows with the number of pages, so
 * a loaded machine makes the crawl slower, never failed.
 */
import { test, expect, PHONE } from './support/browser.ts';
import { axeViolations, installAxe } from './support/axe.ts';
import { pagesByRoute } from './support/page-types.ts';
import { sitemapPaths } from './support/sitemap.ts';

/** Pages checked by one test: small enough to spread the crawl over the workers. */
const BATCH = 30;
/** Time allowed per page: two axe runs take about 1 s on an idle 2-core machine. */
const PER_PAGE_MS = 10_000;
const DESKTOP = { width: 1280, height: 800 };

const groups = pagesByRoute([...sitemapPaths(), '/404.html']);

test.describe('accessibility', () => {
  for (const [route, paths] of groups) {
    for (let start = 0; start < paths.length; start += BATCH) {
      const batch = paths.slice(start, start + BATCH);
      const label = paths.length > BATCH ? `${route}, pages ${start + 1}–${start + batch.length} of ${paths.length}` : `${route} (${paths.length} page${paths.length > 1 ? 's' : ''})`;
      test(`${label}: loads without console error and has no WCAG A/AA violation at desktop width (light) and 360 px (dark)`, async ({ page }) => {
        test.setTimeout(30_000 + batch.length * PER_PAGE_MS);
        await installAxe(page);
        const found: string[] = [];
        for (const path of batch) {
          await page.setViewportSize(DESKTOP);
          await page.emulateMedia({ colorScheme: 'light' });
          const response = await page.goto(path);
          expect(response?.status(), path).toBe(200);
          found.push(...(await axeViolations(page)).map((v) => `${path}, desktop, light: ${v}`));
          await page.setViewportSize(PHONE);
          await page.emulateMedia({ colorScheme: 'dark' });
          found.push(...(await axeViolations(page)).map((v) => `${path}, 360 px, dark: ${v}`));
        }
        expect(found, `axe violations on ${label}`).toEqual([]);
      });
    }
  }

  test('the crawl covers every page of the sitemap', () => {
    const crawled = [...groups.values()].flat();
    expect(crawled.length).toBe(sitemapPaths().length + 1);
    expect(new Set(crawled).size).toBe(crawled.length);
  });
});

test('the check finds a violation when a page has one', async ({ page }) => {
  await page.setContent('<!doctype html><html lang="fr"><title>Essai</title><main><img src="data:,"><a href="/x"></a></main></html>');
  const found = await axeViolations(page);
  expect(found.map((v) => v.split(' ')[0])).toEqual(expect.arrayContaining(['image-alt', 'link-name']));
});
