/**
 * How fast the directory filters in Chromium: /ressources/ is loaded, then
 * a visitor picks a category in the "Besoin" list (the first filter fetches
 * /ressources/index.json, the compact index of every entry), then ticks
 * "Gratuit". Each time is measured in the page, from the form's change
 * event to the live region announcing the number of results (the list is
 * filled just before), plus one frame so the new list is painted.
 */
import type { Browser, Page } from '@playwright/test';
import { totalOf, type CountingProxy } from './counting-proxy.ts';

export interface FilterStep {
  /** What the visitor did. */
  action: string;
  /** Change → results announced and painted (ms). */
  ms: number;
  /** The live region's text afterwards ("1 234 lieux"). */
  announced: string;
  /** Bytes downloaded by this step (gzip, headers included). */
  bytes: number;
}

export interface DirectoryFilterBench {
  /** Entries listed in the index the filters use. */
  entries: number;
  first: FilterStep;
  next: FilterStep;
}

/** Changes a form field the way the browser does when a visitor uses it, and times until the count is announced. */
function timeChange(page: Page, selector: string, value: string | boolean): Promise<{ ms: number; announced: string }> {
  return page.evaluate(
    async ({ selector, value }) => {
      const field = document.querySelector<HTMLInputElement | HTMLSelectElement>(selector);
      const live = document.querySelector<HTMLElement>('resource-filters [data-live]');
      if (!field || !live) throw new Error(`directory filter: ${selector} or the live region is missing`);
      const announced = new Promise<void>((resolve) => {
        new MutationObserver((_, observer) => {
          observer.disconnect();
          resolve();
        }).observe(live, { childList: true, characterData: true, subtree: true });
      });
      const t0 = performance.now();
      if (typeof value === 'boolean' && field instanceof HTMLInputElement) field.checked = value;
      else field.value = String(value);
      field.dispatchEvent(new Event('input', { bubbles: true }));
      field.dispatchEvent(new Event('change', { bubbles: true }));
      await announced;
      await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
      return { ms: Math.round(performance.now() - t0), announced: live.textContent ?? '' };
    },
    { selector, value },
  );
}

/** Measures filtering /ressources/ through `proxy`. */
export async function directoryFilterBench(browser: Browser, proxy: CountingProxy): Promise<DirectoryFilterBench> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  try {
    const page = await context.newPage();
    await page.goto(`${proxy.origin}/ressources/`, { waitUntil: 'networkidle' });
    const category = await page.locator('#f-besoin option:not([value=""])').first().getAttribute('value');
    if (!category) throw new Error('directory filter: no category to choose in #f-besoin');

    proxy.reset();
    const first = await timeChange(page, '#f-besoin', category);
    await page.waitForLoadState('networkidle');
    const firstBytes = totalOf(proxy.transfers).wire;
    const entries = await page.evaluate(async () => ((await (await fetch('/ressources/index.json')).json()) as { entries: unknown[] }).entries.length);

    proxy.reset();
    const next = await timeChange(page, '#f-gratuit', true);
    await page.waitForLoadState('networkidle');
    return {
      entries,
      first: { action: `category "${category}"`, ...first, bytes: firstBytes },
      next: { action: 'then "Gratuit"', ...next, bytes: totalOf(proxy.transfers).wire },
    };
  } finally {
    await context.close();
  }
}
