import { defineConfig } from '@playwright/test';

// Both browsers run under one runner: Chromium through Playwright, Firefox ESR through puppeteer-core
// over WebDriver BiDi (Playwright's own Firefox build cannot be downloaded here and cannot load
// extensions). Each spec file starts its own browser and its own stand-in, so tests share nothing.
export default defineConfig({
  testDir: 'test/e2e',
  testMatch: '**/*.spec.ts',
  // The library bench pages are bundled from devDependencies before any browser starts.
  globalSetup: './test/libs/build.ts',
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
