/**
 * axe-core, the one way browser tests check WCAG 2.0 to 2.2, A and AA.
 * axe is evaluated in the page once and asked for violations only: the
 * passes, which the tests never read, made each check 2 to 8 times slower
 * (1.7 to 5.8 s a page through @axe-core/playwright, 0.2 to 0.7 s here,
 * measured on the sample site), and slow checks were what made the crawl
 * time out on a loaded machine.
 */
import axe from 'axe-core';
import type { Page } from '@playwright/test';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Rules switched off, each with its reason. None so far. */
export const DISABLED_RULES: { id: string; reason: string }[] = [];

interface AxeWindow {
  axe?: typeof axe;
}

/** Loads axe into every document the page opens from now on (cheaper than once per check). */
export async function installAxe(page: Page): Promise<void> {
  await page.addInitScript({ content: axe.source });
}

/**
 * The WCAG A/AA violations on the page as it is now, one line each with up
 * to three of the elements concerned; `include` limits the check to parts
 * of the page (CSS selectors).
 */
export async function axeViolations(page: Page, include?: string[]): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axe.source);
  const results = await page.evaluate(
    ([tags, disabled, selectors]) => {
      const engine = (window as AxeWindow).axe;
      if (!engine) throw new Error('axe did not load in the page');
      const context = selectors ? { include: selectors.map((s) => [s]) } : document;
      return engine.run(context as never, {
        runOnly: { type: 'tag', values: tags },
        rules: Object.fromEntries(disabled.map((id) => [id, { enabled: false }])),
        resultTypes: ['violations'],
      });
    },
    [WCAG_TAGS, DISABLED_RULES.map((rule) => rule.id), include] as const,
  );
  return results.violations.map((v) => `${v.id} (${v.impact}): ${v.help}\n    ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join('\n    ')}`);
}
