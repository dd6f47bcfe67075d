// The Chromium claim of security.spec.ts, in Firefox: a content script of SimFill's own world can neither
// read nor change rentals, SMS, settings, the API address or the key. Firefox offers no protocol access
// to a content script's sandbox, so the probe is injected into it with scripting.executeScript from an
// extension page (Firefox runs scripts an extension injects into a frame in the same sandbox as its
// manifest content scripts). Only the test's copy of the build has the `scripting` permission for that.
import { expect, test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchFirefox, saveSettings, type FirefoxWithExtension } from '../support/firefox.ts';
import { startKeyTrap, type KeyTrap } from '../support/key-trap.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';
import { readPrivateScript, readRentalsScript } from '../support/private-store.ts';

const API_KEY = 'e2e-key-firefox-3e81';
let standIn: StandIn;
let pages: PagesServer;
let trap: KeyTrap;
let firefox: FirefoxWithExtension;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  trap = await startKeyTrap();
  firefox = await launchFirefox({}, { permissions: ['scripting'] });
});

test.afterEach(async () => {
  await firefox.close();
  await trap.close();
  await pages.close();
  await standIn.close();
});

/** Runs in the content-script sandbox: every way a content script has to read or change SimFill's state. */
const PROBE = `async (forged, empty) => {
  const out = {};
  const attempt = async (name, run) => {
    try { out[name] = await run(); } catch (e) { out[name] = 'threw: ' + (e && e.message); }
  };
  await attempt('runtimeId', async () => typeof browser.runtime.id);
  await attempt('localRead', async () => JSON.stringify(await browser.storage.local.get(null)));
  await attempt('sessionRead', async () => JSON.stringify(await browser.storage.session.get(null)));
  await attempt('databases', async () => JSON.stringify((await indexedDB.databases()).map((d) => d.name)));
  await attempt('localWrite', async () => { await browser.storage.local.set({ settings: forged, rentals: empty }); return 'written'; });
  await attempt('sessionWrite', async () => { await browser.storage.session.set({ poll: { failures: 0, notBefore: 0, fastUntil: 0, waiting: [] } }); return 'written'; });
  await attempt('broadcast', async () => {
    const c = new BroadcastChannel('simfill-store-changes');
    c.postMessage({ key: 'rentals', value: empty });
    c.postMessage({ key: 'settings', value: forged });
    c.close();
    return 'posted';
  });
  await attempt('pageDatabase', () => new Promise((resolve, reject) => {
    const open = indexedDB.open('simfill-secrets', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('secrets');
    open.onerror = () => reject(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('secrets', 'readwrite');
      tx.objectStore('secrets').put(forged, 'settings');
      tx.oncomplete = () => resolve('written to the page origin');
    };
  }));
  return out;
}`;

async function probeContentScript(extensionPage: Page, forged: unknown, empty: unknown): Promise<Record<string, string>> {
  return (await extensionPage.evaluate(`(async () => {
    const [tab] = await browser.tabs.query({ url: 'http://127.0.0.1/*' });
    const [injection] = await browser.scripting.executeScript({ target: { tabId: tab.id }, func: ${PROBE}, args: [${JSON.stringify(forged)}, ${JSON.stringify(empty)}] });
    return injection.result;
  })()`)) as Record<string, string>;
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test('a content script can neither read nor change rentals, messages, settings, the address or the key', async () => {
  test.setTimeout(120_000);
  await saveSettings(firefox, API_KEY, standIn.url);
  const popup = await firefox.openExtensionPage('popup.html', 'body');
  const rental = standIn.createRental({ country: 7, number: '9313358547' });
  standIn.deliverSms({ tzid: rental.tzid, service: 'Example', text: 'Your code is 482913' });
  await popup.evaluate(`browser.runtime.sendMessage({ type: 'refresh' })`);
  await expect.poll(async () => JSON.stringify((await popup.evaluate(readRentalsScript())) ?? null), { timeout: 60_000 }).toContain('482913');

  const site = await firefox.browser.newPage();
  await site.goto(pages.url('e2e/otp-demo.html'));
  const forged = { apiAddress: trap.apiUrl(), confirmedHost: new URL(trap.apiUrl()).host, hasKey: true, fillMode: 'auto', disabledSites: [], showCodesInNotifications: true };
  const probed = await probeContentScript(popup, forged, { active: [], ended: [] });
  console.info(`firefox content-script probe: ${JSON.stringify(probed)}`);

  expect(probed.runtimeId).toBe('string'); // the real content-script world, with the extension API
  expect(probed.localRead).toBe('{}'); // storage.local holds nothing of SimFill's
  expect(probed.sessionRead).toMatch(/^threw/); // storage.session is closed to content scripts
  expect(probed.databases).toBe('[]'); // IndexedDB there is the page's
  expect(probed.localWrite).toBe('written'); // allowed, and read by nobody
  expect(probed.sessionWrite).toMatch(/^threw/);
  expect(probed.broadcast).toBe('posted'); // on the page origin's channel, which SimFill does not hear
  expect(probed.pageDatabase).toBe('written to the page origin');

  standIn.clearRequests();
  await popup.evaluate(`browser.runtime.sendMessage({ type: 'refresh' })`);
  await expect.poll(() => standIn.requests().filter((r) => r.path.endsWith('getRentState.php')).length, { timeout: 20_000 }).toBeGreaterThan(0);
  expect(trap.requests).toEqual([]);
  const settings = (await popup.evaluate(readPrivateScript('settings'))) as { apiAddress: string };
  expect(settings.apiAddress).toBe(standIn.url);
  const shown = await firefox.openExtensionPage('popup.html', 'body');
  await expect.poll(() => bodyText(shown), { timeout: 20_000 }).toContain('482913');
  expect(await bodyText(shown)).toContain('+7 931 335-85-47');
});
