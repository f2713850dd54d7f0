import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tools/test/find-chromium.ts';

/** The build under test and where it is served (helpers may use their own). */
const distDir = process.env['DIST_DIR'] ?? 'dist';
const port = Number(process.env['PORT'] ?? 4321);
const executablePath = chromiumPath();

export default defineConfig({
  // Browser journeys sit next to the feature they test; cross-feature ones in tests/.
  testDir: '.',
  testMatch: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
  fullyParallel: true,
  workers: process.env['CI'] ? 2 : 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  timeout: 30_000,
  reporter: [['list'], ['json', { outputFile: 'test-results/e2e.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    trace: 'off',
    launchOptions: { args: chromiumArgs, ...(executablePath ? { executablePath } : {}) },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } }],
  webServer: {
    command: `node tools/test/serve-nginx.ts --root ${distDir} --port ${port}`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env['CI'],
    timeout: 30_000,
  },
});
