/**
 * The site served with the shipped nginx configuration (the test server is
 * deploy/nginx.conf itself, see tools/test/serve-nginx.ts): headers on every
 * response, and a CSP that the browser enforces without violations.
 */
import { test, expect } from './support/browser.ts';
import { securityHeaders } from '../src/core/security-headers.ts';

test('every response carries the security headers, the 404 included', async ({ request }) => {
  for (const path of ['/', '/favicon.ico', '/sitemap-index.xml', '/nope/']) {
    const response = await request.get(path);
    for (const [name, value] of Object.entries(securityHeaders)) {
      expect(response.headers()[name.toLowerCase()], `${name} on ${path}`).toBe(value);
    }
  }
});

test('pages carry a CSP without unsafe-inline or unsafe-eval for scripts', async ({ page }) => {
  await page.goto('/');
  const csp = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
  expect(csp).toBeTruthy();
  const scriptSrc = csp!.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  expect(scriptSrc).toBeDefined();
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(csp).toContain("default-src 'self'");
});

test.describe('an injected script', () => {
  // This test provokes a violation on purpose.
  test.use({ allowedConsoleErrors: [/Content Security Policy/] });
  test('is blocked by the CSP', async ({ page }) => {
  const violations: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error' && /Content Security Policy/.test(m.text())) violations.push(m.text()); });
  await page.goto('/');
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.__injected = true';
    document.body.append(script);
  });
  expect(await page.evaluate(() => (window as unknown as { __injected?: boolean }).__injected)).toBeUndefined();
  expect(violations.length).toBeGreaterThan(0);
  });
});

// That no page of the sitemap reports a CSP violation or another console error is checked by
// the accessibility crawl (tests/a11y.spec.ts), which loads every page with the same guards.
