// The manual paths and navigation of issue 11 in a real Chromium with the built extension: a code the user
// puts into another site's frame with the popup's Fill button is recorded, so it is not typed again by
// itself into the next page; and a field report belongs to the document that made it, so it goes when
// that document goes, and a fill meant for it never lands in the document the frame shows next.
import { expect, test, type Page } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { SESSION_SCRIPT, STORED_CODES_SCRIPT } from '../support/otp-pages.ts';
import { readPrivateScript } from '../support/private-store.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import type { RentalsState } from '../../../lib/storage/rentals.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-manual-key';
let ext: ExtensionBrowser;
let pages: PagesServer;
let standIn: StandIn;
let popup: Page;
let tzid: number;

const inWorker = async <T>(script: string): Promise<T> => (await ext.worker()).evaluate(script) as Promise<T>;
const session = () => inWorker<PollState>(SESSION_SCRIPT);
const storedCodes = () => inWorker<string[]>(STORED_CODES_SCRIPT);
const otpValue = (page: Page) => page.evaluate(() => (window as unknown as { __otpState(): { value: string } }).__otpState().value);

async function openSite(path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(pages.url(path));
  await page.bringToFront();
  return page;
}

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium();
  await saveSettings(ext, API_KEY, standIn.url);
  ({ tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 }));
  popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`); // keeps the fast loop running
});

test.afterAll(async () => {
  await ext.close();
  await pages.close();
  await standIn.close();
});

test('a code the user fills into another site\'s frame from the popup is recorded, and not typed again into the next page', async () => {
  const site = await openSite('e2e/cross-site-frame-only.html');
  const next: Page[] = [];
  try {
    const partner = () => site.frames().find((f) => f.url().includes('cross-site-widget'))!;
    await expect.poll(async () => (await session()).waiting.some((w) => w.frameId !== 0), { timeout: 10_000 }).toBe(true);
    const code = '614207';
    standIn.deliverSms({ tzid, service: 'Example', text: `Your verification code is ${code}.` });
    await expect.poll(storedCodes, { timeout: 15_000 }).toContain(code);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // time for a fill that must not come
    expect(await partner().inputValue('#w'), 'another site\'s frame gets no code by itself').toBe('');

    // The user presses Fill in the popup while looking at the page.
    await site.bringToFront();
    await popup.getByRole('button', { name: `Fill ${code} into the page` }).click();
    await expect.poll(() => partner().inputValue('#w'), { timeout: 10_000 }).toBe(code);
    const filledInto = async () =>
      (await inWorker<RentalsState>(readPrivateScript('rentals'))).active.flatMap((r) => r.messages).find((m) => m.code === code)?.filledInto?.host;
    await expect.poll(filledInto, { timeout: 5_000 }).toBe('localhost'); // recorded once the frame answered

    // Within the two minutes in which a code that came before a page is still handed to it, the next
    // page with a code field of its own must not get this one.
    next.push(await openSite('pages/p01-vue-v-model.html'));
    await expect.poll(async () => (await session()).waiting.filter((w) => w.frameId === 0).length, { timeout: 10_000 }).toBeGreaterThan(0);
    await new Promise((resolve) => setTimeout(resolve, 2000));
    expect(await otpValue(next[0]!)).toBe('');
  } finally {
    await site.close();
    for (const page of next) await page.close();
  }
});

test('a field report goes with its document, and a fill named for it does not land in the next one', async () => {
  const site = await openSite('pages/p01-vue-v-model.html');
  try {
    const reportOf = async (url: string) => (await session()).waiting.find((w) => w.frameUrl === url);
    await expect.poll(() => reportOf(site.url()), { timeout: 10_000 }).toBeDefined();
    const old = (await reportOf(site.url()))!;

    // The tab moves on to a page without a code field: the old report is gone, nothing in this tab waits.
    await site.goto(pages.url('pages/n12-captcha-email-pin.html'));
    await expect.poll(async () => (await session()).waiting.filter((w) => w.tabId === old.tabId), { timeout: 10_000 }).toEqual([]);

    // And on to a page with a field: it reports as a new document. A fill the background had addressed
    // to the first document (an SMS arriving just as the tab navigated) is refused there.
    await site.goto(pages.url('pages/p03-kazakh-label.html'));
    await expect.poll(() => reportOf(site.url()), { timeout: 10_000 }).toMatchObject({ tabId: old.tabId });
    expect((await reportOf(site.url()))!.doc).not.toBe(old.doc);
    const request = { type: 'fill', code: '771234', site: null, focusedOnly: false, doc: old.doc, notice: 'SimFill filled in the code' };
    const reply = await inWorker(`chrome.tabs.sendMessage(${old.tabId}, ${JSON.stringify(request)}, { frameId: 0 })`);
    expect(reply).toEqual({ ok: false, reason: 'other-document' });
    expect(await otpValue(site)).toBe('');
  } finally {
    await site.close();
  }
});
