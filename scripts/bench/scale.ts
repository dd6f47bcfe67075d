// The curve at a power user's scale: 1, 10, 50 and 100 active rentals × 200 messages each, all of them
// held by the stand-in (so every poll's answer carries every message, as the provider's does) and learnt
// by the background the way a user's rentals are, by polling. Per size: popup open → number visible,
// one poll's processing in the background (answer in hand → state stored, from the worker's own
// performance timeline, lib/poll-timing.ts) as the fast loop polls, when the answer is new text, and
// when it brings an SMS, the bytes stored, and the content script's main-thread time
// on a page with a code field (V8 profiler). The messages are dated 15 min to 17 h back, so SimFill,
// seeing each rental for the first time, takes them as history (no notifications), as it would for an
// account it is installed on.
import { readFileSync } from 'node:fs';
import type { ExtensionBrowser } from '../../test/e2e/support/chromium.ts';
import type { StandIn } from '../../test/stand-in/server.ts';
import { formatPhone } from '../../lib/format.ts';
import { POLL_PROCESSING } from '../../lib/poll-timing.ts';
import { profileInside } from './content-cost.ts';
import { readPoll, readRentals } from './extension.ts';
import { sleep, waitFor } from './lifecycle.ts';
import { measurePopupOpens } from './popup.ts';
import { distribution, round, type Distribution } from './stats.ts';

export const SCALE_SIZES = [1, 10, 50, 100] as const;
export const SCALE_MESSAGES = 200;

export interface ScalePoint {
  rentals: number;
  messagesPerRental: number;
  /** Popup open → the first frame showing a rental's number. */
  popupFrameMs: Distribution;
  popupColdFrameMs: number;
  /** The same opens' no-script extension document (scripts/bench/popup.ts): the browser's own share. */
  baselineFrameMs: Distribution;
  /** Reading the full rentals item inside the popup, for comparison with what the first paint needs. */
  fullReadMs: Distribution;
  /** Polls as the fast loop makes them: most answers repeat the last one's text, which is not read twice. */
  pollProcessingMs: Distribution;
  /** Polls whose answer is new text (every rental's time left moved a minute), read in full. */
  pollNewTextMs: Distribution;
  /** Polls that bring an SMS: read, reconciled, notified, offered to the page's field and stored. */
  pollWithSmsMs: Distribution;
  /** The getRentState answer the stand-in sends for this many rentals. */
  answerBytes: number;
  /** The stored items as JSON, and the extension origin's whole usage as the browser counts it. */
  storedBytes: { items: Record<string, number>; originUsage: number };
  /** The content script's main-thread time over one load of a page with a code field, until reported. */
  contentScriptMs: Distribution;
}

export interface ScaleOptions {
  sizes: readonly number[];
  popupOpens: number;
  polls: number;
  pageLoads: number;
  otpUrl: string;
  /** The content script's file name in the build, as the profiler names its frames. */
  scriptFile: string;
  /** Stored items measured for size (private-store keys). */
  storedKeys: readonly string[];
  apiKey: string;
  log: (text: string) => void;
}

/** Real SMS texts (test/fixtures/sms-dev.jsonl, each with its public source), so the first poll's
 * extraction does real work. */
function smsTexts(): { text: string; service: string }[] {
  return readFileSync(new URL('../../test/fixtures/sms-dev.jsonl', import.meta.url), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as { text: string; service?: string })
    .map((m) => ({ text: m.text, service: m.service ?? 'Service' }));
}

const numberOf = (i: number) => String(9_000_000_000 + i * 7919);

export async function measureScale(ext: ExtensionBrowser, standIn: StandIn, o: ScaleOptions): Promise<ScalePoint[]> {
  const texts = smsTexts();
  const points: ScalePoint[] = [];
  let rentals = 0;
  for (const size of o.sizes) {
    o.log(`E: ${size} rental(s) × ${SCALE_MESSAGES} messages…`);
    for (; rentals < size; rentals++) {
      const { tzid } = standIn.createRental({ country: 7, number: numberOf(rentals), days: 30, confirmed: true });
      for (let i = 0; i < SCALE_MESSAGES; i++) {
        const sms = texts[(rentals * SCALE_MESSAGES + i) % texts.length]!;
        standIn.deliverSms({ tzid, ...sms, ageMs: (15 + (SCALE_MESSAGES - i) * 5) * 60_000 });
      }
    }
    await learnAll(ext, size);
    points.push(await measureSize(ext, standIn, size, o));
  }
  return points;
}

/** Opens the popup (its opening polls) until every rental and message is stored, then closes it. */
async function learnAll(ext: ExtensionBrowser, size: number): Promise<void> {
  const popup = await ext.context.newPage();
  try {
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    await waitFor(
      `${size} rentals × ${SCALE_MESSAGES} messages stored`,
      async () => {
        const { active } = await readRentals(ext);
        return active.length === size && active.every((r) => r.messages.length >= SCALE_MESSAGES) ? true : undefined;
      },
      120_000,
      500,
    );
  } finally {
    await popup.close();
  }
  await sleep(2000); // the popup's fast loop ends with its port
}

async function measureSize(ext: ExtensionBrowser, standIn: StandIn, size: number, o: ScaleOptions): Promise<ScalePoint> {
  const worker = await ext.worker();
  const stored = (await worker.evaluate(storedSizesScript(o.storedKeys))) as ScalePoint['storedBytes'];

  // The content script on a page with a code field: each load until the background has its report.
  // Loaded once first, so the measured loads stay in this renderer (the profiler's) as same-site loads.
  const page = await ext.context.newPage();
  await page.bringToFront();
  await page.goto(o.otpUrl);
  const contentMs: number[] = [];
  for (let i = 0; i < o.pageLoads; i++) {
    const before = (await readPoll(ext))?.fastUntil ?? 0;
    const ms = await profileInside(ext.context, page, o.scriptFile, async () => {
      await page.goto(o.otpUrl);
      await waitFor('the field to be reported', async () => (((await readPoll(ext))?.fastUntil ?? 0) > before ? true : undefined), 20_000, 25);
    });
    contentMs.push(round(ms, 1));
  }

  // That page stays in front: the fast loop polls about once a second; each poll's processing is measured.
  await worker.evaluate((name) => performance.clearMeasures(name), POLL_PROCESSING);
  const processing = await waitFor(
    `${o.polls} polls measured`,
    async () => {
      const got = (await (await ext.worker()).evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), POLL_PROCESSING)) as number[];
      return got.length >= o.polls ? got : undefined;
    },
    o.polls * 5000 + 20_000,
    500,
  );
  const first = (await readRentals(ext)).active[0]!;
  const newText: number[] = [];
  const withSms: number[] = [];
  // New text as the provider's minutes tick: the stand-in's clock steps a minute forward and back in
  // turn, so every rental's time left differs from the last answer's while the expiry SimFill keeps
  // stays within its jitter band (no write), as with the real clock.
  for (let i = 0; i < o.polls; i++) newText.push(await nextPoll(ext, () => standIn.advanceClock(i % 2 === 0 ? 60_000 : -60_000)));
  for (let i = 0; i < o.polls; i++) {
    withSms.push(await nextPoll(ext, () => standIn.deliverSms({ tzid: first.tzid, service: 'Example', text: `Your verification code is ${100_000 + i}.` })));
  }
  await page.close();
  await sleep(1500);

  const popup = await measurePopupOpens(ext, formatPhone(first.country, first.number), o.popupOpens);
  const answer = await fetch(new URL('rent/getRentState.php?pagination=0', standIn.url), { headers: { Authorization: `Bearer ${o.apiKey}` } });
  return {
    rentals: size,
    messagesPerRental: SCALE_MESSAGES,
    popupFrameMs: distribution(popup.frameMs, 1),
    popupColdFrameMs: popup.coldFrameMs,
    baselineFrameMs: distribution(popup.baselineFrameMs, 1),
    fullReadMs: distribution(popup.storageReadMs, 1),
    pollProcessingMs: distribution(processing, 1),
    pollNewTextMs: distribution(newText, 1),
    pollWithSmsMs: distribution(withSms, 1),
    answerBytes: (await answer.arrayBuffer()).byteLength,
    storedBytes: stored,
    contentScriptMs: distribution(contentMs, 1),
  };
}

/** The processing time of the poll after `change`. It waits for a poll to end first, then changes the
 * stand-in at once: the next request comes a full gap (1 s) later, so the next poll measured is the one
 * that sees the change, not one already in flight. */
async function nextPoll(ext: ExtensionBrowser, change: () => unknown): Promise<number> {
  const measured = async (): Promise<number | undefined> => {
    const got = (await (await ext.worker()).evaluate((name) => performance.getEntriesByName(name).map((e) => e.duration), POLL_PROCESSING)) as number[];
    return got[0];
  };
  const clear = async () => (await ext.worker()).evaluate((name) => performance.clearMeasures(name), POLL_PROCESSING);
  await clear();
  await waitFor('a poll to end', measured, 20_000, 20);
  await clear();
  change();
  return round(await waitFor('the poll after the change', measured, 20_000, 50), 1);
}

/** Runs in the worker: the JSON size of each stored item, and the origin's usage as the browser counts it. */
function storedSizesScript(keys: readonly string[]): string {
  return `(async () => {
    const db = await new Promise((resolve, reject) => { const r = indexedDB.open('simfill-secrets'); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
    const items = {};
    for (const key of ${JSON.stringify(keys)}) {
      const value = await new Promise((resolve, reject) => { const r = db.transaction('secrets').objectStore('secrets').get(key); r.onsuccess = () => resolve(r.result); r.onerror = () => reject(r.error); });
      items[key] = value === undefined ? 0 : new TextEncoder().encode(JSON.stringify(value)).length;
    }
    db.close();
    const { usage } = await navigator.storage.estimate();
    return { items, originUsage: usage ?? 0 };
  })()`;
}
