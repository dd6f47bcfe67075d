import { defineConfig } from '@playwright/test';

// Both browsers run under one runner: Chromium through Playwright, Firefox ESR through puppeteer-core
// over WebDriver BiDi (Playwright's own Firefox build cannot be downloaded here and cannot load
// extensions). Each spec file starts its own browser and its own stand-in, so tests share nothing.
export default defineConfig({
  testDir: 'test/e2e',
  // Bundles the phone-input libraries for the offline widget pages (scripts/build-phone-pages.ts).
  globalSetup: './test/e2e/global-setup.ts',
  testMatch: '**/*.spec.ts',
  timeout: 60_000,
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [['list']],
  projects: [
    { name: 'chromium', testMatch: 'chrome/**/*.spec.ts' },
    { name: 'firefox', testMatch: 'firefox/**/*.spec.ts' },
  ],
});
