// The manual paths in Firefox (test/e2e/support/manual-fill.ts), and the popup's reason for a code not
// filled (not-filled.ts): the popup is an extension page in a background tab, and the background's
// requests go out from SimFill's own event page.
import { test } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { findByLabelScript } from '../support/a11y-query.ts';
import { launchFirefox, saveSettings, type FirefoxWithExtension } from '../support/firefox.ts';
import { walkManualFill, type ManualFillDriver, type SitePage } from '../support/manual-fill.ts';
import { walkNotFilledReasons } from '../support/not-filled.ts';
import { SESSION_SCRIPT, STORED_CODES_SCRIPT } from '../support/otp-pages.ts';
import { readRentalsScript } from '../support/private-store.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import type { RentalsState } from '../../../lib/storage/rentals.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-manual-key';
let firefox: FirefoxWithExtension;
let pages: PagesServer;
let standIn: StandIn;
let driver: ManualFillDriver;

function sitePage(page: Page): SitePage {
  const widget = (): Frame => page.frames().find((f) => f.url().includes('cross-site-widget'))!;
  return {
    url: () => page.url(),
    goto: async (path) => void (await page.goto(pages.url(path))),
    otpValue: () => page.evaluate(() => (window as unknown as { __otpState(): { value: string } }).__otpState().value),
    run: (script) => page.evaluate(script),
    typeInto: (selector, text) => page.type(selector, text),
    widget: {
      value: () => widget().evaluate(() => document.querySelector<HTMLInputElement>('#w')!.value),
      focus: () => widget().focus('#w'),
      async typeByHand(text) {
        await widget().evaluate(() => (document.querySelector<HTMLInputElement>('#w')!.value = ''));
        await widget().type('#w', text);
      },
    },
    close: () => page.close(),
  };
}

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  firefox = await launchFirefox();
  await saveSettings(firefox, API_KEY, standIn.url);
  // Rented before the popup opens, so the popup's first poll finds it and the fast loop watches it.
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  const popup = await firefox.openExtensionPage('popup.html', 'body'); // keeps the fast loop running
  const opened = new Map<SitePage, Page>();
  driver = {
    standIn,
    tzid,
    async open(path) {
      const page = await firefox.browser.newPage();
      await page.goto(pages.url(path));
      await page.bringToFront();
      const site = sitePage(page);
      opened.set(site, page);
      return site;
    },
    session: () => popup.evaluate(SESSION_SCRIPT) as Promise<PollState>,
    storedCodes: () => popup.evaluate(STORED_CODES_SCRIPT) as Promise<string[]>,
    rentals: () => popup.evaluate(readRentalsScript()) as Promise<RentalsState>,
    async pressFill(site, code) {
      await opened.get(site)!.bringToFront();
      const button = (await popup.evaluateHandle(findByLabelScript(`Fill ${code} into the page`))).asElement() as ElementHandle<HTMLButtonElement> | null;
      if (!button) throw new Error(`no Fill button for ${code} in the popup`);
      await button.evaluate((b) => b.click());
    },
    reasonShown: (code) =>
      popup.evaluate((shown: string) => {
        const row = [...document.querySelectorAll('.code-row')].find((r) => r.textContent?.includes(shown));
        return row?.querySelector('.not-filled')?.textContent ?? null;
      }, code),
    sendFromBackground: (tabId, request, frameId) =>
      popup.evaluate(
        `browser.runtime.getBackgroundPage().then((bg) => bg.browser.tabs.sendMessage(${tabId}, ${JSON.stringify(request)}${frameId === undefined ? '' : `, { frameId: ${frameId} }`})).catch((e) => 'threw ' + e)`,
      ),
  };
});

test.afterAll(async () => {
  await firefox.close();
  await pages.close();
  await standIn.close();
});

walkManualFill(() => driver);
walkNotFilledReasons(() => driver);
