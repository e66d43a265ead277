import { defineConfig } from '@playwright/test';

// Debian's Chromium by default; CHROMIUM_PATH points elsewhere on other machines.
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.E2E_PORT ?? 5190);

const chromiumUse = {
  browserName: 'chromium' as const,
  launchOptions: {
    executablePath: chromiumPath,
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
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    viewport: { width: 1440, height: 900 },
    timezoneId: 'Asia/Manila',
    locale: 'en-GB',
    trace: 'off',
  },
  webServer: {
    command: `node scripts/serve-web.mjs --bench`,
    env: { PORT: String(port) },
    url: `http://127.0.0.1:${port}/index.html`,
    reuseExistingServer: false,
    timeout: 30_000,
  },
  projects: [
    {
      name: 'chromium-web',
      testIgnore: /(electron|perf)\.spec\.ts/,
      use: chromiumUse,
    },
    // Performance budgets with the heavy profile: `npm run bench:ui` (kept out of `npm test`, whose
    // timings a loaded CI machine would make meaningless).
    { name: 'perf', testMatch: /perf\.spec\.ts/, use: chromiumUse },
    { name: 'electron', testMatch: /electron\.spec\.ts/ },
  ],
});
