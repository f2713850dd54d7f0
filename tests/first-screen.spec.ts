/**
 * The first screen on a phone (issue 16): at 360 × 740, on one page of
 * every page type, the page's purpose (its h1) starts within the top
 * 320 px, and the help-now strip (3114, 15, 112 and the link to every line)
 * is still there above it. One test, pages in a loop: it is cheap, and a
 * failure lists every page type that breaks the rule at once.
 */
import { test, expect, PHONE } from './support/browser.ts';
import { pagesByRoute } from './support/page-types.ts';
import { sitemapPaths } from './support/sitemap.ts';

/** The measure: the top of the h1, in CSS pixels from the top of the page. */
const MAX_H1_TOP = 320;

test('on a 360 × 740 phone, every page type shows its h1 within the top 320 px, below the compact help-now strip', async ({ page }) => {
  const groups = pagesByRoute([...sitemapPaths(), '/404.html']);
  // Generous per page: a loaded machine must make the test slower, never failed.
  test.setTimeout(30_000 + groups.size * 10_000);
  await page.setViewportSize(PHONE);
  const tooLow: string[] = [];
  for (const [route, paths] of groups) {
    const path = paths[0]!;
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    const h1 = await page.locator('h1').first().boundingBox();
    expect(h1, `${path} has an h1`).not.toBeNull();
    const strip = page.locator('.help-now');
    await expect(strip.getByRole('link', { name: /3114/ }), path).toBeInViewport();
    await expect(strip.getByRole('link', { name: /15/ }).first(), path).toBeInViewport();
    await expect(strip.getByRole('link', { name: /112/ }), path).toBeInViewport();
    if (h1!.y > MAX_H1_TOP) tooLow.push(`${route} (${path}): h1 top at ${Math.round(h1!.y)} px`);
  }
  expect(tooLow, `page types whose h1 starts below ${MAX_H1_TOP} px at 360 × 740`).toEqual([]);
});
