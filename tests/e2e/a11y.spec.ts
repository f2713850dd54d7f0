/**
 * Accessibility crawl: every page of the sitemap, plus the 404 page, through
 * axe with the WCAG 2.0, 2.1 and 2.2 A and AA rules, at desktop width in the
 * light scheme and at 360 px in the dark scheme (so both widths and both
 * colour schemes are covered).
 */
import AxeBuilder from '@axe-core/playwright';
import { test, expect, PHONE } from './fixtures.ts';
import { sitemapPaths } from './sitemap.ts';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules switched off, each with its reason. None so far. */
const DISABLED_RULES: { id: string; reason: string }[] = [];

const modes = [
  { name: 'desktop, light', viewport: { width: 1280, height: 800 }, colorScheme: 'light' },
  { name: '360 px, dark', viewport: PHONE, colorScheme: 'dark' },
] as const;

const paths = [...sitemapPaths(), '/404.html'];

for (const mode of modes) {
  test.describe(`accessibility (${mode.name})`, () => {
    test.use({ viewport: mode.viewport, colorScheme: mode.colorScheme });
    for (const path of paths) {
      test(`${path} has no WCAG A/AA violation`, async ({ page }) => {
        await page.goto(path);
        const results = await new AxeBuilder({ page })
          .withTags(TAGS)
          .disableRules(DISABLED_RULES.map((rule) => rule.id))
          .analyze();
        const summary = results.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`,
        );
        expect(summary, `axe violations on ${path}`).toEqual([]);
      });
    }
  });
}
