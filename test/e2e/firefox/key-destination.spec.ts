// Where the API key goes, in Firefox (the shared checks: support/key-destination.ts), and the measured
// fact that makes SimFill's own confirmation the check that holds there: Firefox grants every host.
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { launchFirefox, submitSettings, type FirefoxWithExtension } from '../support/firefox.ts';
import { API_KEY, keyDestinationChecks, REMOTE, TRAP_GRANTS } from '../support/key-destination.ts';

let firefox: FirefoxWithExtension;
let page: Page;

test.beforeEach(async () => {
  // network.dns.localDomains: Firefox resolves REMOTE to loopback.
  firefox = await launchFirefox({ 'network.dns.localDomains': REMOTE }, { grantedHosts: TRAP_GRANTS });
  page = await firefox.openExtensionPage('popup.html', 'body');
});

test.afterEach(async () => {
  await firefox.close();
});

keyDestinationChecks(() => ({
  inExtension: (script) => page.evaluate(script),
  async submitSettings(apiAddress, confirm) {
    const options = await submitSettings(firefox, API_KEY, apiAddress, { confirm });
    await options.waitForSelector('.outcome p', { timeout: 20_000 });
    const answer = await options.evaluate(() => ({
      destination: document.querySelector('#api-key-destination')?.textContent ?? '',
      alert: document.querySelector('.outcome')?.textContent ?? '',
    }));
    await options.close();
    return answer;
  },
  async visit(url) {
    const site = await firefox.browser.newPage();
    await site.goto(url).catch(() => undefined);
    await site.close();
  },
}));

// Unlike Chromium, Firefox counts the content script's match patterns (every http and https site) as
// granted host permissions, so `permissions.contains` answers true for any host and cannot narrow where
// the key goes: SimFill's own confirmation of the host does (the shared checks above). This records the
// measured fact, so a Firefox that changes it fails here and docs/security.md can be revised.
test('Firefox grants every host with the all-sites content script (why SimFill confirms hosts itself)', async () => {
  const granted = JSON.parse((await page.evaluate(`browser.permissions.getAll().then((all) => JSON.stringify(all))`)) as string) as { origins: string[] };
  expect(granted.origins).toEqual(expect.arrayContaining(['http://*/*', 'https://*/*']));
  expect(await page.evaluate(`browser.permissions.contains({ origins: ['http://127.0.0.2/*'] })`)).toBe(true);
});
