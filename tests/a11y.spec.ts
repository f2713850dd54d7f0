/**
 * Accessibility crawl: every page of the sitemap, plus the 404 page, through
 * axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, at desktop width in the
 * light scheme and at 360 px in the dark scheme, so both widths and both
 * colour schemes are covered. Both passes run in one test per page to load
 * each page once.
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { test, expect, PHONE } from './support/browser.ts';
import { sitemapPaths } from './support/sitemap.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules switched off, each with its reason. None so far. */
const DISABLED_RULES: { id: string; reason: string }[] = [];

async function violations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page })
    .withTags(TAGS)
    .disableRules(DISABLED_RULES.map((rule) => rule.id))
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
  );
}

const paths = [...sitemapPaths(), '/404.html'];

test.describe('accessibility', () => {
  test.use({ viewport: { width: 1280, height: 800 }, colorScheme: 'light' });
  for (const path of paths) {
    test(`${path} has no WCAG A/AA violation at desktop width (light) and 360 px (dark)`, async ({ page }) => {
      await page.goto(path);
      expect(await violations(page), `axe violations on ${path}, desktop, light`).toEqual([]);
      await page.setViewportSize(PHONE);
      await page.emulateMedia({ colorScheme: 'dark' });
      expect(await violations(page), `axe violations on ${path}, 360 px, dark`).toEqual([]);
    });
  }
});
