// The manual paths and navigation of issue 11 in a real Firefox with the built extension (the Chromium
// twin is test/e2e/chrome/manual-fill.spec.ts). What automation can drive here: the popup's Fill button,
// as a user presses it. What it cannot: the keyboard shortcut (keys sent over WebDriver BiDi are
// synthesised in the page and never reach Firefox's extension shortcuts: with fill mode off and the focus
// in a code field, Alt+Shift+K filled nothing, measured on Firefox ESR 153) and the context menu (BiDi
// cannot open or click a native menu). Both of those end in the same request to the content scripts of
// the tab (engine.ts `fillManually`: every frame for the shortcut, `focusedOnly`), so that request is
// sent here from SimFill's own background page, exactly as the background sends it.
import { expect, test } from '@playwright/test';
import type { ElementHandle, Frame, Page } from 'puppeteer-core';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { findByLabelScript } from '../support/a11y-query.ts';
import { launchFirefox, type FirefoxWithExtension } from '../support/firefox.ts';
import { SESSION_SCRIPT, STORED_CODES_SCRIPT } from '../support/otp-pages.ts';
import { readPrivateScript } from '../support/private-store.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import type { RentalsState } from '../../../lib/storage/rentals.ts';
import type { FillRequest } from '../../../lib/fill-protocol.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';

const API_KEY = 'e2e-manual-key';
let firefox: FirefoxWithExtension;
let pages: PagesServer;
let standIn: StandIn;
let popup: Page;
let tzid: number;

const session = () => popup.evaluate(SESSION_SCRIPT) as Promise<PollState>;
const storedCodes = () => popup.evaluate(STORED_CODES_SCRIPT) as Promise<string[]>;
const otpValue = (page: Page) => page.evaluate(() => (window as unknown as { __otpState(): { value: string } }).__otpState().value);
const widget = (site: Page): Frame => site.frames().find((f) => f.url().includes('cross-site-widget'))!;
const widgetValue = (site: Page) => widget(site).evaluate(() => document.querySelector<HTMLInputElement>('#w')!.value);
const filledInto = async (code: string) =>
  ((await popup.evaluate(readPrivateScript('rentals'))) as RentalsState).active.flatMap((r) => r.messages).find((m) => m.code === code)?.filledInto?.host;

/** Sends a fill request to the tab from SimFill's background page (a sender without a tab, as the
 * content script demands); no `frameId` sends it to every frame, as the shortcut does. */
function sendFromBackground(tabId: number, request: FillRequest, frameId?: number): Promise<unknown> {
  return popup.evaluate(
    `browser.runtime.getBackgroundPage().then((bg) => bg.browser.tabs.sendMessage(${tabId}, ${JSON.stringify(request)}${frameId === undefined ? '' : `, { frameId: ${frameId} }`})).catch((e) => 'threw ' + e)`,
  );
}

async function openSite(path: string): Promise<Page> {
  const page = await firefox.browser.newPage();
  await page.goto(pages.url(path));
  await page.bringToFront();
  return page;
}

async function deliverCode(code: string): Promise<void> {
  standIn.deliverSms({ tzid, service: 'Example', text: `Your verification code is ${code}.` });
  await expect.poll(storedCodes, { timeout: 15_000 }).toContain(code);
}

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  firefox = await launchFirefox();
  popup = await firefox.openExtensionPage('popup.html', 'body'); // keeps the fast loop running
  await popup.evaluate(`browser.runtime.sendMessage({ type: 'save-settings', apiKey: ${JSON.stringify(API_KEY)}, apiAddress: ${JSON.stringify(standIn.url)} })`);
  ({ tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 }));
});

test.afterAll(async () => {
  await firefox.close();
  await pages.close();
  await standIn.close();
});

test('a code the user fills into another site\'s frame from the popup is recorded, and not typed again into the next page', async () => {
  const site = await openSite('e2e/cross-site-frame-only.html');
  const next: Page[] = [];
  try {
    await expect.poll(async () => (await session()).waiting.some((w) => w.frameId !== 0), { timeout: 10_000 }).toBe(true);
    const code = '614207';
    await deliverCode(code);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // time for a fill that must not come
    expect(await widgetValue(site), 'another site\'s frame gets no code by itself').toBe('');

    // The user presses Fill in the popup (a background tab) while looking at the page.
    await site.bringToFront();
    const fill = (await popup.evaluateHandle(findByLabelScript(`Fill ${code} into the page`))).asElement() as ElementHandle<HTMLButtonElement> | null;
    if (!fill) throw new Error(`no Fill button for ${code} in the popup`);
    await fill.evaluate((b) => b.click());
    await expect.poll(() => widgetValue(site), { timeout: 10_000 }).toBe(code);
    await expect.poll(() => filledInto(code), { timeout: 5_000 }).toBe('localhost'); // recorded once the frame answered

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

test('the shortcut\'s request, sent to every frame, lands in the focused field of another site\'s frame only, and never over what the user typed', async () => {
  const site = await openSite('e2e/cross-site-frame-only.html');
  try {
    await expect.poll(async () => (await session()).waiting.find((w) => w.frameId !== 0), { timeout: 10_000 }).toBeDefined();
    const { tabId } = (await session()).waiting.find((w) => w.frameId !== 0)!;
    const request = (code: string): FillRequest => ({ type: 'fill', code, site: null, focusedOnly: true, doc: null });

    // Nothing focused in any frame: no frame answers, nothing is typed.
    expect(await sendFromBackground(tabId, request('520731'))).not.toEqual(expect.objectContaining({ ok: true }));
    expect(await widgetValue(site)).toBe('');

    // The user puts the focus in the partner's field: that frame, and no other, answers and fills.
    await widget(site).focus('#w');
    expect(await sendFromBackground(tabId, request('520731'))).toEqual({ ok: true, host: 'localhost' });
    expect(await widgetValue(site)).toBe('520731');

    // The user types over it: the next request leaves the typed text alone.
    await widget(site).evaluate(() => (document.querySelector<HTMLInputElement>('#w')!.value = ''));
    await widget(site).type('#w', '12');
    expect(await sendFromBackground(tabId, request('998877'))).toEqual({ ok: false, reason: 'user-typed' });
    expect(await widgetValue(site)).toBe('12');
  } finally {
    await site.close();
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
    const reply = await sendFromBackground(old.tabId, { type: 'fill', code: '771234', site: null, focusedOnly: false, doc: old.doc }, 0);
    expect(reply).toEqual({ ok: false, reason: 'other-document' });
    expect(await otpValue(site)).toBe('');
  } finally {
    await site.close();
  }
});
