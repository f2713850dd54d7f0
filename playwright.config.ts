import { defineConfig, devices } from '@playwright/test';
import { chromiumArgs, chromiumPath } from './tools/test/find-chromium.ts';
import { freePortSync } from './tools/test/free-port.ts';

/** The build under test (helpers may use their own). */
const distDir = process.env['DIST_DIR'] ?? 'dist';
// A free port, chosen once by the main process and passed to the workers through the
// environment: a server an interrupted run left on a fixed port can never be mistaken for this one.
process.env['PORT'] ??= String(freePortSync());
const port = Number(process.env['PORT']);
const executablePath = chromiumPath();

export default defineConfig({
  // Browser journeys sit next to the feature they test; cross-feature ones in tests/.
  testDir: '.',
  testMatch: ['src/**/*.spec.ts', 'tests/**/*.spec.ts'],
  fullyParallel: true,
  workers: 2,
  retries: 0,
  forbidOnly: Boolean(process.env['CI']),
  // Generous for a loaded 2-core machine: a test must fail on behaviour, never on load.
  timeout: 60_000,
  expect: { timeout: 10_000 },
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
    reuseExistingServer: false,
    timeout: 30_000,
  },
});
