// Where the API key goes, in Chromium (the shared checks: support/key-destination.ts), and one check of
// Chromium's own: there the browser's host permission narrows it further, so a confirmed host the user
// did not allow in the browser's prompt gets nothing either.
import { expect, test, type Page } from '@playwright/test';
import { launchChromium, submitSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { API_KEY, keyDestinationChecks, REMOTE, saveSettingsScript, TRAP_GRANTS, trap } from '../support/key-destination.ts';

let ext: ExtensionBrowser;
let page: Page;

test.beforeEach(async () => {
  ext = await launchChromium({ grantedHosts: TRAP_GRANTS, args: [`--host-resolver-rules=MAP ${REMOTE} 127.0.0.1`] });
  page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
});

test.afterEach(async () => {
  await ext.close();
});

keyDestinationChecks(() => ({
  inExtension: (script) => page.evaluate(script),
  async submitSettings(apiAddress, confirm) {
    const options = await submitSettings(ext, API_KEY, apiAddress, { confirm });
    await options.locator('.outcome p').first().waitFor({ timeout: 20_000 });
    const answer = { destination: (await options.locator('#api-key-destination').textContent()) ?? '', alert: (await options.locator('.outcome').textContent()) ?? '' };
    await options.close();
    return answer;
  },
  async visit(url) {
    const site = await ext.context.newPage();
    await site.goto(url).catch(() => undefined);
    await site.close();
  },
}));

test('the key never reaches a confirmed host the user did not allow in the browser, whether the page asks first or not', async () => {
  const other = await trap({ bind: '127.0.0.2' }); // loopback, but not the granted 127.0.0.1
  const host = new URL(other.apiUrl()).host;
  const reply = await page.evaluate(saveSettingsScript(other.apiUrl(), host));
  expect(reply).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'refused', reason: 'no-permission', host } } });

  // Through the settings page, confirmed: it asks for the permission; the prompt is never answered here
  // (headless Chromium leaves it pending), and nothing is sent meanwhile.
  const options = await submitSettings(ext, API_KEY, other.apiUrl());
  await expect(options.getByText(`Your API key will be sent to ${host}.`)).toBeVisible();
  await options.waitForTimeout(3_000);
  expect(other.requests).toEqual([]);

  const site = await ext.context.newPage();
  await site.goto(`${other.apiUrl()}probe`).catch(() => undefined);
  expect(other.requests.filter((r) => r.path.endsWith('/probe')).map((r) => r.authorization)).toEqual([null]);
});
