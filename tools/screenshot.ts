/**
 * Screenshots pages of a served build, to look at what we build.
 *
 *   node tools/screenshot.ts --base http://127.0.0.1:4321 --out /tmp/shots / /ressources/
 *
 * Writes <out>/<name>-<width>-<scheme>.png for widths 360 and 1280, light
 * and dark, full page.
 */
import { mkdirSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './test/find-chromium.ts';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    base: { type: 'string', default: 'http://127.0.0.1:4321' },
    out: { type: 'string', default: '/tmp/shots' },
    widths: { type: 'string', default: '360,1280' },
    full: { type: 'boolean', default: false },
  },
});
mkdirSync(values.out, { recursive: true });
const executablePath = chromiumPath();
const browser = await chromium.launch({ args: chromiumArgs, ...(executablePath ? { executablePath } : {}) });
for (const path of positionals.length ? positionals : ['/']) {
  for (const width of values.widths.split(',').map(Number)) {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await browser.newPage({ viewport: { width, height: width < 600 ? 740 : 900 }, colorScheme });
      await page.goto(new URL(path, values.base).href, { waitUntil: 'networkidle' });
      const name = path.replace(/^\/|\/$/g, '').replace(/\//g, '_') || 'home';
      const file = `${values.out}/${name}-${width}-${colorScheme}.png`;
      await page.screenshot({ path: file, fullPage: values.full });
      console.log(file);
      await page.close();
    }
  }
}
await browser.close();
