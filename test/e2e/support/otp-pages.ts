// Every OTP page (the fixture set of real-site patterns, our own hostile and extra pages, and the library
// bench built from real widget packages) walked in a real browser with the built extension: on a
// positive page the page's own state must hold the code of an SMS delivered at the stand-in; on a
// negative or hostile page it must stay empty, even though the background saw the SMS. On every page a
// watchdog in the page fails the test when its main thread was blocked too long while the code arrived.
import { expect, test } from '@playwright/test';
import { readPages, type Page } from '../../pages/harness.ts';
import type { StandIn } from '../../stand-in/server.ts';
import type { PollState } from '../../../lib/storage/session.ts';
import { readRentalsScript } from './private-store.ts';

export interface OpenPage {
  /** The page's own `__otpState()`: `value` is what the app would submit; hostile pages add their findings. */
  state(): Promise<{ value: string; leaks?: string[] }>;
  /** Evaluates a script (an expression) in the page's main world. */
  run(script: string): Promise<unknown>;
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
  /** Ids (tzid) of the rentals the background has stored. */
  rentalIds(): Promise<number[]>;
}

/** Host names the browsers resolve to the pages server, so a page can be served under another site's name. */
export const MAPPED_HOSTS = ['x.bank.example'];

/** Read in an extension context of either browser (`chrome` is Chromium's name, `browser` Firefox's). */
const api = '(globalThis.browser ?? globalThis.chrome)';
export const SESSION_SCRIPT = `${api}.storage.session.get('poll').then((s) => s.poll ?? { waiting: [] })`;
export const RENTAL_IDS_SCRIPT = `${readRentalsScript()}.then((rentals) => (rentals?.active ?? []).map((r) => r.tzid))`;
export const STORED_CODES_SCRIPT = `${readRentalsScript()}.then((rentals) => (rentals?.active ?? []).flatMap((r) => r.messages.map((m) => m.code ?? '')))`;

// The held-out library pages (test/libs/README.md; sets `heldout-*`, `heldout2-*`, `heldout3-*`) measure
// SimFill on widgets it was never tuned on: a figure to report, not a gate, so they join the walk only
// when asked (SIMFILL_HELDOUT=1).
const HELD_OUT = process.env.SIMFILL_HELDOUT === '1';
const pages = [
  ...readPages('../../fixtures/forms/', import.meta.url).map((p) => ({ ...p, path: `fixtures/${p.name}` })),
  ...readPages('../../pages/', import.meta.url).map((p) => ({ ...p, path: `pages/${p.name}` })),
  // Red team round 2 (docs/security.md): attack pages written by someone who did not write the gate.
  ...readPages('../../pages/red/', import.meta.url).map((p) => ({ ...p, path: `pages/red/${p.name}` })),
  // Listed from the sources; served from the bundles the e2e global setup builds (test/libs/build.ts).
  ...readPages('../../libs/pages/', import.meta.url)
    .filter((p) => HELD_OUT || !p.name.startsWith('heldout'))
    .map((p) => ({ ...p, path: `libs/${p.name}` })),
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
const LETTERS = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
function freshCode(page: Page): string {
  counter += 1;
  // Twice over, so that a 12-character page gets 12 digits; shorter codes are the same as before.
  const digits = String(730000000 + counter * 7919).repeat(2).slice(-(page.expect.length ?? 6));
  if (!page.expect.letters) return digits;
  // Letters and digits alternating: a code no digits-only strategy or filter could pass by accident.
  return [...digits].map((d, i) => (i % 2 ? d : LETTERS[(Number(d) + counter + i) % LETTERS.length])).join('');
}

// The watchdog: a 20 ms heartbeat on the page's main thread; a gap between two beats, less the period,
// is time the main thread could not run anything (a fill that loops or re-triggers itself shows here, or
// freezes the page so that reading the watchdog never returns). On a loaded machine the whole browser
// also waits for a CPU now and then, which is not the page being blocked: a second heartbeat in a Web
// Worker tells the two apart, because a script hogging the main thread leaves the worker beating, while
// a machine that starves the browser stalls both. Each main-thread gap counts less what the worker lost
// over the same time.
const BEAT_MS = 20;
const BLOCK_LIMIT_MS = 200;
const WATCHDOG_START = `new Promise((ready) => {
  const beat = ${BEAT_MS}, main = [], side = [];
  let last = 0;
  // The worker says when it beats for the first time; only then can the two heartbeats be compared.
  const src = 'postMessage(0); let last = performance.now(); setInterval(() => { const now = performance.now();' +
    ' if (now - last > ' + 2 * beat + ') postMessage([last + performance.timeOrigin, now + performance.timeOrigin]); last = now; }, ' + beat + ')';
  const worker = new Worker(URL.createObjectURL(new Blob([src], { type: 'text/javascript' })));
  worker.onmessage = (e) => {
    if (e.data !== 0) return void side.push(e.data.map((t) => t - performance.timeOrigin));
    last = performance.now();
    setInterval(() => { const now = performance.now(); if (now - last > 2 * beat) main.push([last, now]); last = now; }, beat);
    ready();
  };
  const overlap = (a, b) => Math.max(0, Math.min(a[1], b[1]) - Math.max(a[0], b[0]));
  window.__simfillWatchdog = () => Math.max(0, ...[...main, [last, performance.now()]].map((gap) =>
    gap[1] - gap[0] - beat - side.reduce((lost, s) => lost + overlap(gap, s), 0)));
})`;
const WATCHDOG_READ = 'window.__simfillWatchdog()';

export function walkOtpPages(driver: () => PageDriver): void {
  // A rental's first sync never auto-fills what it finds (issue 11): so the rental the walk delivers to
  // must be synced once, empty, before the first SMS, or the first page after a launch gets nothing.
  test.beforeAll(async () => {
    const d = driver();
    await expect.poll(() => d.rentalIds(), { timeout: 30_000 }).toContain(d.tzid);
  });
  for (const page of ordered) {
    const positive = page.expect.kind !== 'none';
    test(`${page.path}: ${positive ? 'the code lands in the page’s own state' : 'nothing is filled'}`, async () => {
      const d = driver();
      const site = await d.open(page.path, page.expect.host);
      try {
        if (positive) await expect.poll(async () => (await d.session()).waiting.length, { timeout: 10_000 }).toBeGreaterThan(0);
        else await new Promise((resolve) => setTimeout(resolve, 1000 + (page.expect.appears_after_ms ?? 0)));
        const code = freshCode(page);
        await site.run(WATCHDOG_START);
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
        await new Promise((resolve) => setTimeout(resolve, 300)); // the page settles after the fill
        expect(await site.run(WATCHDOG_READ), 'longest main-thread block (ms) while the code arrived').toBeLessThan(BLOCK_LIMIT_MS);
      } finally {
        await site.close();
      }
    });
  }
}
