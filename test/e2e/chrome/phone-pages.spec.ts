import { expect, test, type Page } from '@playwright/test';
import { formatPhone } from '../../../lib/format.ts';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { clickToolbarButton, launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { LEDGER_SCRIPT, walkPhonePages, type PhoneDriver, type PhoneState } from '../support/phone-pages.ts';
import type { Ledger } from '../../../lib/storage/ledger.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-phone-key';
/** The stand-in is addressed as localhost and only that host is granted (granted-build.ts): this spec
 * needs the pages, on 127.0.0.1, to be sites SimFill has no host access to. */
const GRANTED = 'localhost';
let ext: ExtensionBrowser;
let pages: PagesServer;
let standIn: StandIn;
let popup: Page;
let site: Page | null = null;
let driver: PhoneDriver;

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium({ grantedHosts: [`http://${GRANTED}/*`] });
  await saveSettings(ext, API_KEY, standIn.url.replace('//127.0.0.1:', `//${GRANTED}:`));
  popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  driver = {
    standIn,
    async open(path) {
      const page = await ext.context.newPage();
      await page.goto(pages.url(path));
      await page.bringToFront();
      site = page;
      return {
        state: () => page.evaluate(() => (window as unknown as { __phoneState(): PhoneState }).__phoneState()),
        focus: (selector) => page.focus(selector),
        close: () => page.close(),
      };
    },
    // The user clicks SimFill's button while on the page (which grants activeTab there) and presses
    // Fill number in the popup.
    async pressFill(shown) {
      await clickToolbarButton(ext, site!);
      await site!.bringToFront();
      // Pages share numbers, so the stand-in may hold two rentals of one number: either card fills it.
      await popup.getByRole('button', { name: `Fill number ${shown} into the page's phone field` }).first().click();
    },
    popupText: () => popup.evaluate(() => document.body.innerText),
    ledger: async () => (await ext.worker()).evaluate(LEDGER_SCRIPT) as Promise<Ledger>,
  };
});

test.afterAll(async () => {
  await ext.close();
  await pages.close();
  await standIn.close();
});

walkPhonePages(() => driver);

test('without a click on SimFill in that tab there is no access: nothing is filled and the popup says why', async () => {
  const number = '9315550101';
  standIn.createRental({ country: 7, number, confirmed: true, days: 7 });
  const shown = formatPhone(7, number);
  await expect.poll(() => driver.popupText(), { timeout: 20_000 }).toContain(shown);
  const page = await driver.open('phone/p03-international-uk-label.html');
  try {
    await popup.getByRole('button', { name: `Fill number ${shown} into the page's phone field` }).click();
    await expect.poll(() => driver.popupText()).toContain('SimFill cannot fill into this tab.');
    expect((await page.state()).value).toBe('');
  } finally {
    await page.close();
  }
});
