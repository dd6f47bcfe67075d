import { test } from '@playwright/test';
import type { Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchFirefox, saveSettings, type FirefoxWithExtension } from '../support/firefox.ts';
import { MAPPED_HOSTS, RENTAL_IDS_SCRIPT, SESSION_SCRIPT, STORED_CODES_SCRIPT, walkOtpPages, type PageDriver } from '../support/otp-pages.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-pages-key';
let firefox: FirefoxWithExtension;
let pages: PagesServer;
let standIn: StandIn;
let driver: PageDriver;

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  firefox = await launchFirefox({ 'network.dns.localDomains': MAPPED_HOSTS.join(',') });
  await saveSettings(firefox, API_KEY, standIn.url);
  const extensionPage: Page = await firefox.openExtensionPage('popup.html', 'body');
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  driver = {
    standIn,
    tzid,
    async open(path, host) {
      const page = await firefox.browser.newPage();
      await page.goto(host ? pages.url(path).replace('127.0.0.1', host) : pages.url(path));
      await page.bringToFront();
      return {
        state: () => page.evaluate(() => (window as unknown as { __otpState(): { value: string; leaks?: string[] } }).__otpState()),
        run: (script) => page.evaluate(script),
        close: () => page.close(),
      };
    },
    session: () => extensionPage.evaluate(SESSION_SCRIPT) as Promise<PollState>,
    storedCodes: () => extensionPage.evaluate(STORED_CODES_SCRIPT) as Promise<string[]>,
    rentalIds: () => extensionPage.evaluate(RENTAL_IDS_SCRIPT) as Promise<number[]>,
  };
});

test.afterAll(async () => {
  await firefox.close();
  await pages.close();
  await standIn.close();
});

walkOtpPages(() => driver);
