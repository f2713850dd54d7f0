/**
 * The `test` every browser test uses. It enforces two product rules on
 * every page a test visits:
 * - no request leaves the site: any request to another host is aborted
 *   and fails the test;
 * - no console error: CSP violations, script errors and failed loads fail
 *   the test (a test that expects one lists it in `allowedConsoleErrors`).
 */
import { test as base, expect } from '@playwright/test';

interface Guards {
  /** Console errors this test expects, e.g. the 404 of a missing page. */
  allowedConsoleErrors: RegExp[];
  /** Requests to other hosts that were blocked during the test. */
  foreignRequests: string[];
}

export const test = base.extend<Guards>({
  allowedConsoleErrors: [[], { option: true }],
  foreignRequests: async ({ context, baseURL }, use) => {
    const site = new URL(baseURL ?? 'http://127.0.0.1').origin;
    const blocked: string[] = [];
    await context.route('**/*', async (route) => {
      const url = route.request().url();
      if (url.startsWith(site) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
      blocked.push(url);
      return route.abort('blockedbyclient');
    });
    await use(blocked);
  },
  page: async ({ page, foreignRequests, allowedConsoleErrors }, use) => {
    const errors: string[] = [];
    page.on('console', (message) => {
      if (message.type() !== 'error') return;
      const text = message.text();
      if (allowedConsoleErrors.some((pattern) => pattern.test(text))) return;
      errors.push(text);
    });
    page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
    await use(page);
    expect(foreignRequests, 'requests to hosts other than the site').toEqual([]);
    expect(errors, 'console errors (CSP violations included)').toEqual([]);
  },
});

export { expect };

/** A phone-sized viewport (the narrowest the site supports). */
export const PHONE = { width: 360, height: 740 } as const;
