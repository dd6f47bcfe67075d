import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine, type Engine, type EngineDeps } from '../../lib/background/engine.ts';
import { pollItem, shownNoticesItem, type WaitingField } from '../../lib/storage/session.ts';
import { noticeOnce } from '../../lib/background/notice-once.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import type { ProviderError } from '../../lib/onlinesim/errors.ts';
import type { Rental } from '../../lib/onlinesim/types.ts';
import type { FillReply } from '../../lib/fill-protocol.ts';
import { rentalsItem, rentalsSummaryItem } from '../../lib/storage/rentals.ts';
import { statusItem } from '../../lib/storage/status.ts';
import { settingsItem } from '../../lib/storage/settings.ts';
import { DOC, shown, testEngineDeps } from './support/engine.ts';
import { asCode } from '../../lib/otp/code.ts';
import { LAST_POLL_REFRESH_MS } from '../../lib/background/engine-timing.ts';
import { firstDigits, listed, message, rental, T0 } from './support/rentals.ts';

type Answer = { ok: true; value: Rental[] } | { ok: false; error: ProviderError };

/** A provider whose getRentState answers come from a list the test controls, counting requests. */
function fakeProvider() {
  const provider = {
    answer: { ok: true, value: [] } as Answer,
    requests: 0,
    client: {
      getRentState: async () => {
        provider.requests++;
        return provider.answer.ok ? { ok: true, value: listed(provider.answer.value) } : provider.answer;
      },
    } as unknown as OnlineSimClient,
  };
  return provider;
}

function setup(overrides: Partial<EngineDeps> = {}) {
  const provider = fakeProvider();
  const { deps, advance, now } = testEngineDeps(provider.client, T0, {
    activeTab: async () => 5,
    sendFill: vi.fn(async () => ({ ok: true as const, host: 'shop.example' })),
    ...overrides,
  });
  const engine = createEngine(deps);
  engines.push(engine);
  return { engine, deps, provider, advance, now };
}

// Fast loops run on after a test's last await; let them finish before the next test resets storage.
const engines: Engine[] = [];
beforeEach(() => {
  fakeBrowser.reset();
});
afterEach(async () => {
  await Promise.all(engines.splice(0).map((e) => e.settled()));
});

describe('engine', () => {
  it('makes no request at all when there is no rental and nobody waits', async () => {
    const { engine, provider } = setup();
    await engine.onAlarm();
    expect(provider.requests).toBe(0);
  });

  it('a poll that brings nothing new and a popup with nothing unread rewrite no rentals (an open popup is not sent the full lists again)', async () => {
    const { engine, provider } = setup();
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    await engine.poll(true);
    engine.popupOpened().close();
    await engine.settled();
    const writes = vi.fn();
    const unwatch = rentalsItem.watch(writes);
    const before = provider.requests;
    await engine.poll(true);
    engine.popupOpened().close();
    await engine.settled();
    unwatch();
    expect(provider.requests - before).toBeGreaterThanOrEqual(2);
    expect(writes).not.toHaveBeenCalled();
    // A message that is new is still written.
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0), message(8, 'Your code is 551200', T0 + 1000)])] };
    const later = vi.fn();
    const unwatchLater = rentalsItem.watch(later);
    await engine.poll(true);
    // The change is announced once it is stored, on a channel that delivers asynchronously.
    await vi.waitFor(() => expect(later).toHaveBeenCalled());
    unwatchLater();
    expect((await rentalsItem.getValue()).active[0]!.messages.map((m) => m.id)).toEqual(['7', '8']);
  });

  it('notifies a new SMS once, with service and code, and counts it on the badge', async () => {
    const { engine, deps, provider } = setup();
    await rentalsItem.setValue({ active: [], ended: [] });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    await engine.poll(true);
    await engine.poll(true);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    expect(deps.notify).toHaveBeenCalledWith({ id: 'sms:1:7', title: 'Code 482913 · SMS to +7 931 335-85-47', message: 'From “Example”: Your code is 482913' });
    expect(deps.setBadge).toHaveBeenLastCalledWith('1');
  });

  it('with "Show codes in notifications" off, names the number and sender but shows neither code nor text', async () => {
    const { engine, deps, provider } = setup();
    await settingsItem.setValue({ ...(await settingsItem.getValue()), showCodesInNotifications: false });
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    await engine.poll(true);
    expect(deps.notify).toHaveBeenCalledWith({ id: 'sms:1:7', title: 'SMS to +7 931 335-85-47', message: 'From “Example”. Open SimFill to see the code.' });
    expect(JSON.stringify(vi.mocked(deps.notify).mock.calls)).not.toContain('482913');
  });

  it('shows a notice the previous worker died before showing, and only once', async () => {
    const dying = setup({ notify: vi.fn(async () => Promise.reject(new Error('worker stopped'))) });
    dying.provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await rentalsItem.setValue({ active: [], ended: [] });
    // Seed the rental so the message counts as news, then let the dying worker see the SMS.
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    await dying.engine.poll(true).catch(() => undefined);

    const next = setup();
    next.provider.answer = dying.provider.answer;
    // The dying worker never got to show it: the next one does, once, under the message's own id.
    await next.engine.resume();
    await next.engine.poll(true);
    expect(vi.mocked(next.deps.notify).mock.calls.map(([n]) => n.id)).toEqual(['sms:1:7']);
  });

  it("stores an SMS without waiting for the browser's notification call, and records the notice once shown", async () => {
    let shownNow: () => void = () => undefined;
    const notify = vi.fn(() => new Promise<void>((resolve) => (shownNow = resolve)));
    const { engine, provider } = setup({ notify });
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    const polled = engine.poll(true);
    // The browser has not finished showing it: the SMS is stored all the same, its notice not yet recorded.
    await vi.waitFor(async () => expect((await rentalsItem.getValue()).active[0]!.messages.map((m) => [m.id, m.notified])).toEqual([['7', false]]));
    expect(notify).toHaveBeenCalledTimes(1);
    shownNow();
    await polled;
    expect((await rentalsItem.getValue()).active[0]!.messages[0]!.notified).toBe(true);
    await engine.poll(true);
    expect(notify).toHaveBeenCalledTimes(1);
  });

  it('sets the badge while the state that changes it is written, not after the write', async () => {
    const { engine, deps, provider } = setup();
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    const write = rentalsItem.setValue;
    let commit: () => void = () => undefined;
    vi.spyOn(rentalsItem, 'setValue').mockImplementationOnce(async (value) => {
      await new Promise<void>((resolve) => (commit = resolve));
      await write(value);
    });
    const polled = engine.poll(true);
    await vi.waitFor(() => expect(deps.setBadge).toHaveBeenLastCalledWith('1'));
    expect((await rentalsItem.getValue()).active[0]!.messages).toEqual([]);
    commit();
    await polled;
    expect((await rentalsItem.getValue()).active[0]!.messages.map((m) => m.id)).toEqual(['7']);
  });

  it('a worker stopped while the browser was showing a notice shows it again when it starts, once', async () => {
    const dying = setup({ notify: vi.fn(() => new Promise<void>(() => undefined)) });
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    dying.provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    void dying.engine.poll(true);
    await vi.waitFor(async () => expect((await rentalsItem.getValue()).active[0]!.messages.map((m) => m.id)).toEqual(['7']));
    engines.splice(engines.indexOf(dying.engine), 1); // stopped: its poll never ends

    const next = setup();
    next.provider.answer = dying.provider.answer;
    await next.engine.resume();
    await next.engine.poll(true);
    // Under the message's own id: had the stopped worker's call gone through, the browser replaces it.
    expect(vi.mocked(next.deps.notify).mock.calls.map(([n]) => n.id)).toEqual(['sms:1:7']);
    expect((await rentalsItem.getValue()).active[0]!.messages[0]!.notified).toBe(true);
  });

  it('a worker stopped after the browser showed a notice but before recording it: the next worker does not show it again, though the user dismissed it', async () => {
    const onScreen = new Set<string>();
    const shownTimes = new Map<string, number>();
    const browserNotify = () =>
      noticeOnce({
        onScreen: async () => [...onScreen],
        show: async (n) => void shownTimes.set(n.id, (shownTimes.get(n.id) ?? 0) + 1),
        kept: shownNoticesItem,
      });
    const dyingNotify = browserNotify();
    // Shown, then stopped before the engine could record it.
    const dying = setup({ notify: (n) => dyingNotify(n).then(() => new Promise<void>(() => undefined)) });
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    dying.provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    void dying.engine.poll(true);
    await vi.waitFor(() => expect(shownTimes.get('sms:1:7')).toBe(1));
    engines.splice(engines.indexOf(dying.engine), 1); // stopped: its poll never ends
    onScreen.clear(); // the user dismissed it

    const next = setup({ notify: browserNotify() });
    next.provider.answer = dying.provider.answer;
    await Promise.all([next.engine.resume(), next.engine.poll(true)]);
    expect(shownTimes.get('sms:1:7')).toBe(1);
    expect((await rentalsItem.getValue()).active[0]!.messages[0]!.notified).toBe(true);
  });

  it('fills a new code into the tab that reported a visible OTP field, and records where it went', async () => {
    const { engine, deps, provider } = setup();
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    expect(deps.sendFill).toHaveBeenCalledWith(5, 0, { type: 'fill', code: '482913', site: null, focusedOnly: false, doc: DOC, notice: 'SimFill filled in the code' });
    const stored = (await rentalsItem.getValue()).active[0]!.messages[0]!;
    expect(stored.filledInto).toEqual({ host: 'shop.example', at: expect.any(Number) });
  });

  it('sends the page notice in Kazakh for a Kazakh user (Chrome’s own i18n would answer in English)', async () => {
    const { engine, deps, provider } = setup({ lang: 'kk' });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    expect(deps.sendFill).toHaveBeenCalledWith(5, 0, expect.objectContaining({ code: '482913', notice: 'SimFill кодты енгізді' }));
  });

  it('looks for rentals made on the website when a code field appears and nothing is rented yet', async () => {
    const { engine, provider } = setup();
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    expect(provider.requests).toBe(1); // once, not on every report
  });

  it('does not fill a tab the user is not looking at', async () => {
    const { engine, deps, provider } = setup({ activeTab: async () => 9 });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    expect(deps.sendFill).not.toHaveBeenCalled();
  });

  it('does not fill a code bound to another site', async () => {
    const { engine, deps, provider } = setup({
      extract: () => ({ code: asCode('482913'), confidence: 1, candidates: [], origin: 'bank.example', embeddedOrigin: null }),
    });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, '@bank.example #482913', T0)])] };
    await engine.poll(true);
    expect(deps.sendFill).not.toHaveBeenCalled();
  });

  it('fills an origin-bound code only into a frame of that site, even inside the right tab', async () => {
    const { engine, deps, provider } = setup({
      activeTab: async () => 5,
      extract: () => ({ code: asCode('482913'), confidence: 1, candidates: [], origin: 'bank.example', embeddedOrigin: null }),
    });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 3, 'https://ads.example/widget', shown());
    await engine.fieldReported(5, 0, 'https://www.bank.example/login', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, '@bank.example #482913', T0)])] };
    await engine.settled(); // the fast loop the reports started picks the SMS up
    expect(vi.mocked(deps.sendFill).mock.calls.map(([, frameId]) => frameId)).toEqual([0]);
  });

  it('fills nothing when the user chose "ask first" or turned SimFill off for the site', async () => {
    for (const settings of [{ fillMode: 'ask' as const, disabledSites: [] }, { fillMode: 'auto' as const, disabledSites: ['shop.example'] }]) {
      fakeBrowser.reset();
      await settingsItem.setValue({ ...(await settingsItem.getValue()), ...settings });
      const { engine, deps, provider } = setup();
      provider.answer = { ok: true, value: [rental(1)] };
      await engine.poll(true);
      await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
      provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
      await engine.poll(true);
      expect(deps.sendFill).not.toHaveBeenCalled();
      await engine.settled();
    }
  });

  it('records why a code was not filled (the popup says it), and forgets it once a fill succeeds', async () => {
    const sendFill = vi.fn<EngineDeps['sendFill']>(async () => ({ ok: false, reason: 'not-visible' }));
    const { engine, provider } = setup({ sendFill });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Your code is 482913', T0)])] };
    await engine.poll(true);
    const stored = async () => (await rentalsItem.getValue()).active[0]!.messages[0]!;
    expect((await stored()).notFilled).toMatchObject({ reason: 'not-visible' });

    sendFill.mockResolvedValue({ ok: true, host: 'shop.example' });
    expect(await engine.fillRequested(await stored())).toEqual({ ok: true, host: 'shop.example' });
    expect(await stored()).toMatchObject({ filledInto: { host: 'shop.example' } });
    expect((await stored()).notFilled).toBeUndefined();
  });

  it('fills a code that came just before the field appeared, but not an old one', async () => {
    const { engine, deps, provider, advance } = setup();
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    advance(60_000);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    expect(deps.sendFill).toHaveBeenCalledTimes(1);
    await engine.settled();

    fakeBrowser.reset();
    const late = setup({ activeTab: async () => 6 });
    late.provider.answer = { ok: true, value: [rental(2)] };
    await late.engine.poll(true);
    late.provider.answer = { ok: true, value: [rental(2, [message(8, 'Code 111222', T0)])] };
    await late.engine.poll(true);
    late.advance(5 * 60_000);
    await late.engine.fieldReported(6, 0, 'https://shop.example/verify', shown());
    expect(late.deps.sendFill).not.toHaveBeenCalled();
  });

  it('fills a code the user asked for from the popup even in "ask first" mode, but still only on its own site', async () => {
    await settingsItem.setValue({ ...(await settingsItem.getValue()), fillMode: 'ask' });
    const { engine, deps, provider } = setup();
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0), message(8, '@bank.example #111222', T0 + 1)])] };
    await engine.settled();
    expect(deps.sendFill).not.toHaveBeenCalled();
    const [plain, bound] = (await rentalsItem.getValue()).active[0]!.messages;
    expect(await engine.fillRequested({ ...bound!, origin: 'bank.example', embeddedOrigin: null })).toEqual({ ok: false, reason: 'other-site' });
    expect(await engine.fillRequested(plain!)).toMatchObject({ ok: true });
    expect(deps.sendFill).toHaveBeenCalledTimes(1);
  });

  it('keeps polling fast for an open popup once a rental appears (rented from the popup itself)', async () => {
    // A sleep that yields to timers, so the test can look between the loop's polls.
    let clock = T0;
    const { engine, provider } = setup({ now: () => clock, sleep: (ms) => new Promise((r) => setTimeout(r, 0)).then(() => void (clock += ms)) });
    const popup = engine.popupOpened();
    await engine.poll(true); // nothing rented yet: no loop
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true); // the rent command's poll finds the new rental
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await vi.waitFor(async () => expect((await rentalsItem.getValue()).active[0]!.messages).toHaveLength(1));
    popup.close();
  });

  it('stops polling after a wrong key, with the reason for the banner', async () => {
    const { engine, provider } = setup();
    provider.answer = { ok: false, error: { kind: 'provider', code: 'ERROR_WRONG_KEY' } };
    await engine.poll(true);
    await engine.poll(true);
    expect(provider.requests).toBe(1);
    const status = await statusItem.getValue();
    expect(status.stopped).toBe(true);
    expect(status.lastError?.error).toEqual({ kind: 'provider', code: 'ERROR_WRONG_KEY' });
  });

  it('backs off after a transient error and recovers after the first success', async () => {
    const { engine, provider, advance } = setup();
    await rentalsItem.setValue({ active: [{ ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } }], ended: [] });
    provider.answer = { ok: false, error: { kind: 'http', status: 503 } };
    await engine.onAlarm();
    expect((await pollItem.getValue()).failures).toBe(1);
    await engine.onAlarm();
    expect(provider.requests).toBe(1); // still inside the backoff window
    advance(10 * 60_000);
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.onAlarm();
    expect(provider.requests).toBe(2);
    expect((await statusItem.getValue()).lastError).toBeNull();
    expect((await pollItem.getValue()).failures).toBe(0);
  });

  it('shares one request between concurrent polls', async () => {
    const { engine, provider } = setup();
    await Promise.all([engine.poll(true), engine.poll(true), engine.poll(true)]);
    expect(provider.requests).toBe(1);
  });
});

describe('reads and writes of the rentals state', () => {
  const field: WaitingField = { tabId: 5, frameId: 0, frameUrl: 'https://shop.example/verify', doc: DOC, since: T0, focused: false, checked: false, used: false };
  const known = { ...rental(1), messages: [], endedAt: null, warned: { day: false, hour: false } };

  function count() {
    return { reads: vi.spyOn(rentalsItem, 'getValue'), writes: vi.spyOn(rentalsItem, 'setValue') };
  }

  it('stores an SMS and its notice without waiting for the page to answer its fill, then records where it went', async () => {
    let answer: (reply: FillReply) => void = () => undefined;
    const sendFill = vi.fn(() => new Promise<FillReply>((resolve) => (answer = resolve)));
    const { engine, deps, provider } = setup({ sendFill });
    await rentalsItem.setValue({ active: [known], ended: [] });
    await pollItem.setValue({ failures: 0, notBefore: 0, fastUntil: 0, waiting: [field] });
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    const { reads, writes } = count();
    const polled = engine.poll(true);
    // The page takes its time (it waits to see the code stay in the field): the SMS is stored meanwhile.
    // (Read through the summary written with it, so the engine's reads alone are counted.)
    await vi.waitFor(async () => expect((await rentalsSummaryItem.getValue())?.active[0]!.messages[0]).toMatchObject({ id: '7', notified: true, filledInto: null }));
    expect(sendFill).toHaveBeenCalledTimes(1);
    expect(deps.notify).toHaveBeenCalledTimes(1);
    answer({ ok: true, host: 'shop.example' });
    await polled;
    // One read; the poll's write, its notice's (once shown), then the fill's.
    expect([reads.mock.calls.length, writes.mock.calls.length]).toEqual([1, 3]);
    const stored = (await rentalsItem.getValue()).active[0]!.messages[0]!;
    expect(stored).toMatchObject({ id: '7', code: '482913', notified: true, unread: false, filledInto: { host: 'shop.example' } });
    expect(deps.setBadge).toHaveBeenLastCalledWith('');
  });

  it('a worker stopped while the page had not answered its fill yet offers the code again when it starts, once', async () => {
    let stop: (reply: FillReply | null) => void = () => undefined;
    const dying = setup({ sendFill: vi.fn(() => new Promise<FillReply | null>((resolve) => (stop = resolve))) });
    await rentalsItem.setValue({ active: [known], ended: [] });
    await pollItem.setValue({ failures: 0, notBefore: 0, fastUntil: 0, waiting: [field] });
    dying.provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    const polled = dying.engine.poll(true);
    await vi.waitFor(async () => expect((await rentalsItem.getValue()).active[0]!.messages[0]?.notified).toBe(true));

    const next = setup();
    next.provider.answer = dying.provider.answer;
    await next.engine.resume();
    await next.engine.poll(true);
    expect(vi.mocked(next.deps.sendFill).mock.calls.map(([, , r]) => r.code)).toEqual(['482913']);
    expect(next.deps.notify).not.toHaveBeenCalled();
    expect((await rentalsItem.getValue()).active[0]!.messages[0]!.filledInto).toEqual({ host: 'shop.example', at: expect.any(Number) });
    // (The stopped worker's fill never answers; let its poll end so the test does.)
    stop(null);
    await polled;
  });

  it('in the fast loop only the first poll reads, and only the poll that brought an SMS, its notice and its fill write', async () => {
    const { engine, provider } = setup();
    await rentalsItem.setValue({ active: [known], ended: [] });
    await pollItem.setValue({ failures: 0, notBefore: 0, fastUntil: T0 + 60_000, waiting: [field] });
    provider.client.getRentState = async () => {
      provider.requests++;
      return { ok: true, value: listed([rental(1, provider.requests >= 5 ? [message(7, 'Code 482913', T0)] : [])]) };
    };
    const { reads, writes } = count();
    await engine.poll(true);
    await engine.settled();
    // One minute at one poll every two seconds.
    expect(provider.requests).toBeGreaterThanOrEqual(30);
    // The engine is the rentals' only writer: after its first read it starts each change from what it wrote.
    expect(reads).toHaveBeenCalledTimes(1);
    expect(writes).toHaveBeenCalledTimes(3);
    expect((await rentalsItem.getValue()).active[0]!.messages.map((m) => [m.code, m.filledInto?.host])).toEqual([['482913', 'shop.example']]);
  });

  it('a minute of polls that bring nothing rewrites neither the backoff state nor, more than once per refresh, the status', async () => {
    const { engine, provider } = setup();
    await rentalsItem.setValue({ active: [known], ended: [] });
    await pollItem.setValue({ failures: 0, notBefore: 0, fastUntil: T0 + 60_000, waiting: [field] });
    provider.client.getRentState = async () => {
      provider.requests++;
      return { ok: true, value: listed([rental(1, [])]) };
    };
    const pollWrites = vi.spyOn(pollItem, 'setValue');
    const statusWrites = vi.spyOn(statusItem, 'setValue');
    await engine.poll(true);
    await engine.settled();
    expect(provider.requests).toBeGreaterThanOrEqual(30);
    expect(pollWrites).not.toHaveBeenCalled();
    expect(statusWrites.mock.calls.length).toBeLessThanOrEqual(60_000 / LAST_POLL_REFRESH_MS + 1);
    expect((await statusItem.getValue()).lastPollAt).toBeGreaterThan(T0 + 60_000 - LAST_POLL_REFRESH_MS - 5000);
  });

  it('sets the badge when what it says changes, not on every poll', async () => {
    const { engine, deps, provider } = setup({ activeTab: async () => null });
    await rentalsItem.setValue({ active: [known], ended: [] });
    await pollItem.setValue({ failures: 0, notBefore: 0, fastUntil: T0 + 60_000, waiting: [{ ...field, tabId: 9 }] });
    provider.client.getRentState = async () => {
      provider.requests++;
      return { ok: true, value: listed([rental(1, provider.requests >= 10 ? [message(7, 'Code 482913', T0)] : [])]) };
    };
    await engine.poll(true);
    await engine.settled();
    expect(provider.requests).toBeGreaterThanOrEqual(30);
    // Once when the worker first wrote it, once for the unread code.
    expect(vi.mocked(deps.setBadge).mock.calls).toEqual([[''], ['1']]);
  });

  it('while the popup is open, the poll that brings a code marks it read in the write that stores it', async () => {
    const { engine, provider } = setup();
    await rentalsItem.setValue({ active: [known], ended: [] });
    provider.client.getRentState = async () => {
      provider.requests++;
      return { ok: true, value: listed([rental(1, provider.requests >= 3 ? [message(7, 'Code 482913', T0)] : [])]) };
    };
    const { reads, writes } = count();
    const popup = engine.popupOpened();
    await vi.waitFor(() => expect(provider.requests).toBeGreaterThanOrEqual(6));
    popup.close();
    await engine.settled();
    // One read in all (the opening's look for unread codes); nothing unread then, so it wrote nothing.
    // The poll's write stores the code read; its notice is recorded in the next, once shown.
    expect(reads).toHaveBeenCalledTimes(1);
    expect(writes.mock.calls.map(([state]) => state.active[0]!.messages[0])).toMatchObject([
      { code: '482913', unread: false, notified: false },
      { code: '482913', unread: false, notified: true },
    ]);
    expect((await rentalsItem.getValue()).active[0]!.messages[0]).toMatchObject({ code: '482913', unread: false, notified: true });
  });

  it("tells each poll which messages are stored, so the answer's old ones are not read again", async () => {
    const { engine, provider } = setup();
    await rentalsItem.setValue({ active: [known], ended: [] });
    const told: (string[] | undefined)[] = [];
    provider.client.getRentState = async (options) => {
      const ids = options?.known?.(1);
      told.push(ids && [...ids]);
      return { ok: true, value: listed([rental(1, [message(7, 'Code 482913', T0)])]) };
    };
    await engine.poll(true);
    await engine.poll(true);
    // Nothing read yet before the first poll; the second knows the SMS the first stored.
    expect(told).toEqual([undefined, ['7']]);
  });

  it('a restarted worker reads the rentals from storage again, not from the stopped one', async () => {
    const first = setup();
    await rentalsItem.setValue({ active: [known], ended: [] });
    first.provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await first.engine.poll(true);
    // The browser stops the worker; storage changes while none runs (start-up repair, a migration)...
    const stored = await rentalsItem.getValue();
    const repaired = { ...stored.active[0]!, messages: stored.active[0]!.messages.map((m) => ({ ...m, filledInto: { host: 'bank.example', at: T0 } })) };
    await rentalsItem.setValue({ active: [repaired], ended: [] });
    // ...and the next worker starts from storage, with nothing in memory.
    const second = setup();
    second.provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0), message(8, 'Code 555123', T0 + 1000)])] };
    const { reads } = count();
    await second.engine.poll(true);
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await rentalsItem.getValue()).active[0]!.messages.map((m) => [m.code, m.filledInto?.host ?? null])).toEqual([
      ['482913', 'bank.example'],
      ['555123', null],
    ]);
  });
});

describe('engine: when and where a code goes by itself (issue 11)', () => {
  /** Extracts "@site #code" (optionally "@top #code @frame") like lib/otp does, else the first digits. */
  const bindingAware = (text: string) => {
    const m = /@(\S+) #(\d+)(?: @(\S+))?/.exec(text);
    return m ? { code: asCode(m[2]), confidence: 1, candidates: [], origin: m[1]!, embeddedOrigin: m[3] ?? null } : firstDigits(text);
  };
  const frames = (sendFill: EngineDeps['sendFill']) => vi.mocked(sendFill).mock.calls.map(([, frameId]) => frameId);

  it('never auto-fills what the first sync of a rental finds, but the popup still fills it on request', async () => {
    const { engine, deps, provider } = setup();
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    // Rented on the website a week ago: the first sync finds an SMS for another service, and one from a minute ago.
    provider.answer = { ok: true, value: [rental(1, [message(6, 'Code 111222', T0 - 7 * 86_400_000), message(7, 'Code 482913', T0 - 60_000)])] };
    await engine.poll(true);
    await engine.settled();
    expect(deps.sendFill).not.toHaveBeenCalled();
    const [, recent] = (await rentalsItem.getValue()).active[0]!.messages;
    expect(recent!.autoFill).toBe(false);
    expect(await engine.fillRequested(recent!)).toMatchObject({ ok: true });
  });

  it('does not auto-fill an old SMS the provider lists late, judged by the provider\'s own clock', async () => {
    const { engine, deps, provider } = setup();
    provider.answer = { ok: true, value: [rental(1, [message(6, 'Code 111222', T0 + 3_600_000)])] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    // First listed now, but the provider timed it an hour before the message it already showed.
    provider.answer = { ok: true, value: [rental(1, [message(6, 'Code 111222', T0 + 3_600_000), message(5, 'Code 999888', T0)])] };
    await engine.poll(true);
    expect(deps.sendFill).not.toHaveBeenCalled();
    // A message the provider timed after it (its clock, whatever its time zone) is news.
    provider.answer = { ok: true, value: [rental(1, [message(6, 'Code 111222', T0 + 3_600_000), message(8, 'Code 482913', T0 + 3_660_000)])] };
    await engine.poll(true);
    expect(vi.mocked(deps.sendFill).mock.calls.map(([, , r]) => r.code)).toEqual(['482913']);
  });

  it('gives one field report at most one code by itself; a new report may take the next', async () => {
    const { engine, deps, provider } = setup();
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0), message(8, 'Code 555666', T0 + 1000)])] };
    await engine.poll(true);
    expect(vi.mocked(deps.sendFill).mock.calls.map(([, , r]) => r.code)).toEqual(['482913']);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown({ present: false }));
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    expect(vi.mocked(deps.sendFill).mock.calls.map(([, , r]) => r.code)).toEqual(['482913', '555666']);
  });

  it('sends a code once while its fill is in flight, though the field reports again meanwhile (it took the focus)', async () => {
    // Seen in Chromium: the fill focuses a box, the page reports the focused field, and the report
    // delivered the still-unfilled code a second time; the two fills typed over each other and both failed.
    let again: Promise<void> | undefined;
    const sendFill = vi.fn(async (): Promise<FillReply> => {
      again ??= engine.fieldReported(5, 0, 'https://shop.example/verify', shown({ focused: true }));
      await new Promise((resolve) => setTimeout(resolve, 10));
      return { ok: true, host: 'shop.example' };
    });
    const { engine, provider } = setup({ sendFill });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    await again;
    expect(sendFill).toHaveBeenCalledTimes(1);
  });

  it('does not hand an unbound code to another site\'s frame that reported first; the page\'s own field gets it', async () => {
    const { engine, deps, provider } = setup({ topOrigin: async () => 'https://shop.example' });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 3, 'https://ads.example/widget', shown({ checked: true }));
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    expect(deps.sendFill).not.toHaveBeenCalled();
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown({ doc: 'doc-top-01' }));
    expect(frames(deps.sendFill)).toEqual([0]);
  });

  it('prefers the focused field of a same-site frame over the first report', async () => {
    const { engine, deps, provider } = setup({ topOrigin: async () => 'https://shop.example' });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 2, 'https://shop.example/a', shown({ doc: 'doc-frame-2' }));
    await engine.fieldReported(5, 4, 'https://login.shop.example/b', shown({ doc: 'doc-frame-4', focused: true }));
    await engine.settled(); // the fast loop's polls of the old answer are over, so the next poll reads the SMS
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    expect(frames(deps.sendFill)).toEqual([4]);
  });

  it('ties a report to its document: the fill names it, a new document starts over, a late "gone" of the old one is ignored', async () => {
    const { engine, deps, provider, advance } = setup({ sendFill: vi.fn(async () => null) });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown({ doc: 'doc-old-01' }));
    advance(10 * 60_000);
    await engine.fieldReported(5, 0, 'https://other.example/verify', shown({ doc: 'doc-new-01' }));
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown({ doc: 'doc-old-01', present: false }));
    const [field] = (await pollItem.getValue()).waiting;
    expect(field).toMatchObject({ doc: 'doc-new-01', frameUrl: 'https://other.example/verify', since: T0 + 10 * 60_000 });
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0)])] };
    await engine.poll(true);
    expect(vi.mocked(deps.sendFill).mock.calls[0]![2].doc).toBe('doc-new-01');
  });

  it('the context menu fills the frame it was opened in and records the fill; a code bound elsewhere is refused', async () => {
    const { engine, deps, provider } = setup({ extract: bindingAware, topOrigin: async () => 'https://shop.example', sendFill: vi.fn(async () => ({ ok: true as const, host: 'pay.example' })) });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    provider.answer = { ok: true, value: [rental(1, [message(7, 'Code 482913', T0), message(8, '@bank.example #111222', T0 + 1)])] };
    await engine.poll(true);
    const [plain, bound] = (await rentalsItem.getValue()).active[0]!.messages;
    expect(await engine.fillManually(plain, { frameId: 6, frameUrl: 'https://pay.example/3ds' })).toBe(true);
    expect(deps.sendFill).toHaveBeenLastCalledWith(5, 6, { type: 'fill', code: '482913', site: null, focusedOnly: true, doc: null, notice: 'SimFill filled in the code' });
    expect((await rentalsItem.getValue()).active[0]!.messages[0]!.filledInto).toMatchObject({ host: 'pay.example' });
    expect(await engine.fillManually(bound, { frameId: 6, frameUrl: 'https://pay.example/3ds' })).toBe(false);
    expect(deps.sendFill).toHaveBeenCalledTimes(1);
    // The shortcut asks every frame: only a frame of the bound site (its focused field) may take it.
    await engine.fillManually(bound);
    expect(deps.sendFill).toHaveBeenLastCalledWith(5, -1, { type: 'fill', code: '111222', site: 'bank.example', focusedOnly: true, doc: null, notice: 'SimFill filled in the code' });
  });

  it('fills an embedded-form code into that frame of that page only', async () => {
    const { engine, deps, provider } = setup({ extract: bindingAware, topOrigin: async () => 'https://www.shop.example' });
    provider.answer = { ok: true, value: [rental(1)] };
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://www.shop.example/checkout', shown({ doc: 'doc-top-01' }));
    await engine.fieldReported(5, 9, 'https://acs.pay.example/3ds', shown({ doc: 'doc-3ds-01', checked: true }));
    await engine.settled(); // the fast loop's polls of the old answer are over, so the next poll reads the SMS
    provider.answer = { ok: true, value: [rental(1, [message(7, '@shop.example #482913 @pay.example', T0)])] };
    await engine.poll(true);
    expect(frames(deps.sendFill)).toEqual([9]);
    expect(vi.mocked(deps.sendFill).mock.calls[0]![2]).toMatchObject({ site: 'pay.example', doc: 'doc-3ds-01' });
  });
});
