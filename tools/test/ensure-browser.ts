/**
 * Makes sure a Chromium is available for the browser tests and says which:
 * CHROMIUM_PATH, Playwright's own build, or Debian's package. When none is
 * present it tries Playwright's download, then (as root) apt-get.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { DEBIAN_CHROMIUM, chromiumPath } from './find-chromium.ts';

function bundledPresent(): boolean {
  try {
    return existsSync(chromium.executablePath());
  } catch {
    return false;
  }
}

export function ensureBrowser(): string {
  const found = chromiumPath();
  if (found) return `using Chromium at ${found}`;
  if (bundledPresent()) return 'using Playwright’s own Chromium';

  console.log('ensure-browser: no Chromium found; trying `npx playwright install chromium`…');
  const download = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', timeout: 10 * 60_000 });
  if (download.status === 0 && bundledPresent()) return 'installed Playwright’s own Chromium';

  if (process.getuid?.() === 0) {
    console.log('ensure-browser: Playwright could not download its browser; installing Debian’s chromium with apt-get…');
    spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const apt = spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    if (apt.status === 0 && existsSync(DEBIAN_CHROMIUM)) return `installed Debian’s chromium at ${DEBIAN_CHROMIUM}`;
  }
  throw new Error('No Chromium available: install Debian’s `chromium` package (apt-get install chromium) or run `npx playwright install chromium`.');
}

if (import.meta.url === `file://${process.argv[1]}`) console.log(`ensure-browser: ${ensureBrowser()}`);
