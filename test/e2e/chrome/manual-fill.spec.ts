// The manual paths in Chromium (test/e2e/support/manual-fill.ts), and the popup's reason for a code not
// filled (not-filled.ts): the popup is an extension page in a tab of its own, and the background's
// requests go out from SimFill's own service worker.
import { expect, test, type Page } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { clickToolbarButton, launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { fillRequest, walkManualFill, type ManualFillDriver, type SitePage } from '../support/manual-fill.ts';
import { walkNotFilledReasons } from '../support/not-filled.ts';
import { SESSION_SCRIPT, STORED_CODES_SCRIPT } from '../support/otp-pages.ts';
import { readRentalsScript } from '../support/private-store.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import type { RentalsState } from '../../../lib/storage/rentals.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-manual-key';
let ext: ExtensionBrowser;
let pages: PagesServer;
let standIn: StandIn;
let driver: ManualFillDriver;

const inWorker = async <T>(script: string): Promise<T> => (await ext.worker()).evaluate(script) as Promise<T>;

function sitePage(page: Page): SitePage {
  const widget = () => page.frames().find((f) => f.url().includes('cross-site-widget'))!;
  return {
    url: () => page.url(),
    goto: async (path) => void (await page.goto(pages.url(path))),
    otpValue: () => page.evaluate(() => (window as unknown as { __otpState(): { value: string } }).__otpState().value),
    run: (script) => page.evaluate(script),
    typeInto: (selector, text) => page.locator(selector).pressSequentially(text),
    widget: {
      value: () => widget().inputValue('#w'),
      focus: () => widget().focus('#w'),
      async typeByHand(text) {
        await widget().evaluate(() => (document.querySelector<HTMLInputElement>('#w')!.value = ''));
        await widget().locator('#w').pressSequentially(text);
      },
    },
    close: () => page.close(),
  };
}

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium();
  await saveSettings(ext, API_KEY, standIn.url);
  // Rented before the popup opens, so the popup's first poll finds it and the fast loop watches it.
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`); // keeps the fast loop running
  const opened = new Map<SitePage, Page>();
  driver = {
    standIn,
    tzid,
    async open(path) {
      const page = await ext.context.newPage();
      await page.goto(pages.url(path));
      await page.bringToFront();
      const site = sitePage(page);
      opened.set(site, page);
      return site;
    },
    session: () => inWorker<PollState>(SESSION_SCRIPT),
    storedCodes: () => inWorker<string[]>(STORED_CODES_SCRIPT),
    rentals: () => inWorker<RentalsState>(readRentalsScript()),
    async pressFill(site, code) {
      await opened.get(site)!.bringToFront();
      await popup.getByRole('button', { name: `Fill ${code} into the page` }).click();
    },
    async reasonShown(code) {
      const line = popup.locator('.code-row', { hasText: code }).locator('.not-filled').first();
      return (await line.count()) > 0 ? line.textContent() : null;
    },
    sendFromBackground: (tabId, request, frameId) =>
      inWorker(`chrome.tabs.sendMessage(${tabId}, ${JSON.stringify(request)}${frameId === undefined ? '' : `, { frameId: ${frameId} }`}).catch((e) => 'threw ' + e)`),
  };
});

test.afterAll(async () => {
  await ext.close();
  await pages.close();
  await standIn.close();
});

walkManualFill(() => driver);
walkNotFilledReasons(() => driver);

// Why the fill of the focused field is not a script injected on demand (scripts/build-content-script.ts):
// Chromium keeps `scripting` out of a frame of another site, even after the toolbar click, while the
// content script runs there and fills it. If this ever fails, that fill could move out of the
// always-on script.
test('an injected script cannot reach another site\'s frame, where the content script fills', async () => {
  const site = await driver.open('e2e/cross-site-frame-only.html');
  try {
    await expect.poll(async () => (await driver.session()).waiting.find((w) => w.frameId !== 0), { timeout: 10_000 }).toBeDefined();
    const { tabId, frameId } = (await driver.session()).waiting.find((w) => w.frameId !== 0)!;
    const page = ext.context.pages().find((p) => p.url().includes('cross-site-frame-only'))!;
    // The content script is there: the shortcut's request, sent to that frame, fills the focused field.
    await site.widget.focus();
    expect(await driver.sendFromBackground(tabId, fillRequest('480213'), frameId)).toEqual({ ok: true, host: 'localhost' });
    expect(await site.widget.value()).toBe('480213');
    // An injected script is not, even with the grant a click on SimFill's button gives.
    await clickToolbarButton(ext, page); // the activeTab grant a user's click gives
    const inject = (target: string) =>
      inWorker(`chrome.scripting.executeScript({ target: ${target}, func: () => location.host }).then((r) => r.map((f) => f.result), (e) => 'threw ' + e.message)`);
    expect(await inject(`{ tabId: ${tabId}, frameIds: [${frameId}] }`)).toMatch(/^threw Cannot access contents of the page/);
    expect(await inject(`{ tabId: ${tabId}, allFrames: true }`)).toEqual([new URL(page.url()).host]); // the top frame only
  } finally {
    await site.close();
  }
});
