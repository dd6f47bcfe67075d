import { test } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { findByLabelScript } from '../support/a11y-query.ts';
import { launchFirefox, saveSettings, type FirefoxWithExtension } from '../support/firefox.ts';
import { LEDGER_SCRIPT, walkPhonePages, type PhoneDriver, type PhoneState } from '../support/phone-pages.ts';
import type { Ledger } from '../../../lib/storage/ledger.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-phone-key';
let firefox: FirefoxWithExtension;
let pages: PagesServer;
let standIn: StandIn;
let popup: Page;
let site: Page | null = null;
let driver: PhoneDriver;

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  firefox = await launchFirefox();
  await saveSettings(firefox, API_KEY, standIn.url);
  popup = await firefox.openExtensionPage('popup.html', 'body');
  driver = {
    standIn,
    async open(path) {
      const page = await firefox.browser.newPage();
      await page.goto(pages.url(path));
      await page.bringToFront();
      site = page;
      return {
        state: () => page.evaluate(() => (window as unknown as { __phoneState(): PhoneState }).__phoneState()),
        focus: (selector) => page.focus(selector),
        close: () => page.close(),
      };
    },
    // The popup is a background tab; the page is the tab the user is on.
    async pressFill(shown) {
      await site!.bringToFront();
      const button = (await popup.evaluateHandle(findByLabelScript(`Fill number ${shown} into the page's phone field`))).asElement() as ElementHandle<Element> | null;
      if (!button) throw new Error(`no Fill number button for ${shown}`);
      await button.evaluate((b) => (b as HTMLButtonElement).click());
    },
    popupText: () => popup.evaluate(() => document.body.innerText),
    ledger: () => popup.evaluate(LEDGER_SCRIPT) as Promise<Ledger>,
  };
});

test.afterAll(async () => {
  await firefox.close();
  await pages.close();
  await standIn.close();
});

walkPhonePages(() => driver);
