// Request discipline of the fast loop, on a fake clock: as fast as the provider allows while someone
// waits (one request in flight, each starting at least a second after the previous one ended), a longer
// wait at the first "too fast", and nothing of it once nobody waits: the waiting state ends by itself.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine, type Engine, type EngineDeps } from '../../lib/background/engine.ts';
import { FAST_WINDOW_MS, POPUP_WINDOW_MS } from '../../lib/background/engine-timing.ts';
import { MIN_GAP_MS } from '../../lib/background/gate.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import type { ProviderError } from '../../lib/onlinesim/errors.ts';
import { rentalsItem } from '../../lib/storage/rentals.ts';
import { shown, testEngineDeps } from './support/engine.ts';
import { listed, rental, storedRental, T0 } from './support/rentals.ts';

const ROUND_TRIP_MS = 150;
const FIELD_TAB = 5;

interface Call {
  start: number;
  end: number;
}

/** A provider that takes ROUND_TRIP_MS of the fake clock per request and logs when each ran. */
function setup(overrides: Partial<EngineDeps> = {}, start = T0) {
  let clock = start;
  const calls: Call[] = [];
  let inFlight = 0;
  let maxInFlight = 0;
  const failWith: (ProviderError | null)[] = [];
  /** Runs after each request, as the popup's heartbeats would between two turns of the loop. */
  const hooks: { afterCall: (() => void) | null } = { afterCall: null };
  const client = {
    getRentState: async () => {
      const call = { start: clock, end: 0 };
      maxInFlight = Math.max(maxInFlight, ++inFlight);
      await Promise.resolve();
      clock += ROUND_TRIP_MS;
      call.end = clock;
      calls.push(call);
      inFlight--;
      hooks.afterCall?.();
      const error = failWith.shift();
      return error ? { ok: false, error } : { ok: true, value: listed([rental(1)]) };
    },
  } as unknown as OnlineSimClient;
  let activeTab: number | null = FIELD_TAB;
  const { deps } = testEngineDeps(client, start, {
    now: () => clock,
    sleep: async (ms) => void (clock += Math.max(0, ms)),
    activeTab: async () => activeTab,
    ...overrides,
  });
  const engine = createEngine(deps);
  engines.push(engine);
  return {
    engine,
    calls,
    failWith,
    hooks,
    maxInFlight: () => maxInFlight,
    now: () => clock,
    advance: (ms: number) => void (clock += ms),
    switchTab: (tabId: number | null) => void (activeTab = tabId),
  };
}

const engines: Engine[] = [];
beforeEach(async () => {
  fakeBrowser.reset();
  await rentalsItem.setValue({ active: [storedRental({ tzid: 1 })], ended: [] });
});
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.settled()));
});

/** Gaps between the end of one request and the start of the next. */
const gapsAfterEnd = (calls: Call[]) => calls.slice(1).map((c, i) => c.start - calls[i]!.end);

describe('fast polling while a code field is visible', () => {
  it('polls once a second after each answer, one request at a time, and stops when the report is old', async () => {
    const t = setup();
    await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    await t.engine.settled();
    expect(t.maxInFlight()).toBe(1);
    expect(Math.min(...gapsAfterEnd(t.calls))).toBeGreaterThanOrEqual(MIN_GAP_MS);
    // As fast as allowed: no gap longer than the pace needs (a second, plus nothing else).
    expect(Math.max(...gapsAfterEnd(t.calls))).toBe(MIN_GAP_MS);
    // The field's report keeps it going for FAST_WINDOW_MS, then the loop ends by itself.
    expect(t.calls.at(-1)!.start).toBeLessThan(T0 + FAST_WINDOW_MS);
    expect(t.calls.length).toBe(Math.ceil(FAST_WINDOW_MS / (MIN_GAP_MS + ROUND_TRIP_MS)));
    const after = t.calls.length;
    t.advance(60_000);
    await t.engine.onAlarm();
    expect(t.calls.length).toBe(after + 1); // back to the alarm alone
  });

  it('does not poll fast for a field in a tab the user left', async () => {
    const t = setup();
    t.switchTab(9);
    await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    await t.engine.settled();
    expect(t.calls).toHaveLength(0);
  });

  it('stops as soon as the field is gone', async () => {
    let reports = 0;
    const t = setup({
      // The field disappears while the loop runs (the page moved on): the content script says so.
      activeTab: async () => {
        reports++;
        if (reports === 5) await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown({ present: false }));
        return FIELD_TAB;
      },
    });
    await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    await t.engine.settled();
    expect(t.calls.length).toBeLessThanOrEqual(5);
  });

  it('waits longer at the first rate-limit answer, and longer again at the next', async () => {
    const t = setup();
    t.failWith.push(null, null, { kind: 'rate-limited', retryAfterMs: null }, { kind: 'rate-limited', retryAfterMs: null });
    await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    await t.engine.settled();
    const gaps = gapsAfterEnd(t.calls);
    expect(gaps[0]).toBe(MIN_GAP_MS);
    expect(gaps[1]).toBe(MIN_GAP_MS);
    expect(gaps[2]).toBeGreaterThanOrEqual(2 * MIN_GAP_MS); // after the first 429
    expect(gaps[3]).toBeGreaterThan(gaps[2]!); // after the second
    expect(gaps[4]).toBe(MIN_GAP_MS); // a success ends the backoff
    expect(t.maxInFlight()).toBe(1);
  });

  it('keeps to a Retry-After the provider sends', async () => {
    const t = setup();
    t.failWith.push({ kind: 'rate-limited', retryAfterMs: 30_000 });
    await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    await t.engine.settled();
    expect(gapsAfterEnd(t.calls)[0]).toBeGreaterThanOrEqual(30_000);
  });

  it('a worker that died leaves no fast mode behind once the report is old', async () => {
    const first = setup();
    first.switchTab(null); // the field is reported, then the worker dies before the loop does anything
    await first.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    await first.engine.settled();
    const late = setup({}, T0 + FAST_WINDOW_MS + 1);
    await late.engine.resume();
    await late.engine.settled();
    expect(late.calls).toHaveLength(0);
    // A worker started while the report is still fresh picks the loop up again, until its deadline.
    const early = setup({}, T0 + 60_000);
    await early.engine.resume();
    await early.engine.settled();
    expect(early.calls.length).toBeGreaterThan(50);
    expect(early.calls.at(-1)!.start).toBeLessThan(T0 + FAST_WINDOW_MS);
  });
});

describe('fast polling while the popup is open', () => {
  it('runs while the popup renews its port and stops when it closes', async () => {
    const t = setup();
    const popup = t.engine.popupOpened();
    // Renewed on each turn, as the popup's heartbeats would; closed after ten requests. (Tied to the
    // requests, not to a timer: how many turns fit in one timer tick depends on how much storage work a
    // turn does.)
    t.hooks.afterCall = () => (t.calls.length >= 10 ? popup.close() : popup.renew());
    await t.engine.poll(true);
    await t.engine.settled();
    expect(t.calls.length).toBeGreaterThanOrEqual(10);
    expect(t.calls.length).toBeLessThanOrEqual(11);
    expect(Math.min(...gapsAfterEnd(t.calls))).toBeGreaterThanOrEqual(MIN_GAP_MS);
  });

  it('stops counting a popup whose port fell silent', async () => {
    const t = setup();
    t.engine.popupOpened(); // never renewed, never closed: its disconnect was lost
    await t.engine.poll(true);
    await t.engine.settled();
    expect(t.calls.at(-1)!.start).toBeLessThan(T0 + POPUP_WINDOW_MS);
    expect(t.calls.length).toBe(Math.ceil(POPUP_WINDOW_MS / (MIN_GAP_MS + ROUND_TRIP_MS)));
  });
});

describe('idle', () => {
  it('makes no request in an hour of alarms with no rental', async () => {
    const t = setup();
    await rentalsItem.setValue({ active: [], ended: [] });
    for (let i = 0; i < 120; i++) {
      t.advance(30_000);
      await t.engine.onAlarm();
      await t.engine.settled();
    }
    expect(t.calls).toHaveLength(0);
  });

  it('makes 120 requests in an hour with a rental and nobody waiting, even after a field was seen once', async () => {
    const t = setup();
    t.switchTab(9);
    await t.engine.fieldReported(FIELD_TAB, 0, 'https://shop.example/verify', shown());
    for (let i = 0; i < 120; i++) {
      t.advance(30_000);
      await t.engine.onAlarm();
      await t.engine.settled();
    }
    expect(t.calls).toHaveLength(120);
  });
});
