// Every OTP page (the fixture set of real-site patterns and our own hostile and extra pages) walked in a
// real browser with the built extension: on a positive page the page's own state must hold the code of
// an SMS delivered at the stand-in; on a negative or hostile page it must stay empty, even though the
// background saw the SMS.
import { expect, test } from '@playwright/test';
import { readPages, type Page } from '../../pages/harness.ts';
import type { StandIn } from '../../stand-in/server.ts';
import type { PollState } from '../../../lib/background/session.ts';

export interface OpenPage {
  /** The page's own `__otpState()`: `value` is what the app would submit; hostile pages add their findings. */
  state(): Promise<{ value: string; leaks?: string[] }>;
  close(): Promise<void>;
}

/** What a spec gives the walk: one browser with the extension saved against the stand-in and the popup
 * open in a background tab (so the background polls fast and negatives need not wait for the alarm). */
export interface PageDriver {
  standIn: StandIn;
  tzid: number;
  /** `host`: serve the page under this name (the browser maps it to the pages server, see HOST_MAP). */
  open(path: string, host?: string): Promise<OpenPage>;
  /** The background's session state (which frames reported a visible code field). */
  session(): Promise<PollState>;
  /** Codes of every message the background has stored. */
  storedCodes(): Promise<string[]>;
}

/** Host names the browsers resolve to the pages server, so a page can be served under another site's name. */
export const MAPPED_HOSTS = ['x.bank.example'];

/** Read in an extension context of either browser (`chrome` is Chromium's name, `browser` Firefox's). */
const api = '(globalThis.browser ?? globalThis.chrome)';
export const SESSION_SCRIPT = `${api}.storage.session.get('poll').then((s) => s.poll ?? { waiting: [] })`;
export const STORED_CODES_SCRIPT = `${api}.storage.local.get('rentals').then(({ rentals }) => (rentals?.active ?? []).flatMap((r) => r.messages.map((m) => m.code ?? '')))`;

const pages = [
  ...readPages('../../fixtures/forms/', import.meta.url).map((p) => ({ ...p, path: `fixtures/${p.name}` })),
  ...readPages('../../pages/', import.meta.url).map((p) => ({ ...p, path: `pages/${p.name}` })),
];
// Positives first: a negative page's code stays unused, and a later page with a field would rightly be
// offered it (a code that arrived within two minutes), which is not what the next page is testing. For
// the same reason the attack pages, whose field is visible, come before the other negatives.
const ordered = [
  ...pages.filter((p) => p.expect.kind !== 'none'),
  ...pages.filter((p) => p.expect.kind === 'none' && p.expect.attack),
  ...pages.filter((p) => p.expect.kind === 'none' && !p.expect.attack),
];

let counter = 0;
function freshCode(page: Page): string {
  counter += 1;
  const digits = String(730000000 + counter * 7919);
  return digits.slice(-(page.expect.length ?? 6));
}

export function walkOtpPages(driver: () => PageDriver): void {
  for (const page of ordered) {
    const positive = page.expect.kind !== 'none';
    test(`${page.path}: ${positive ? 'the code lands in the page’s own state' : 'nothing is filled'}`, async () => {
      const d = driver();
      const site = await d.open(page.path, page.expect.host);
      try {
        if (positive) await expect.poll(async () => (await d.session()).waiting.length, { timeout: 10_000 }).toBeGreaterThan(0);
        else await new Promise((resolve) => setTimeout(resolve, 1000 + (page.expect.appears_after_ms ?? 0)));
        const code = freshCode(page);
        const text = page.expect.sms?.replace('CODE', code) ?? `Your verification code is ${code}. Do not share it.`;
        if (page.expect.attack === 'history') {
          // Rented on the website while the page is open: SimFill's first sync of this rental finds the SMS.
          const { tzid } = d.standIn.createRental({ country: 7, confirmed: true, days: 7 });
          d.standIn.deliverSms({ tzid, service: 'Example', text });
        } else d.standIn.deliverSms({ tzid: d.tzid, service: 'Example', text });
        if (positive) {
          await expect.poll(async () => (await site.state()).value, { timeout: 15_000 }).toBe(code);
          // A page watching messages and every DOM change outside its field learns nothing of the code.
          expect((await site.state()).leaks ?? []).toEqual([]);
        } else {
          if (!page.expect.attack) expect((await d.session()).waiting).toEqual([]);
          await expect.poll(() => d.storedCodes(), { timeout: 15_000 }).toContain(code);
          await new Promise((resolve) => setTimeout(resolve, 1500)); // time for a fill that must not come
          expect((await site.state()).value).toBe('');
        }
      } finally {
        await site.close();
      }
    });
  }
}
