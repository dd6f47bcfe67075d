// The manual paths and navigation of issue 11, walked in a real browser with the built extension (the
// specs test/e2e/{chrome,firefox}/manual-fill.spec.ts give each browser's driver): a code the user puts
// into another site's frame with the popup's Fill button is recorded, so it is not typed again by itself
// into the next page; the request the keyboard shortcut sends (to every frame, `focusedOnly`) lands only
// in the focused field and never over what the user typed; and a field report belongs to the document
// that made it, so it goes when that document goes, and a fill meant for it never lands in the next one.
//
// Automation cannot press the shortcut or click the context menu in either browser's native UI (keys
// sent over CDP or WebDriver BiDi are synthesised in the page: with fill mode off and the focus in a code
// field, Alt+Shift+K filled nothing in Firefox ESR 153), so the shortcut's request is sent from SimFill's
// own background exactly as engine.ts `fillManually` sends it.
import { expect, test } from '@playwright/test';
import type { StandIn } from '../../stand-in/server.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import type { RentalsState } from '../../../lib/storage/rentals.ts';
import type { FillRequest } from '../../../lib/fill-protocol.ts';
import { asCode } from '../../../lib/otp/code.ts';

export interface SitePage {
  url(): string;
  goto(path: string): Promise<void>;
  /** The page's own `__otpState().value` (pages with a code field of their own). */
  otpValue(): Promise<string>;
  /** Runs a script in the page's top frame, as the page's own code would. */
  run(script: string): Promise<unknown>;
  /** Types into a field of the top frame key by key, as a person does (trusted events). */
  typeInto(selector: string, text: string): Promise<void>;
  /** The field of the cross-site widget frame (test/pages/frames/cross-site-widget.html). */
  widget: { value(): Promise<string>; focus(): Promise<void>; typeByHand(text: string): Promise<void> };
  close(): Promise<void>;
}

export interface ManualFillDriver {
  standIn: StandIn;
  tzid: number;
  /** Opens a page of the pages server in a new tab in front. */
  open(path: string): Promise<SitePage>;
  session(): Promise<PollState>;
  storedCodes(): Promise<string[]>;
  rentals(): Promise<RentalsState>;
  /** Brings `site` to the front and presses the popup's Fill button for `code`, as the user does. */
  pressFill(site: SitePage, code: string): Promise<void>;
  /** The popup's "Not filled: …" line under `code`, as shown; null when it shows none. */
  reasonShown(code: string): Promise<string | null>;
  /** Sends a fill request from SimFill's background (a sender without a tab, as the content script
   * demands); no `frameId`: to every frame, as the shortcut does. A request nobody answers resolves to a
   * string saying why. */
  sendFromBackground(tabId: number, request: FillRequest, frameId?: number): Promise<unknown>;
}

/** The on-page notice the background sends along with a fill (in English here). */
const NOTICE = 'SimFill filled in the code';

/** A fill request as the background builds one; `doc` null: the shortcut's, for the focused field. */
export function fillRequest(code: string, doc: string | null = null): FillRequest {
  const checked = asCode(code);
  if (!checked) throw new Error(`not a code: ${code}`);
  return { type: 'fill', code: checked, site: null, focusedOnly: doc === null, doc, notice: NOTICE };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export function walkManualFill(driver: () => ManualFillDriver): void {
  test('a code the user fills into another site\'s frame from the popup is recorded, and not typed again into the next page', async () => {
    const d = driver();
    const site = await d.open('e2e/cross-site-frame-only.html');
    const next: SitePage[] = [];
    try {
      await expect.poll(async () => (await d.session()).waiting.some((w) => w.frameId !== 0), { timeout: 10_000 }).toBe(true);
      const code = '614207';
      d.standIn.deliverSms({ tzid: d.tzid, service: 'Example', text: `Your verification code is ${code}.` });
      await expect.poll(() => d.storedCodes(), { timeout: 15_000 }).toContain(code);
      await settle(1500); // time for a fill that must not come
      expect(await site.widget.value(), 'another site\'s frame gets no code by itself').toBe('');

      await d.pressFill(site, code);
      await expect.poll(() => site.widget.value(), { timeout: 10_000 }).toBe(code);
      const filledInto = async () => (await d.rentals()).active.flatMap((r) => r.messages).find((m) => m.code === code)?.filledInto?.host;
      await expect.poll(filledInto, { timeout: 5_000 }).toBe('localhost'); // recorded once the frame answered

      // Within the two minutes in which a code that came before a page is still handed to it, the next
      // page with a code field of its own must not get this one.
      next.push(await d.open('pages/p01-vue-v-model.html'));
      await expect.poll(async () => (await d.session()).waiting.filter((w) => w.frameId === 0).length, { timeout: 10_000 }).toBeGreaterThan(0);
      await settle(2000);
      expect(await next[0]!.otpValue()).toBe('');
    } finally {
      await site.close();
      for (const page of next) await page.close();
    }
  });

  test('the shortcut\'s request, sent to every frame, lands in the focused field of another site\'s frame only, and never over what the user typed', async () => {
    const d = driver();
    const site = await d.open('e2e/cross-site-frame-only.html');
    try {
      await expect.poll(async () => (await d.session()).waiting.find((w) => w.frameId !== 0), { timeout: 10_000 }).toBeDefined();
      const { tabId } = (await d.session()).waiting.find((w) => w.frameId !== 0)!;

      // No field holds the focus: no frame answers, nothing is typed.
      expect(await d.sendFromBackground(tabId, fillRequest('520731'))).not.toEqual(expect.objectContaining({ ok: true }));
      expect(await site.widget.value()).toBe('');

      // The user puts the focus in the partner's field: that frame, and no other, answers and fills.
      await site.widget.focus();
      expect(await d.sendFromBackground(tabId, fillRequest('520731'))).toEqual({ ok: true, host: 'localhost' });
      expect(await site.widget.value()).toBe('520731');

      // The user types there by hand: the next request leaves the typed text alone.
      await site.widget.typeByHand('12');
      expect(await d.sendFromBackground(tabId, fillRequest('998877'))).toEqual({ ok: false, reason: 'user-typed' });
      expect(await site.widget.value()).toBe('12');
    } finally {
      await site.close();
    }
  });

  test('a field report goes with its document, and a fill named for it does not land in the next one', async () => {
    const d = driver();
    const site = await d.open('pages/p01-vue-v-model.html');
    try {
      const reportOf = async (url: string) => (await d.session()).waiting.find((w) => w.frameUrl === url);
      await expect.poll(() => reportOf(site.url()), { timeout: 10_000 }).toBeDefined();
      const old = (await reportOf(site.url()))!;

      // The tab moves on to a page without a code field: the old report is gone, nothing in this tab waits.
      await site.goto('pages/n12-captcha-email-pin.html');
      await expect.poll(async () => (await d.session()).waiting.filter((w) => w.tabId === old.tabId), { timeout: 10_000 }).toEqual([]);

      // And on to a page with a field: it reports as a new document. A fill the background had addressed
      // to the first document (an SMS arriving just as the tab navigated) is refused there.
      await site.goto('pages/p03-kazakh-label.html');
      await expect.poll(() => reportOf(site.url()), { timeout: 10_000 }).toMatchObject({ tabId: old.tabId });
      expect((await reportOf(site.url()))!.doc).not.toBe(old.doc);
      const reply = await d.sendFromBackground(old.tabId, fillRequest('771234', old.doc), 0);
      expect(reply).toEqual({ ok: false, reason: 'other-document' });
      expect(await site.otpValue()).toBe('');
    } finally {
      await site.close();
    }
  });
}
