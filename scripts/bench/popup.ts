// Popup open → the first rental's number on screen, with a heavy stored state (10 rentals × 100
// messages). The state is written into the private store in the shape the background keeps; the
// rentals themselves exist at the stand-in, so the popup's own refresh on opening keeps them.
import type { Page } from '@playwright/test';
import type { ExtensionBrowser } from '../../test/e2e/support/chromium.ts';
import type { RentalsState, StoredMessage, StoredRental } from '../../lib/storage/rentals.ts';
import { readRentals, writeRentals } from './extension.ts';
import { readRentalsScript } from '../../test/e2e/support/private-store.ts';
import { sleep } from './lifecycle.ts';
import { round } from './stats.ts';

export const MESSAGES_PER_RENTAL = 100;

/** Tops every active rental up to MESSAGES_PER_RENTAL messages, keeping the real ones. */
export function heavyState(state: RentalsState, now: number): RentalsState {
  const fill = (rental: StoredRental): StoredRental => {
    const extra: StoredMessage[] = [];
    for (let i = rental.messages.length; i < MESSAGES_PER_RENTAL; i++) {
      const code = String(100000 + ((rental.tzid * 31 + i * 7919) % 900000));
      const at = now - (MESSAGES_PER_RENTAL - i) * 60_000;
      extra.push({
        id: `bench-${rental.tzid}-${i}`,
        service: i % 3 === 0 ? 'Telegram' : i % 3 === 1 ? 'Example' : 'Shop',
        text: `Your verification code is ${code}. Do not share it with anyone, our staff will never ask for it.`,
        providerCode: code,
        receivedAt: at,
        code,
        candidates: [],
        origin: null,
        embeddedOrigin: null,
        seenAt: at,
        autoFill: true,
        unread: false,
        filledInto: null,
        notified: true,
      });
    }
    const messages = [...extra, ...rental.messages].sort((a, b) => a.receivedAt - b.receivedAt);
    return { ...rental, messages };
  };
  return { ...state, active: state.active.map(fill) };
}

/**
 * Writes the heavy state and checks it stuck: the background rewrites `rentals` after each poll, and a
 * poll that read the old state just before our write would put it back. Bounded retries.
 */
export async function installHeavyState(ext: ExtensionBrowser, rentals: number): Promise<void> {
  for (let attempt = 0; attempt < 5; attempt++) {
    const current = await readRentals(ext);
    if (current.active.length !== rentals) throw new Error(`expected ${rentals} active rentals, found ${current.active.length}`);
    await writeRentals(ext, heavyState(current, Date.now()));
    await sleep(3000);
    const check = await readRentals(ext);
    if (check.active.length === rentals && check.active.every((r) => r.messages.length >= MESSAGES_PER_RENTAL)) return;
  }
  throw new Error('the heavy popup state did not stick in the private store');
}

export interface PopupOpens {
  rentals: number;
  messagesPerRental: number;
  /** Navigation start → the number is in the DOM. */
  inDomMs: number[];
  /** Navigation start → the first animation frame after that: the frame that shows it. */
  frameMs: number[];
  /** Navigation start → DOMContentLoaded: the popup's scripts loaded and run, before any stored state is read. */
  dclMs: number[];
  /** Reading the stored rentals alone, timed inside the popup after it rendered: the share of
   * the open that is reading the state rather than drawing it. */
  storageReadMs: number[];
  /** Navigation start → the first frame of an extension document with no script (BASELINE_PATH), one
   * before each popup open: the browser's own share, which no popup code can shorten. */
  baselineFrameMs: number[];
  coldFrameMs: number;
}

interface Marks {
  __numberAt?: number;
  __frameAt?: number;
}

/** An extension document with no script of SimFill's, opened the same way: what the browser itself
 * takes to show a page of the extension on this machine, before any of the popup's code could run. */
const BASELINE_PATH = '_locales/en/messages.json';
const BASELINE_TEXT = 'extName';

interface OpenTimes {
  inDom: number;
  frame: number;
  dcl: number;
}

/** Opens `path` in a new tab and times navigation start → `text` in the DOM, and → the frame after that. */
async function timeOpen(ext: ExtensionBrowser, path: string, text: string, after?: (page: Page) => Promise<void>): Promise<OpenTimes> {
  const page = await ext.context.newPage();
  try {
    // Runs before the page's own scripts: notes the first moment the text is in the document.
    await page.addInitScript((target: string) => {
      const w = window as unknown as Marks;
      const observer = new MutationObserver(() => {
        if (w.__numberAt !== undefined || !document.body?.textContent?.includes(target)) return;
        w.__numberAt = performance.now();
        observer.disconnect();
        requestAnimationFrame(() => {
          w.__frameAt = performance.now();
        });
      });
      observer.observe(document, { childList: true, subtree: true, characterData: true });
    }, text);
    await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
    await page.bringToFront();
    await page.waitForFunction(() => (window as unknown as Marks).__frameAt !== undefined, undefined, { timeout: 15_000 });
    const marks = await page.evaluate(() => ({
      inDom: (window as unknown as Marks).__numberAt!,
      frame: (window as unknown as Marks).__frameAt!,
      dcl: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined)?.domContentLoadedEventEnd ?? Number.NaN,
    }));
    await after?.(page);
    return { inDom: round(marks.inDom, 1), frame: round(marks.frame, 1), dcl: round(marks.dcl, 1) };
  } finally {
    await page.close();
  }
}

export async function measurePopupOpens(ext: ExtensionBrowser, numberText: string, opens: number): Promise<Omit<PopupOpens, 'rentals' | 'messagesPerRental'>> {
  const inDom: number[] = [];
  const frame: number[] = [];
  const dcl: number[] = [];
  const read: number[] = [];
  const baseline: number[] = [];
  let cold = Number.NaN;
  const readStored = async (page: Page) => {
    const ms = (await page.evaluate(`(async () => {
      const started = performance.now();
      await ${readRentalsScript()};
      return performance.now() - started;
    })()`)) as number;
    read.push(round(ms, 1));
  };
  for (let i = 0; i <= opens; i++) {
    // The first open pays for a cold extension process; reported on its own.
    if (i === 0) {
      cold = (await timeOpen(ext, 'popup.html', numberText)).frame;
      continue;
    }
    // Interleaved, so both see the same moments of the machine.
    baseline.push((await timeOpen(ext, BASELINE_PATH, BASELINE_TEXT)).frame);
    const times = await timeOpen(ext, 'popup.html', numberText, readStored);
    inDom.push(times.inDom);
    frame.push(times.frame);
    dcl.push(times.dcl);
  }
  return { inDomMs: inDom, frameMs: frame, dclMs: dcl, storageReadMs: read, baselineFrameMs: baseline, coldFrameMs: cold };
}
