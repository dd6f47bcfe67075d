import { test } from '@playwright/test';
import { startStandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { MAPPED_HOSTS, RENTAL_IDS_SCRIPT, SESSION_SCRIPT, STORED_CODES_SCRIPT, walkOtpPages, type PageDriver } from '../support/otp-pages.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-pages-key';
let ext: ExtensionBrowser;
let pages: PagesServer;
let driver: PageDriver;

test.beforeAll(async () => {
  const standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium({ args: [`--host-resolver-rules=${MAPPED_HOSTS.map((h) => `MAP ${h} 127.0.0.1`).join(',')}`] });
  await saveSettings(ext, API_KEY, standIn.url);
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`); // keeps the fast loop running
  const worker = () => ext.worker();
  driver = {
    standIn,
    tzid,
    async open(path, host) {
      const page = await ext.context.newPage();
      await page.goto(host ? pages.url(path).replace('127.0.0.1', host) : pages.url(path));
      await page.bringToFront();
      return {
        state: () => page.evaluate(() => (window as unknown as { __otpState(): { value: string; leaks?: string[] } }).__otpState()),
        run: (script) => page.evaluate(script),
        close: () => page.close(),
      };
    },
    session: async () => (await worker()).evaluate(SESSION_SCRIPT) as Promise<PollState>,
    storedCodes: async () => (await worker()).evaluate(STORED_CODES_SCRIPT) as Promise<string[]>,
    rentalIds: async () => (await worker()).evaluate(RENTAL_IDS_SCRIPT) as Promise<number[]>,
  };
});

test.afterAll(async () => {
  await ext.close();
  await pages.close();
  await driver.standIn.close();
});

walkOtpPages(() => driver);
