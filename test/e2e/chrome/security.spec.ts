// Two claims of docs/security.md checked in the real browser rather than in jsdom-like unit tests:
// hostile SMS text and service names stay text in the real popup, and a content script — the part of
// SimFill that lives inside web pages — cannot reach the API key.
import { expect, test, type Page } from '@playwright/test';
import { XSS_PAYLOADS } from '../../fixtures/xss-payloads.ts';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

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

test('a content script cannot reach the API key: not in storage it can read, not in its IndexedDB', async () => {
  const site = await ext.context.newPage();
  const cdp = await ext.context.newCDPSession(site);
  const isolated: number[] = [];
  cdp.on('Runtime.executionContextCreated', ({ context }) => {
    const aux = context.auxData as { type?: string } | undefined;
    if (aux?.type === 'isolated' && context.origin.includes(ext.extensionId)) isolated.push(context.id);
  });
  await cdp.send('Runtime.enable');
  await site.goto(pages.url('e2e/otp-demo.html'));
  await expect.poll(() => isolated.length).toBeGreaterThan(0); // SimFill's content script world

  const evaluate = async (expression: string): Promise<string> => {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      contextId: isolated[isolated.length - 1]!,
      awaitPromise: true,
      returnByValue: true,
    });
    return exceptionDetails ? `threw: ${exceptionDetails.exception?.description ?? exceptionDetails.text}` : String(result.value);
  };
  // It is the real content script world: it has the extension API.
  expect(await evaluate('typeof chrome.runtime.id')).toBe('string');
  const local = await evaluate('chrome.storage.local.get(null).then((all) => JSON.stringify(all))');
  expect(local).toContain('hasKey'); // it did read the settings...
  expect(local).not.toContain(API_KEY); // ...and the key is not among them
  const session = await evaluate('chrome.storage.session.get(null).then((all) => JSON.stringify(all))');
  expect(session).not.toContain(API_KEY);
  // IndexedDB in a content script is the page's, not the extension's: SimFill's key store, which the
  // background does have, is not there.
  const worker = await ext.worker();
  expect(await worker.evaluate(() => indexedDB.databases().then((dbs) => dbs.map((d) => d.name)))).toContain('simfill-secrets');
  const databases = await evaluate('indexedDB.databases().then((dbs) => JSON.stringify(dbs.map((d) => d.name)))');
  expect(databases).toBe('[]');
});
