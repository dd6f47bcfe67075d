// The same path in Firefox ESR, driven by puppeteer-core over WebDriver BiDi.
import { expect, test } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { findByLabelScript } from '../support/a11y-query.ts';
import { launchFirefox, type FirefoxWithExtension } from '../support/firefox.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-key-7a2c';
let standIn: StandIn;
let pages: PagesServer;
let firefox: FirefoxWithExtension;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  firefox = await launchFirefox();
});

test.afterEach(async () => {
  await firefox.close();
  await pages.close();
  await standIn.close();
});

async function type(page: Page, label: string, value: string) {
  const input = (await page.evaluateHandle(findByLabelScript(label))).asElement() as ElementHandle<Element> | null;
  if (!input) throw new Error(`no control named "${label}"`);
  await input.click({ count: 3 });
  await input.type(value);
}

async function click(page: Page, label: string) {
  const handle = (await page.evaluateHandle(findByLabelScript(label))).asElement() as ElementHandle<Element> | null;
  if (!handle) throw new Error(`no button named "${label}"`);
  await handle.click();
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);

test('settings → rental in the popup → SMS → code typed into the page', async () => {
  const options = await firefox.openExtensionPage('options.html', 'input');
  await type(options, 'API key', API_KEY);
  await type(options, 'API address', standIn.url);
  // The stand-in is not OnlineSim's own address: the key goes there only once the user says yes to it.
  await click(options, `Yes, send my API key to ${new URL(standIn.url).host}`);
  await click(options, 'Save');
  await expect.poll(() => bodyText(options)).toMatch(/saved/i);

  await standIn.createRental({ country: 7, number: '9313358547' });
  const popup = await firefox.openExtensionPage('popup.html', 'body');
  await expect.poll(() => bodyText(popup)).toContain('+7 931 335-85-47');

  const site = await firefox.browser.newPage();
  await site.goto(pages.url('e2e/otp-demo.html'));
  await site.bringToFront();
  const [rental] = (await standIn.state()).rentals;
  await standIn.deliverSms({ tzid: rental!.tzid, text: 'Код подтверждения: 570213. Никому его не сообщайте.', service: 'Example' });

  await expect
    .poll(() => site.evaluate(() => (window as unknown as { __otpState(): { value: string } }).__otpState().value), { timeout: 20_000 })
    .toBe('570213');
  expect((await standIn.requests()).every((r) => r.auth === 'bearer')).toBe(true);
});
