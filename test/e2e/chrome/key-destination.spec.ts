// Where the API key goes, checked against servers of our own that log every request (key-trap.ts):
// never to a host the user did not allow, never over plain http to another computer, never after a
// redirect. The save-settings command is sent straight from an extension page, as a compromised or
// buggy page could: the background itself must refuse. Each case has a control showing the trap does
// log what reaches it, so an empty log means nothing was sent.
import { expect, test, type Page } from '@playwright/test';
import { launchChromium, type ExtensionBrowser } from '../support/chromium.ts';
import { LOOPBACK_GRANT } from '../support/granted-build.ts';
import { startKeyTrap, type KeyTrap } from '../support/key-trap.ts';

const API_KEY = 'e2e-secret-key-5d93be';
/** A name for another computer: the browser resolves it to the trap on loopback. */
const REMOTE = 'trap.test';

let ext: ExtensionBrowser;
let page: Page;
const traps: KeyTrap[] = [];

test.beforeEach(async () => {
  ext = await launchChromium({ grantedHosts: [...LOOPBACK_GRANT, `http://${REMOTE}/*`], args: [`--host-resolver-rules=MAP ${REMOTE} 127.0.0.1`] });
  page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/popup.html`);
});

test.afterEach(async () => {
  await ext.close();
  await Promise.all(traps.splice(0).map((t) => t.close()));
});

async function trap(options?: Parameters<typeof startKeyTrap>[0]): Promise<KeyTrap> {
  const started = await startKeyTrap(options);
  traps.push(started);
  return started;
}

async function saveSettingsCommand(apiAddress: string): Promise<{ ok: boolean; message?: string }> {
  return page.evaluate(
    ([apiKey, address]) =>
      (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ ok: boolean; message?: string }> } } }).chrome.runtime.sendMessage({
        type: 'save-settings',
        apiKey,
        apiAddress: address,
      }),
    [API_KEY, apiAddress] as const,
  );
}

/** A plain page visit to …/probe: proves the trap logs whatever reaches it at that address. */
const probes = (t: KeyTrap) => t.requests.filter((r) => r.path.endsWith('/probe'));
async function visit(url: string): Promise<void> {
  const site = await ext.context.newPage();
  await site.goto(url).catch(() => undefined);
  await site.close();
}

test('the key never reaches a host the user did not allow, whether the page asks first or not', async () => {
  const other = await trap({ bind: '127.0.0.2' }); // loopback, but not the granted 127.0.0.1
  const reply = await saveSettingsCommand(other.apiUrl());
  expect(reply.ok).toBe(false);
  expect(reply.message).toContain('may not send your API key to 127.0.0.2');

  // Through the settings page: it says where the key would go, and asks; the prompt is never answered
  // here (headless Chromium leaves it pending), and nothing is sent meanwhile.
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  await options.getByLabel('API key').fill(API_KEY);
  await options.getByLabel('API address').fill(other.apiUrl());
  await expect(options.getByText(`Your API key will be sent to ${new URL(other.apiUrl()).host}.`)).toBeVisible();
  await options.getByRole('button', { name: 'Save' }).click();
  await options.waitForTimeout(3_000);
  expect(other.requests).toEqual([]);

  await visit(`${other.apiUrl()}probe`);
  expect(probes(other).map((r) => r.authorization)).toEqual([null]);
});

test('never over plain http to another computer, even with that host granted', async () => {
  const remote = await trap();
  const reply = await saveSettingsCommand(remote.apiUrl(REMOTE));
  expect(reply.ok).toBe(false);
  expect(reply.message).toContain('only over https');
  expect(remote.requests).toEqual([]);

  await visit(`${remote.apiUrl(REMOTE)}probe`);
  expect(probes(remote).map((r) => r.host)).toEqual([new URL(remote.apiUrl(REMOTE)).host]);
});

test('never after a redirect: the granted host gets the key, the place it points to gets nothing', async () => {
  const target = await trap();
  const redirecting = await trap({ redirectTo: () => target.apiUrl() });
  const reply = await saveSettingsCommand(redirecting.apiUrl());
  expect(reply.ok).toBe(false);
  expect(redirecting.requests.map((r) => r.authorization)).toEqual([`Bearer ${API_KEY}`]);
  expect(target.requests).toEqual([]);

  await visit(`${redirecting.apiUrl()}probe`); // a browser tab does follow it
  expect(probes(target)).toHaveLength(1);
});
