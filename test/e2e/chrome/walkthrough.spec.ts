// The whole path a user walks, in Chromium: settings saved through the options page → a rental made on
// the provider's website appears in the popup → an SMS arrives → its code is in the page's OTP field.
import { expect, test } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, submitSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-key-5f1d';
let standIn: StandIn;
let pages: PagesServer;
let ext: ExtensionBrowser;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium();
});

test.afterEach(async () => {
  await ext.close();
  await pages.close();
  await standIn.close();
});


test('settings → rental in the popup → SMS → code typed into the page', async () => {
  const options = await submitSettings(ext, API_KEY, standIn.url);
  await expect(options.getByRole('alert').or(options.getByRole('status'))).toContainText(/saved/i);

  await standIn.createRental({ country: 7, number: '9313358547' });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByText('+7 931 335-85-47')).toBeVisible();

  const site = await ext.context.newPage();
  await site.goto(pages.url('e2e/otp-demo.html'));
  await site.bringToFront();
  const [rental] = (await standIn.state()).rentals;
  await standIn.deliverSms({ tzid: rental!.tzid, text: 'Your verification code is 482913. Do not share it.', service: 'Example' });

  await expect.poll(() => site.evaluate(() => (window as unknown as { __otpState(): { value: string } }).__otpState().value)).toBe('482913');
  await expect(popup.getByText('482913').first()).toBeVisible();
  // The key travelled only in the Authorization header, never in a URL.
  const log = await standIn.requests();
  expect(log.length).toBeGreaterThan(0);
  expect(log.every((r) => r.auth === 'bearer' && !JSON.stringify(r.query).includes(API_KEY))).toBe(true);
});

test('a wrong key is refused with a specific message and nothing is saved', async () => {
  const options = await submitSettings(ext, 'not-the-key', standIn.url);
  await expect(options.getByRole('alert')).toContainText(/key/i);
  await options.reload();
  await expect(options.getByLabel('API key')).toHaveValue('');
});
