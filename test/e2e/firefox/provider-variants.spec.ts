// Firefox ESR against the stand-in's `NO_NUMBER` answer for an empty account (the PHP SDK's reading,
// test/stand-in/README.md "Documented variants"): "no numbers yet" and no error, and a rental that ends
// leaves the popup by itself. The Chromium spec of the same name covers the other variants.
import { expect, test } from '@playwright/test';
import type { ElementHandle, Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { findByLabelScript } from '../support/a11y-query.ts';
import { launchFirefox, type FirefoxWithExtension } from '../support/firefox.ts';

const API_KEY = 'e2e-variants-ff-0b3e';
let standIn: StandIn;
let firefox: FirefoxWithExtension;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  firefox = await launchFirefox();
});

test.afterEach(async () => {
  await firefox.close();
  await standIn.close();
});

async function control(page: Page, label: string): Promise<ElementHandle<Element>> {
  const handle = (await page.evaluateHandle(findByLabelScript(label))).asElement() as ElementHandle<Element> | null;
  if (!handle) throw new Error(`no control named "${label}"`);
  return handle;
}

const bodyText = (page: Page) => page.evaluate(() => document.body.innerText);
const alerts = (page: Page) => page.evaluate(() => document.querySelectorAll('[role="alert"]').length);

test('empty account answered NO_NUMBER: "no numbers yet" without an error; an ended rental leaves by itself', async () => {
  // Starting Firefox alone took ~50 s of the default 60 s on the shared cores.
  test.setTimeout(120_000);
  standIn.setVariants({ emptyAccount: 'no-number' });
  const options = await firefox.openExtensionPage('options.html', 'input');
  await (await control(options, 'API key')).type(API_KEY);
  const address = await control(options, 'API address');
  await address.click({ count: 3 });
  await address.type(standIn.url);
  // The stand-in is not OnlineSim's own address: the key goes there only once the user says so.
  await (await control(options, `Yes, send my API key to ${new URL(standIn.url).host}`)).click();
  await (await control(options, 'Save')).click();
  await expect.poll(() => bodyText(options)).toMatch(/saved/i);

  let popup = await firefox.openExtensionPage('popup.html', 'body');
  await expect.poll(() => bodyText(popup)).toContain('No numbers rented yet.');
  expect(await alerts(popup)).toBe(0);

  const { tzid } = standIn.createRental({ country: 7, number: '9313358547', confirmed: true, days: 7 });
  await popup.close();
  popup = await firefox.openExtensionPage('popup.html', 'body');
  await expect.poll(() => bodyText(popup)).toContain('+7 931 335-85-47');

  standIn.expire(tzid);
  await expect.poll(() => bodyText(popup), { timeout: 20_000 }).toContain('No numbers rented yet.');
  expect(await bodyText(popup)).not.toContain('+7 931 335-85-47 ');
  expect(await alerts(popup)).toBe(0);
});
