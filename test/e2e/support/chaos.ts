// Shared by the reliability specs and `npm run test:chaos`: stopping the background on a random beat,
// reading what the extension stored and notified from one of its own pages, and auditing the stand-in's
// request log. Browser-neutral where it can be: the scripts below run in any extension page of either
// browser (`chrome` is Chromium's name for the API, `browser` Firefox's).
import type { RequestLogEntry } from '../../stand-in/server.ts';
import { readRentalsScript } from './private-store.ts';

const api = '(globalThis.browser ?? globalThis.chrome)';

export interface StoredSms {
  tzid: number;
  id: string;
  code: string | null;
  notified: boolean;
}

/** Every message of every rental, active or ended (a rental that expires during a run moves to history
 * with its messages), in storage order. */
export const STORED_SMS_SCRIPT = `${readRentalsScript()}.then((rentals) =>
  [...(rentals?.active ?? []), ...(rentals?.ended ?? [])].flatMap((r) => r.messages.map((m) => ({ tzid: r.tzid, id: m.id, code: m.code, notified: m.notified }))))`;

/** Ids of the system notifications the extension has on screen. */
export const NOTICE_IDS_SCRIPT = `${api}.notifications.getAll().then((all) => Object.keys(all))`;

/**
 * Installs, in an extension page, a watcher that counts appearances per notification id. In Chromium it
 * acts like a user dismissing every notification the moment it appears. Headless Chromium drops a notification after about
 * 8 s, so `getAll()` at the end of a run cannot list them all; the watcher sees each one, and a notice
 * shown again after it was dismissed (what a person would see twice) counts 2. A re-show under the same
 * id while the first is still up only replaces it, as on a desktop, and is not counted.
 */
export const NOTICE_WATCH_SCRIPT = `(() => {
  const api = ${api};
  if (globalThis.__simfillNotices) return;
  const shown = (globalThis.__simfillNotices = {});
  // Headless Firefox has no alert service: each notification is closed almost at once (polling
  // getAll() misses most) and onShown never fires, but onClosed does, once per notification created.
  // Chromium has no onShown either, and keeps each for about 8 s, so polling works there.
  if (typeof globalThis.browser !== 'undefined' && !globalThis.chrome?.notifications?.getPermissionLevel) {
    api.notifications.onClosed.addListener((id) => void (shown[id] = (shown[id] ?? 0) + 1));
    return;
  }
  const tick = async () => {
    try {
      for (const id of Object.keys(await api.notifications.getAll())) {
        shown[id] = (shown[id] ?? 0) + 1;
        await api.notifications.clear(id);
      }
    } finally {
      setTimeout(tick, 50);
    }
  };
  void tick();
})()`;

/** Appearances per notification id since the watcher was installed. */
export const NOTICE_COUNTS_SCRIPT = `({ ...(globalThis.__simfillNotices ?? {}) })`;

export interface NoticeAudit {
  /** Expected ids never shown. */
  missing: string[];
  /** Ids shown more than once. */
  repeated: string[];
  /** Ids shown that were not expected (e.g. another rental's, or a non-SMS notice). */
  unexpected: string[];
}

export function auditNotices(expected: readonly string[], counts: Record<string, number>, prefix = 'sms:'): NoticeAudit {
  const want = new Set(expected);
  return {
    missing: expected.filter((id) => !counts[id]),
    repeated: Object.entries(counts).filter(([, n]) => n > 1).map(([id]) => id),
    unexpected: Object.keys(counts).filter((id) => id.startsWith(prefix) && !want.has(id)),
  };
}

/** The popup's error banner text ('' when none): components/Banner.tsx renders role="alert". */
export const BANNER_SCRIPT = `[...document.querySelectorAll('[role="alert"]')].map((e) => e.textContent ?? '').join(' | ')`;

export interface SmsAudit {
  sent: number;
  stored: number;
  /** Sent but not stored. */
  lost: string[];
  /** Stored more than once (same rental, same id). */
  duplicated: string[];
  /** Stored but never shown as a notification. */
  unnotified: string[];
}

/** Compares what the stand-in delivered with what the extension stored. Keys are `tzid:id`. */
export function auditSms(sent: readonly string[], stored: readonly StoredSms[]): SmsAudit {
  const keys = stored.map((m) => `${m.tzid}:${m.id}`);
  const counts = new Map<string, number>();
  for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  return {
    sent: sent.length,
    stored: counts.size,
    lost: sent.filter((key) => !counts.has(key)),
    duplicated: [...counts].filter(([, n]) => n > 1).map(([key]) => key),
    unnotified: stored.filter((m) => !m.notified).map((m) => `${m.tzid}:${m.id}`),
  };
}

export interface RequestAudit {
  requests: number;
  maxInFlight: number;
  /** Smallest gap between two consecutive request starts, ms (Infinity with fewer than two). */
  minGapMs: number;
  /** Pairs of consecutive starts closer than the gap the gate promises (with a little clock slack). */
  tooClose: Array<{ at: number; gapMs: number; path: string }>;
  /** Requests that did not carry the key in the Authorization header. */
  notBearer: number;
  /** Requests whose logged query holds the key (the log redacts `apikey`, so also check raw values). */
  keyInQuery: number;
  faults: number;
}

/** The stand-in clock is Date.now, so `at` is comparable across requests. */
export function auditRequests(log: readonly RequestLogEntry[], apiKey: string, minGapMs = 950): RequestAudit {
  const sorted = [...log].sort((a, b) => a.at - b.at);
  const tooClose: RequestAudit['tooClose'] = [];
  let smallest = Infinity;
  for (let i = 1; i < sorted.length; i++) {
    const gap = sorted[i]!.at - sorted[i - 1]!.at;
    smallest = Math.min(smallest, gap);
    if (gap < minGapMs) tooClose.push({ at: sorted[i]!.at, gapMs: gap, path: sorted[i]!.path });
  }
  return {
    requests: log.length,
    maxInFlight: Math.max(0, ...log.map((r) => r.inFlight)),
    minGapMs: smallest,
    tooClose,
    notBearer: log.filter((r) => r.auth !== 'bearer').length,
    keyInQuery: log.filter((r) => 'apikey' in r.query || Object.values(r.query).some((v) => v.includes(apiKey))).length,
    faults: log.filter((r) => r.fault !== null).length,
  };
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A uniformly random whole number of ms in [min, max]. */
export const between = (min: number, max: number, random: () => number = Math.random) => Math.round(min + (max - min) * random());

export interface Stopper {
  /** Stops that succeeded so far. */
  count(): number;
  /** Ends the beat and resolves with how many stops succeeded. */
  end(): Promise<number>;
}

/**
 * Calls `stop` every `minMs`–`maxMs` until ended. `stop` resolves true when it stopped a running
 * background; a call that found nothing running (already stopped, not yet woken) is not counted, so the
 * count is the number of restarts the extension really had to survive.
 */
export function startStopper(stop: () => Promise<boolean>, minMs: number, maxMs: number): Stopper {
  let running = true;
  let count = 0;
  let wake: (() => void) | null = null;
  const loop = (async () => {
    while (running) {
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, between(minMs, maxMs));
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      if (!running) break;
      if (await stop().catch(() => false)) count += 1;
    }
  })();
  return {
    count: () => count,
    async end() {
      running = false;
      wake?.();
      await loop;
      return count;
    },
  };
}
