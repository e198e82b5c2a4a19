import { defineConfig, devices } from '@playwright/test';
import { SCREENS } from './e2e/journeys/screens';

// Browser tests drive the built product in Debian's Chromium: never a downloaded browser.
const port = Number(process.env.E2E_PORT ?? 3199);
const baseURL = `http://127.0.0.1:${port}`;

const chromium = {
  launchOptions: {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

export default defineConfig({
  testMatch: '**/*.spec.ts',
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  // Playwright empties its output folder at start: keep it apart from the JSON reports beside it.
  outputDir: 'test-results/playwright-output',
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    locale: 'nl-BE',
    timezoneId: 'Europe/Brussels',
  },
  projects: [
    {
      name: 'ocmw',
      testDir: 'apps/ocmw-portal/e2e',
      use: { ...devices['Desktop Chrome'], ...chromium, ...SCREENS.desk },
    },
    {
      name: 'beego',
      testDir: 'apps/beego-portal/e2e',
      use: { ...chromium, ...SCREENS.phone },
    },
    {
      name: 'ligo',
      testDir: 'apps/ligo-portal/e2e',
      use: { ...chromium, ...SCREENS.tablet },
    },
    {
      // Journeys across the portals, each on a deployment of its own that the test starts empty.
      name: 'journeys',
      testDir: 'e2e/journeys',
      use: { ...chromium },
    },
  ],
  webServer: {
    command: 'node apps/api/dist/server.js',
    url: `${baseURL}/api/health`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      NODE_ENV: 'test',
      PORT: String(port),
      HOST: '127.0.0.1',
      PUBLIC_URL: baseURL,
      DATA_DIR: 'memory://',
      DEMO_DATA: 'auto',
    },
  },
});
