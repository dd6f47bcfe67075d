// Code-to-field latency, measured from the moment the stand-in holds the SMS. Fast mode: an OTP field
// is visible in the active tab, so the background polls about once a second and fills the field. Alarm mode: no
// field, no popup, only the 30 s alarm; the figure is delivery → message stored by the background.
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../test/e2e/support/chromium.ts';
import type { StandIn } from '../../test/stand-in/server.ts';
import { FAST_WINDOW_MS, FILL_RECENT_MS } from '../../lib/background/engine-timing.ts';
import { readPoll, readRentals } from './extension.ts';
import { sleep, waitFor } from './lifecycle.ts';

interface OtpState {
  value: string;
  at: number | null;
}

export interface FastTrials {
  latenciesMs: number[];
  /** Per filled trial: delivery → the getRentState that carried it (the poll schedule's share). */
  waitMs: number[];
  /** Per filled trial: that request's arrival → the value in the page (round trip, storage, fill). */
  overheadMs: number[];
  /** Trials whose code never reached the page's state within the trial's time limit. */
  missed: number;
  /** For each miss: what SimFill had recorded, and what the page held. */
  misses: { trial: number; stored: boolean; filledInto: string | null; pageValue: string }[];
}

const FILL_TIMEOUT_MS = 15_000;
/** Spreads deliveries over two poll cycles, so trials sample every phase of one, not one lucky spot. */
const PHASE_SPREAD_MS = 2000;

let serial = 0;
/** A fresh six-digit code per SMS, so no trial can be satisfied by an earlier one. */
function nextCode(): string {
  serial += 1;
  return String(100000 + ((serial * 7919 + Math.floor(Math.random() * 1000) * 1000) % 900000));
}

/** How long a freshly reported field is watched for a code SimFill had waiting. */
const LEFTOVER_SETTLE_MS = 1500;

/**
 * Loads the page until its field is reported and stays empty. SimFill fills a code up to two minutes old
 * into a field that appears after it, and one field report takes one code at most: a code still unfilled
 * (a missed trial's; phase B's are waited out first) goes into the next load, and that
 * trial's own code would then find its field used. Such a load is not a trial; the next one starts clean.
 */
async function loadEmptyField(ext: ExtensionBrowser, page: Page, url: string): Promise<void> {
  for (let attempt = 0; attempt < 3; attempt++) {
    const loadedAt = Date.now();
    await page.goto(url);
    await page.bringToFront();
    // The page's report reached the background once the fast window was pushed past this load.
    await waitFor('the OTP field to be reported', async () => ((await readPoll(ext))?.fastUntil ?? 0) >= loadedAt + FAST_WINDOW_MS || undefined, 10_000);
    await sleep(LEFTOVER_SETTLE_MS);
    if ((await otpState(page)).value === '') return;
  }
  throw new Error('bench: every load of the OTP page was filled with a leftover code');
}

/**
 * Waits until no stored code is still waiting for a field. Phase B delivers its SMS while nobody waits,
 * so each is a code SimFill would fill into the next field that appears for two minutes; one field
 * report takes one code, so reloading past them could take a load per code. Letting them age out costs
 * at most that window once, and leaves every trial's load to its own code.
 */
async function waitOutWaitingCodes(ext: ExtensionBrowser): Promise<void> {
  const messages = (await readRentals(ext)).active.flatMap((r) => r.messages);
  const newest = Math.max(0, ...messages.filter((m) => m.code && m.autoFill && !m.filledInto).map((m) => m.seenAt));
  await sleep(Math.max(0, newest + FILL_RECENT_MS + 1000 - Date.now()));
}

const otpState = (page: Page) => page.evaluate(() => (window as unknown as { __otpState(): OtpState }).__otpState());

export async function fastModeTrials(ext: ExtensionBrowser, standIn: StandIn, tzid: number, url: string, trials: number): Promise<FastTrials> {
  const page = await ext.context.newPage();
  const latencies: number[] = [];
  const waits: number[] = [];
  const overheads: number[] = [];
  let missed = 0;
  const misses: FastTrials['misses'] = [];
  const used = new Set<string>();
  await waitOutWaitingCodes(ext);
  try {
    for (let i = 0; i < trials; i++) {
      await loadEmptyField(ext, page, url);
      await sleep(Math.random() * PHASE_SPREAD_MS);
      let code = nextCode();
      while (used.has(code)) code = nextCode();
      used.add(code);
      const deliveredAt = Date.now();
      standIn.deliverSms({ tzid, service: 'Example', text: `Your verification code is ${code}. Do not share it.` });
      try {
        const state = await waitFor(
          `code ${code} in the page`,
          async () => {
            const s = await otpState(page);
            return s.value === code && s.at !== null ? s : undefined;
          },
          FILL_TIMEOUT_MS,
          20,
        );
        latencies.push(state.at! - deliveredAt);
        // The stand-in answers from its state at arrival, so the first poll to arrive after delivery is the one that carried the SMS.
        const carrier = standIn.requests().find((r) => r.at >= deliveredAt && r.path.endsWith('getRentState.php'));
        if (carrier) {
          waits.push(carrier.at - deliveredAt);
          overheads.push(state.at! - carrier.at);
        }
      } catch {
        missed += 1;
        const message = (await readRentals(ext)).active.flatMap((r) => r.messages).find((m) => m.code === code);
        const pageValue = (await otpState(page)).value;
        misses.push({ trial: i, stored: message !== undefined, filledInto: message?.filledInto?.host ?? null, pageValue });
      }
    }
  } finally {
    await page.close();
  }
  return { latenciesMs: latencies, waitMs: waits, overheadMs: overheads, missed, misses };
}

export interface AlarmTrials {
  latenciesMs: number[];
  /** Messages not stored before the window ended. */
  missed: number;
}

/**
 * Delivers `count` SMS evenly over `spreadMs` and watches the stored rentals (through the worker,
 * every `everyMs`) until each is stored or `untilMs` (epoch) passes. Nothing may be visible or open.
 */
export async function alarmModeTrials(
  ext: ExtensionBrowser,
  standIn: StandIn,
  tzid: number,
  count: number,
  spreadMs: number,
  untilMs: number,
  everyMs = 200,
): Promise<AlarmTrials> {
  const start = Date.now();
  const delivered = new Map<string, number>();
  const stored = new Map<string, number>();
  let sent = 0;
  while (Date.now() < untilMs && (sent < count || stored.size < delivered.size)) {
    const dueAt = start + (count <= 1 ? 0 : (sent * spreadMs) / (count - 1));
    if (sent < count && Date.now() >= dueAt) {
      const message = standIn.deliverSms({ tzid, service: 'Example', text: `Example: ${nextCode()} is your login code.` });
      delivered.set(String(message.id), Date.now());
      sent += 1;
      continue;
    }
    const rentals = await readRentals(ext);
    const now = Date.now();
    for (const m of rentals.active.find((r) => r.tzid === tzid)?.messages ?? []) {
      if (delivered.has(m.id) && !stored.has(m.id)) stored.set(m.id, now);
    }
    await sleep(everyMs);
  }
  const latencies = [...stored].map(([id, at]) => at - delivered.get(id)!);
  return { latenciesMs: latencies, missed: delivered.size - stored.size + (count - sent) };
}
