// Two claims of docs/security.md checked in the real browser rather than in jsdom-like unit tests:
// hostile SMS text and service names stay text in the real popup, and a content script — the part of
// SimFill that lives inside web pages — can neither read nor change what SimFill keeps: rentals, SMS,
// settings, the API address, the key (test/e2e/firefox/security.spec.ts checks the same in Firefox).
import { expect, test, type Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads.ts';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { startKeyTrap } from '../support/key-trap.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';
import { readPrivateScript, readRentalsScript } from '../support/private-store.ts';

const API_KEY = 'e2e-secret-key-7c41a9';
let standIn: StandIn;
let pages: PagesServer;
let ext: ExtensionBrowser;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium();
  await saveSettings(ext, API_KEY, standIn.url);
});

test.afterEach(async () => {
  await ext.close();
  await pages.close();
  await standIn.close();
});

/** Records every CSP violation and the payloads' own flag from the first script of the page on. */
async function watchForScript(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __violations: string[] };
    w.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
}

test('script payloads as SMS text and service names show as text in the real popup, and none runs', async () => {
  test.setTimeout(120_000);
  const rental = await standIn.createRental({ country: 7, number: '9313358547' });
  for (const [i, payload] of XSS_PAYLOADS.entries()) {
    await standIn.deliverSms({ tzid: rental.tzid, text: payload, service: XSS_PAYLOADS[(i + 1) % XSS_PAYLOADS.length]! });
  }
  const popup = await ext.context.newPage();
  await watchForScript(popup);
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.getByRole('button', { name: `Show all ${XSS_PAYLOADS.length} messages` }).click({ timeout: 60_000 });

  const body = await popup.evaluate(() => document.body.textContent ?? '');
  const missing = XSS_PAYLOADS.filter((p) => !body.includes(p));
  expect(missing).toEqual([]); // every payload is on screen, character for character
  // Give event handlers (onerror, onload, autofocus → onfocus) a moment to fire, had any been parsed.
  await popup.waitForTimeout(500);
  const ran = await popup.evaluate(() => {
    const w = window as unknown as { __pwned?: number; __violations: string[] };
    return { pwned: w.__pwned ?? 0, violations: w.__violations };
  });
  expect(ran).toEqual({ pwned: 0, violations: [] });

  // The check itself works: markup injected the way a rendering bug would inject it is caught.
  const caught = await popup.evaluate(async (payload) => {
    document.body.insertAdjacentHTML('beforeend', payload);
    await new Promise((resolve) => setTimeout(resolve, 300));
    return (window as unknown as { __violations: string[] }).__violations.length;
  }, XSS_PAYLOADS.find((p) => p.startsWith('<img src=x onerror='))!);
  expect(caught).toBeGreaterThan(0);
});

/** Evaluates in SimFill's own content-script world of a page (Chromium's isolated world, over CDP). */
async function contentScriptWorld(site: Page): Promise<(expression: string) => Promise<string>> {
  const cdp = await ext.context.newCDPSession(site);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.includes(ext.extensionId)) isolated.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await site.goto(pages.url('e2e/otp-demo.html'));
  await expect.poll(() => isolated.length).toBeGreaterThan(0);
  return async (expression) => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: isolated[isolated.length - 1]!,
      awaitPromise: true,
      returnByValue: true,
    });
    return exceptionDetails ? `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}` : String(result.value);
  };
}

test('a content script can neither read nor change rentals, messages, settings, the address or the key', async () => {
  test.setTimeout(120_000);
  const trap = await startKeyTrap();
  try {
    const rental = standIn.createRental({ country: 7, number: '9313358547' });
    standIn.deliverSms({ tzid: rental.tzid, service: 'Example', text: 'Your code is 482913' });
    const popup = await ext.context.newPage();
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`); // opening it polls
    const worker = await ext.worker();
    await expect.poll(async () => JSON.stringify((await worker.evaluate(readRentalsScript())) ?? null), { timeout: 60_000 }).toContain('482913');

    const evaluate = await contentScriptWorld(await ext.context.newPage());
    expect(await evaluate('typeof chrome.runtime.id')).toBe('string'); // the real content-script world, with the extension API
    // Reading: storage.local holds nothing of SimFill's, storage.session is closed, IndexedDB is the page's.
    expect(await evaluate('chrome.storage.local.get(null).then((all) => JSON.stringify(all))')).toBe('{}');
    expect(await evaluate('chrome.storage.session.get(null).then((all) => JSON.stringify(all))')).toMatch(/^threw: .*not allowed/i);
    expect(await evaluate('indexedDB.databases().then((dbs) => JSON.stringify(dbs.map((d) => d.name)))')).toBe('[]');
    expect(await worker.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name)))).toContain('simfill-secrets');

    // Writing: every way in a content script has, aimed at the address the key goes to and at the rentals.
    const forged = JSON.stringify({ apiAddress: trap.apiUrl(), confirmedHost: new URL(trap.apiUrl()).host, hasKey: true, fillMode: 'auto', disabledSites: [], showCodesInNotifications: true });
    const empty = JSON.stringify({ active: [], ended: [] });
    expect(await evaluate(`chrome.storage.local.set({ settings: ${forged}, rentals: ${empty} }).then(() => 'written')`)).toBe('written');
    expect(await evaluate(`chrome.storage.session.set({ poll: { failures: 0, notBefore: 0, fastUntil: 0, waiting: [] } }).then(() => 'written')`)).toMatch(/^threw/);
    expect(await evaluate(`(() => { const c = new BroadcastChannel('simfill-store-changes'); c.postMessage({ key: 'rentals', value: ${empty} }); c.postMessage({ key: 'settings', value: ${forged} }); c.close(); return 'posted'; })()`)).toBe('posted');
    expect(
      await evaluate(`new Promise((resolve) => {
        const open = indexedDB.open('simfill-secrets', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('secrets');
        open.onsuccess = () => {
          const tx = open.result.transaction('secrets', 'readwrite');
          tx.objectStore('secrets').put(${forged}, 'settings');
          tx.oncomplete = () => resolve('written to the page origin');
        };
      })`),
    ).toBe('written to the page origin');

    // None of it reached SimFill: polls keep going to the stand-in, never to the forged address, and the
    // popup still shows the rental and its code.
    standIn.clearRequests();
    await popup.reload();
    await expect.poll(() => standIn.requests().filter((r) => r.path.endsWith('getRentState.php')).length, { timeout: 20_000 }).toBeGreaterThan(0);
    await popup.waitForTimeout(2_500); // one more fast-loop round
    expect(trap.requests).toEqual([]);
    await expect(popup.getByText('482913').first()).toBeVisible();
    await expect(popup.getByText('+7 931 335-85-47').first()).toBeVisible();
    const settings = (await worker.evaluate(readPrivateScript('settings'))) as { apiAddress: string };
    expect(settings.apiAddress).toBe(standIn.url);
    expect(JSON.stringify(await worker.evaluate(readRentalsScript()))).toContain('482913');
  } finally {
    await trap.close();
  }
});
