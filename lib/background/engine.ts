// The background's heart: polls the provider, reconciles, notifies and hands codes to the waiting tab.
// Everything it needs from the browser comes in through `EngineDeps`, so unit tests drive it with a fake
// clock and a fake provider, and a stopped worker resumes from storage alone.
import type { OnlineSimClient } from '../onlinesim/client.ts';
import { isTransient, stopsPolling, type ProviderError } from '../onlinesim/errors.ts';
import { translate, type Lang } from '../i18n.ts';
import { reconcile, type Extract } from '../rentals/reconcile.ts';
import { withRetention } from '../rentals/retention.ts';
import { rentalsItem, type RentalsState, type StoredMessage, type StoredRental } from '../storage/rentals.ts';
import type { KnownMessages } from '../onlinesim/types.ts';
import { statusItem } from '../storage/status.ts';
import { ledgerItem, type LedgerEntry } from '../storage/ledger.ts';
import { sitesOf, withEntry } from '../rentals/ledger.ts';
import { phoneForms } from '../phone/number-forms.ts';
import type { PhoneFillReply, PhoneFillRequest } from '../phone/protocol.ts';
import { siteOf } from './site-domain.ts';
import { settingsItem, type Settings } from '../storage/settings.ts';
import type { FillReply, FillRequest } from '../fill-protocol.ts';
import type { FieldReport } from '../messages.ts';
import type { DeliveryOutcome, NotFilled } from '../fill-outcome.ts';
import { backoffMs } from './backoff.ts';
import { badgeText } from './badge.ts';
import { createGate, type Gate } from './gate.ts';
import { expiryDue, expiryNotices, smsNotice, smsNoticeId, type Notice } from './notices.ts';
import { lastCallItem, pollItem, type WaitingField } from '../storage/session.ts';
import { hostOf } from '../otp/origin.ts';
import { asCode, latestCode } from '../otp/code.ts';
import { byPreference, framePermit, type Binding } from './frame-policy.ts';
import { domainOf } from './site.ts';
import { serialUpdater } from './serial.ts';
import { measurePollProcessing } from '../poll-timing.ts';
import { DISCOVERY_INTERVAL_MS, FAST_INTERVAL_MS, FAST_WINDOW_MS, FILL_RECENT_MS, LAST_POLL_REFRESH_MS, POPUP_WINDOW_MS } from './engine-timing.ts';

export interface EngineDeps {
  now: () => number;
  random: () => number;
  sleep: (ms: number) => Promise<void>;
  lang: Lang;
  /** A client for the saved settings and key, or null when no key is saved. */
  loadClient: () => Promise<OnlineSimClient | null>;
  extract: Extract;
  notify: (notice: Notice) => Promise<void>;
  setBadge: (text: string) => Promise<void>;
  /** The id of the active tab of the focused window, or null. (Its URL is not needed, and not readable
   * without the "tabs" permission: hosts come from the frames that report fields.) */
  activeTab: () => Promise<number | null>;
  /** The origin the tab's top frame shows (asked of its content script), or null. */
  topOrigin: (tabId: number) => Promise<string | null>;
  /** Sends a fill request to one frame (-1: every frame); null when no frame answered. */
  sendFill: (tabId: number, frameId: number, request: FillRequest) => Promise<FillReply | null>;
  /** Injects the phone-fill script into one frame and runs it; null when it could not run there. */
  fillPhone: (tabId: number, frameId: number, request: PhoneFillRequest) => Promise<PhoneFillReply | null>;
  /** Settles once stored state has been checked (lib/storage/repair.ts). Every entry point waits for it,
   * so no handler reads an item the check is about to repair, nor writes one it is about to replace. */
  ready?: Promise<unknown>;
}

export type Engine = ReturnType<typeof createEngine>;

export function createEngine(deps: EngineDeps) {
  const ready = deps.ready ?? Promise.resolve();
  const gate: Gate = createGate(deps.now, deps.sleep, {
    load: async () => {
      const at: unknown = await lastCallItem.getValue();
      return typeof at === 'number' && Number.isFinite(at) ? at : 0;
    },
    save: (at) => lastCallItem.setValue(at),
  });
  const updateRentals = serialUpdater(rentalsItem, { remember: true });
  /** The message ids of each rental as last stored, for the state they were taken from. */
  let lastKnown: { state: RentalsState; known: KnownMessages } | null = null;
  const updatePoll = serialUpdater(pollItem);
  const updateStatus = serialUpdater(statusItem);
  const updateLedger = serialUpdater(ledgerItem);
  /** The badge's text as this worker last set it; null: not set yet (a new worker sets it once). */
  let badge: string | null = null;
  let inFlight: Promise<PollOutcome> | null = null;
  let fastLoop: Promise<void> | null = null;
  /** Open popups, each with the time its port last said it is still there. */
  const popups = new Map<symbol, number>();

  const popupOpen = (): boolean => [...popups.values()].some((seen) => deps.now() - seen < POPUP_WINDOW_MS);

  /** Someone looks at SimFill right now: an open popup, or a code field in the tab the user is on,
   * reported within FAST_WINDOW_MS. A field in a tab left behind no longer counts. */
  async function someoneWaiting(): Promise<boolean> {
    if (popupOpen()) return true;
    const poll = await pollItem.getValue();
    if (poll.fastUntil <= deps.now() || poll.waiting.length === 0) return false;
    const tabId = await deps.activeTab();
    // No answer about the active tab (Firefox, just after start) is not a sign that the user left.
    return tabId === null || poll.waiting.some((w) => w.tabId === tabId);
  }

  async function recordFailure(error: ProviderError): Promise<void> {
    const waiting = await someoneWaiting();
    await updateStatus((s) => ({
      value: { ...s, stopped: s.stopped || stopsPolling(error), lastError: { error, at: deps.now() } },
      result: undefined,
    }));
    if (!isTransient(error)) return;
    const rateLimited = error.kind === 'rate-limited';
    await updatePoll((p) => {
      const failures = p.failures + 1;
      // "Too fast" is answered one step further down the backoff than other failures: the first wait
      // (2–4 s) is already longer than the fast pace, so the next request does not come as fast again.
      const step = rateLimited ? failures + 1 : failures;
      const delay = backoffMs(step, waiting, deps.random, rateLimited ? error.retryAfterMs : null);
      return { value: { ...p, failures, notBefore: deps.now() + delay }, result: undefined };
    });
  }

  /** Writes only what a success changes: in the fast loop that is nearly every second, and each write
   * is an IndexedDB transaction that wakes the popup. `lastPollAt` only paces the look for new rentals
   * (DISCOVERY_INTERVAL_MS), so it is refreshed once it is LAST_POLL_REFRESH_MS old, not on every poll. */
  async function recordSuccess(): Promise<void> {
    const now = deps.now();
    // Two items, each read and written on its own: side by side, not one after the other.
    await Promise.all([
      updatePoll((p) => ({ value: p.failures === 0 && p.notBefore === 0 ? p : { ...p, failures: 0, notBefore: 0 }, result: undefined })),
      updateStatus((s) => {
        const fresh = s.lastError === null && s.lastPollAt !== null && now - s.lastPollAt >= 0 && now - s.lastPollAt < LAST_POLL_REFRESH_MS;
        return { value: fresh ? s : { ...s, lastError: null, lastPollAt: now }, result: undefined };
      }),
    ]);
  }

  /** Runs one provider call through the gate and keeps the status (error banner, backoff) current. */
  async function call<T>(run: (client: OnlineSimClient) => Promise<{ ok: true; value: T } | { ok: false; error: ProviderError }>) {
    const client = await deps.loadClient();
    if (!client) return null;
    const result = await gate.run(() => run(client));
    if (result.ok) await recordSuccess();
    else await recordFailure(result.error);
    return result;
  }

  /** 'stopped': nothing to poll with (no key, or polling stopped until the settings change). */
  type PollOutcome = 'polled' | 'failed' | 'backing-off' | 'stopped';

  async function pollOnce(force: boolean): Promise<PollOutcome> {
    // The settings the answer is read with: read with the rest before the request, not after it.
    const [status, poll, settings] = await Promise.all([statusItem.getValue(), pollItem.getValue(), settingsItem.getValue()]);
    if (status.stopped) return 'stopped';
    if (!force && deps.now() < poll.notBefore) return 'backing-off';
    const result = await call((client) => client.getRentState({ known: knownMessages() }));
    if (!result) return 'stopped';
    if (!result.ok) return 'failed';
    // One read and at most one write of the rentals for the answer: it and its read marks are
    // applied to one copy, so the popup is woken once, or not at all. Its notices are shown while
    // it is written and recorded once shown (`noticesAfterWrite`), a fill's outcome once the page
    // answered (`fillFresh`), each in a write of its own queued right behind it.
    let after: Promise<unknown> = Promise.resolve();
    try {
      await changeRentals(async (stored) => {
        const next = reconcile(stored, result.value, deps.now(), deps.extract);
        // An answer that changes nothing (most polls of the fast loop) keeps the stored state itself, so
        // nothing is written unless retention or read marks follow.
        const base = withRetention(next.changed ? next.state : stored, deps.now(), settings.keepEndedMessagesDays);
        const fresh = next.fresh.map((f) => f.message);
        // Codes that arrive while the popup is open are read already.
        const value = popupOpen() && fresh.length > 0 ? allRead(base) : base;
        after = Promise.all([noticesAfterWrite(value, settings), fillFresh(fresh)]);
        return { value, result: undefined };
      });
      // Ends once the state with the SMS is stored: not the browser's notification call, made
      // meanwhile, nor the page's answer to its fill.
      measurePollProcessing();
    } finally {
      await after;
    }
    return 'polled';
  }

  /** Offers fresh codes to the field waiting for them, one after another, starting at once, while the
   * poll's state is written: the page answers a fill only once it has seen the code stay in the field
   * (50 ms and more, lib/otp/fill.ts), and holding the poll's write for that made a poll that brought an
   * SMS three times slower at 100 rentals. Called inside the poll's change, so the change that records
   * the outcomes is queued right behind it (and its notices'): deliveries stay one at a time, and a
   * field report made meanwhile queues behind it and finds the code filled. A worker stopped after
   * the poll's write and before the outcome's offers the code again when it starts (`resume`), as
   * it did when both were one write. */
  function fillFresh(fresh: StoredMessage[]): Promise<void> {
    if (fresh.length === 0) return Promise.resolve();
    const delivered = (async () => {
      const outcomes: [string, DeliveryOutcome | null][] = [];
      for (const message of fresh) outcomes.push([message.id, await deliver(message, false)]);
      return outcomes;
    })();
    // Awaited by the change below, once the poll's write is done: a failure is not unhandled meanwhile.
    delivered.catch(() => undefined);
    return changeRentals(async (state) => {
      let next = state;
      for (const [id, outcome] of await delivered) next = await withOutcome(next, id, outcome);
      return { value: next, result: undefined };
    });
  }

  /** Every change to the rentals: one read, one write (none when `change` hands the state back as
   * it was), and the badge from what it writes, set while it is written: a round trip to the
   * browser that need not wait for the commit. A write that fails leaves it one change ahead at
   * most: the next change sets it from the state it starts from, which is what storage holds. */
  async function changeRentals<R>(change: (state: RentalsState) => Promise<{ value: RentalsState; result: R }>): Promise<R> {
    let badgeSet: Promise<void> = Promise.resolve();
    const result = await updateRentals(async (state) => {
      const out = await change(state);
      badgeSet = showBadge(badgeText(out.value, deps.now(), deps.lang));
      // Awaited below once the write is done; a write that fails rejects first.
      badgeSet.catch(() => undefined);
      return out;
    });
    await badgeSet;
    return result;
  }

  /** Sets the badge unless it already says `text`: most polls change nothing on it, and each setting is a
   * round trip to the browser on the way of every poll. Remembered before the call, so of two changes
   * ending together the memory is the later call's, as the badge is. */
  async function showBadge(text: string): Promise<void> {
    if (text === badge) return;
    badge = text;
    try {
      await deps.setBadge(text);
    } catch (e) {
      badge = null;
      throw e;
    }
  }

  async function activeCount(): Promise<number> {
    return (await storedRentals()).active.length;
  }

  /** The engine is the rentals' only writer: what it last read or wrote is what storage holds. */
  async function storedRentals(): Promise<RentalsState> {
    return updateRentals.remembered() ?? (await rentalsItem.getValue());
  }

  /** The message ids of each active rental as stored, so a poll leaves those of the answer unread;
   * undefined until the engine has read the rentals once. */
  function knownMessages(): KnownMessages | undefined {
    const state = updateRentals.remembered();
    if (!state) return undefined;
    if (lastKnown?.state !== state) {
      const ids = new Map(state.active.map((r) => [r.tzid, new Set(r.messages.map((m) => m.id))] as const));
      lastKnown = { state, known: (tzid) => ids.get(tzid) };
    }
    return lastKnown.known;
  }

  /** Shows the notices `state` has not shown yet while it is written, and records them in a change
   * queued right behind that write, once shown: Chrome's notification call took 22–27 ms, all of
   * it on the way of the poll's write when the write waited for it. A notice is never recorded
   * before it is shown, so a worker stopped anywhere in between offers it again when it starts
   * (`resume`): none is lost. The background shows it again only if no worker did (notice-once.ts). */
  function noticesAfterWrite(state: RentalsState, settings: Settings): Promise<void> {
    if (withNotices(state, deps.now()).length === 0) return Promise.resolve();
    const shown = showNotices(state, settings);
    // Awaited by the change below, once the poll's write is done: no unhandled failure meanwhile.
    shown.catch(() => undefined);
    return changeRentals(async (current) => ({ value: (await shown)(current), result: undefined }));
  }

  function allRead(state: RentalsState): RentalsState {
    if (!state.active.some((r) => r.messages.some((m) => m.unread))) return state;
    // A list with nothing unread stays the list it was: the store writes only lists that changed.
    return { ...state, active: state.active.map((r) => (r.messages.some((m) => m.unread) ? { ...r, messages: r.messages.map((m) => ({ ...m, unread: false })) } : r)) };
  }

  /** The active rentals with a notice not shown yet. */
  const withNotices = (state: RentalsState, now: number): StoredRental[] =>
    state.active.filter((r) => r.messages.some((m) => !m.notified) || expiryDue(r, now));

  /** Shows every notice `state` has not shown yet and resolves with what records them, applied to
   * the state as it is by then (a fill's outcome may be recorded in between): lists and rentals
   * without a notice stay as they are, so the store writes only lists that changed
   * (rental-messages.ts). `settings`: as the caller read them, when it did. */
  async function showNotices(state: RentalsState, settings?: Settings): Promise<(current: RentalsState) => RentalsState> {
    const now = deps.now();
    const pending = withNotices(state, now);
    // Most polls have nothing to announce: then neither the settings nor the ledger are read.
    if (pending.length === 0) return (current) => current;
    const [ledger, { showCodesInNotifications }] = await Promise.all([ledgerItem.getValue(), settings ?? settingsItem.getValue()]);
    const notices = pending.flatMap((rental) => [
      ...rental.messages.filter((m) => !m.notified).map((m) => smsNotice(rental, m, deps.lang, showCodesInNotifications)),
      ...expiryNotices(rental, now, deps.lang, sitesOf(ledger, rental.tzid)).notices,
    ]);
    for (const notice of notices) await deps.notify(notice);
    const shown = new Set(notices.map((n) => n.id));
    const warned = new Map(pending.map((r) => [r.tzid, expiryNotices(r, now, deps.lang).warned]));
    return (current) => {
      const record = (rental: StoredRental): StoredRental => {
        const marked = rental.messages.some((m) => !m.notified && shown.has(smsNoticeId(rental.tzid, m.id)));
        return {
          ...rental,
          messages: marked ? rental.messages.map((m) => (shown.has(smsNoticeId(rental.tzid, m.id)) ? { ...m, notified: true } : m)) : rental.messages,
          warned: warned.get(rental.tzid)!,
        };
      };
      return current.active.some((r) => warned.has(r.tzid)) ? { ...current, active: current.active.map((r) => (warned.has(r.tzid) ? record(r) : r)) } : current;
    };
  }

  /** The on-page notice travels with the code: the background speaks the user's language even where
   * the browser's i18n does not (Chrome has no Kazakh UI locale). */
  const fillNotice = (): string => translate(deps.lang, 'codeFilledNotice', []);

  /** Hands a code to the tab the user is looking at, if it reported a visible OTP field, and returns where
   * it went or why it went nowhere. null: there was nothing to try by itself (filled already, filling
   * not automatic, no field waiting in that tab), which is no failure to tell the user about. Called only
   * inside a change of the rentals (a poll, or `fillAndRecord`), so deliveries happen one at a time, each
   * with the message as stored at its turn: a field report and a poll can both find the same unfilled
   * code, and a fill in flight makes a report of its own (typing moves the focus into the field); two
   * deliveries at once typed the same code over each other and both failed (Chromium, a four-box page).
   * `requested`: the user asked for this code from the popup, so the fill mode, the per-site switch,
   * freshness and the frame's site give way; an origin binding and the content script's own checks do
   * not. A failure names the reason of the field it preferred (the first one tried). */
  async function deliver(message: StoredMessage, requested: boolean): Promise<DeliveryOutcome | null> {
    const code = asCode(message.code);
    if (!code || (!requested && (message.filledInto || !message.autoFill))) return null;
    const settings = await settingsItem.getValue();
    if (settings.fillMode !== 'auto' && !requested) return null;
    const tabId = await deps.activeTab();
    const now = deps.now();
    const fields = tabId === null ? [] : byPreference((await pollItem.getValue()).waiting.filter((w) => w.tabId === tabId && (requested || !w.used)));
    if (tabId === null || fields.length === 0) return requested ? { ok: false, reason: 'no-field' } : null;
    const topUrl = fields.find((f) => f.frameId === 0)?.frameUrl ?? (await deps.topOrigin(tabId));
    let reason: NotFilled | null = null;
    for (const field of fields) {
      const frame = { frameId: field.frameId, frameUrl: field.frameUrl, topUrl, checkedAcrossFrames: field.checked };
      const permit = framePermit(bindingOf(message), frame, requested);
      const refused = permit ? refusal(field) : message.origin ? 'other-site' : 'foreign-frame';
      if (!permit || refused) {
        reason ??= refused;
        continue;
      }
      const request: FillRequest = { type: 'fill', code, site: permit.site, focusedOnly: false, doc: field.doc, notice: fillNotice() };
      const reply = await deps.sendFill(tabId, field.frameId, request);
      if (reply?.ok) {
        if (!requested) await markUsed(field);
        return reply;
      }
      reason ??= reply?.reason ?? 'no-answer';
    }
    return { ok: false, reason: reason ?? 'no-field' };

    /** Why this permitted field may not have the code by itself; null: it may. */
    function refusal(field: WaitingField): NotFilled | null {
      if (requested) return null;
      // The per-site switch names the site whose field it is (a sign-in frame counts as its own site).
      if (settings.disabledSites.includes(hostOf(field.frameUrl) ?? '')) return 'site-off';
      return message.seenAt < field.since && now - message.seenAt > FILL_RECENT_MS ? 'too-old' : null;
    }
  }

  /** One field report takes at most one code by itself: a second SMS (another service's, a resend) is
   * the user's to place. */
  async function markUsed(field: WaitingField): Promise<void> {
    await updatePoll((p) => ({
      value: { ...p, waiting: p.waiting.map((w) => (w.tabId === field.tabId && w.frameId === field.frameId && w.doc === field.doc ? { ...w, used: true } : w)) },
      result: undefined,
    }));
  }

  /** The ledger of use: which site got which rental's number or code. */
  async function recordUse(tzid: number, host: string, what: LedgerEntry['what'], value: string): Promise<void> {
    const entry: LedgerEntry = { tzid, site: siteOf(host), at: deps.now(), what, value };
    await updateLedger((ledger) => ({ value: withEntry(ledger, entry), result: undefined }));
  }

  /** `state` with a delivery's outcome recorded on the message: filled (and read; the use goes into the
   * ledger), or why not, which the popup shows until a later fill succeeds. null: nothing to record. */
  async function withOutcome(state: RentalsState, messageId: string, outcome: DeliveryOutcome | null): Promise<RentalsState> {
    const rental = state.active.find((r) => r.messages.some((m) => m.id === messageId));
    const stored = rental?.messages.find((m) => m.id === messageId);
    if (!outcome || !rental || !stored?.code) return state;
    const at = deps.now();
    if (outcome.ok) await recordUse(rental.tzid, outcome.host, 'code', stored.code);
    // A failed retry does not undo an earlier fill; the same reason again is no news (and no write).
    else if (stored.filledInto || stored.notFilled?.reason === outcome.reason) return state;
    const { notFilled: _, ...rest } = stored;
    const updated: StoredMessage = outcome.ok ? { ...rest, filledInto: { host: outcome.host, at }, unread: false } : { ...rest, notFilled: { reason: outcome.reason, at } };
    return { ...state, active: state.active.map((r) => (r === rental ? { ...r, messages: r.messages.map((m) => (m === stored ? updated : m)) } : r)) };
  }

  /** Fills the latest code if it came recently, was not filled and a field waits for it in the tab the
   * user is on: a field that appeared after the SMS, or a fill a stopped worker had in flight. */
  async function fillRecent(): Promise<void> {
    const now = deps.now();
    const { active } = await storedRentals();
    const recent = latestCode(active.flatMap((r) => r.messages), (m) => m.autoFill && !m.filledInto && now - m.seenAt <= FILL_RECENT_MS);
    if (recent) await fillAndRecord(recent.message, (current) => deliver(current, false));
  }

  /** A fill outside a poll (a field report, the popup's button, the shortcut), made inside a change of
   * the rentals: it waits for any fill in flight, learns whether the code was filled meanwhile, and its
   * outcome is recorded in the same write. */
  async function fillAndRecord(message: StoredMessage, fill: (current: StoredMessage) => Promise<DeliveryOutcome | null>): Promise<DeliveryOutcome | null> {
    return changeRentals(async (state) => {
      const stored = state.active.flatMap((r) => r.messages).find((m) => m.id === message.id);
      const outcome = await fill({ ...message, filledInto: stored?.filledInto ?? message.filledInto });
      return { value: await withOutcome(state, message.id, outcome), result: outcome };
    });
  }

  /** Polls as fast as the gate allows while someone waits and there is a rental to watch. Every turn
   * asks again, so the loop ends by itself when the popup closes, the field's report grows old or the
   * user moves to another tab; a stopped worker's loop simply ends with it. */
  function runFastLoop(): void {
    if (fastLoop) return;
    fastLoop = (async () => {
      while ((await someoneWaiting()) && (await activeCount()) > 0) {
        if ((await poll(false)) === 'stopped') return;
        // Sleeping the whole gap here, rather than in the gate, puts the "still waiting?" check right
        // before the next request, so none goes out after the deadline. After a failure the backoff
        // sets the next poll: waiting it out in one sleep avoids a turn a second.
        const { notBefore } = await pollItem.getValue();
        await deps.sleep(Math.max(FAST_INTERVAL_MS, notBefore - deps.now()));
      }
    })().finally(() => {
      fastLoop = null;
    });
  }

  /** Single-flight: a second caller shares the poll already running. After any poll the fast loop
   * starts if someone waits and there is now a rental to watch (a rent from the open popup, a rental
   * the poll just discovered); it is a no-op while the loop already runs. */
  function poll(force: boolean): Promise<PollOutcome> {
    inFlight ??= ready.then(() => pollOnce(force)).finally(() => {
      inFlight = null;
      runFastLoop();
    });
    return inFlight;
  }

  return {
    gate,
    call,
    /** Resolves once the fast loop and any running poll are done (tests; nothing else waits on it). */
    async settled(): Promise<void> {
      while (fastLoop ?? inFlight) await (fastLoop ?? inFlight);
    },
    poll,

    /** The 30 s alarm: the guarantee that survives the worker being stopped. */
    async onAlarm(): Promise<void> {
      await ready;
      if ((await activeCount()) === 0 && !(await someoneWaiting())) return; // nothing to watch: no requests at all
      await poll(false);
    },

    /** On worker start: finish what a stopped worker left (unshown notices, a fill it had in flight),
     * resume the fast loop. */
    async resume(): Promise<void> {
      await ready;
      await changeRentals(async (state) => ({ value: (await showNotices(state))(state), result: undefined }));
      await fillRecent();
      runFastLoop();
    },

    async fieldReported(tabId: number, frameId: number, frameUrl: string, report: FieldReport): Promise<void> {
      await ready;
      const now = deps.now();
      const { present, doc } = report;
      if (!hostOf(frameUrl)) return;
      await updatePoll((p) => {
        const sameFrame = (w: WaitingField) => w.tabId === tabId && w.frameId === frameId;
        const existing = p.waiting.find(sameFrame);
        // A late "gone" from the document this frame showed before must not drop the new one's report.
        if (!present && existing && existing.doc !== doc) return { value: p, result: undefined };
        const others = p.waiting.filter((w) => !sameFrame(w));
        // A report belongs to its document: a new document in the frame starts over (age, used).
        const kept = existing?.doc === doc ? existing : undefined;
        const field: WaitingField = { tabId, frameId, frameUrl, doc, since: kept?.since ?? now, focused: report.focused, checked: report.checked, used: kept?.used ?? false };
        const waiting = present ? [...others, field] : others;
        return { value: { ...p, waiting, fastUntil: present ? now + FAST_WINDOW_MS : p.fastUntil }, result: undefined };
      });
      if (!present) return;
      // The SMS may have come before the page.
      await fillRecent();
      // Nothing rented that we know of: the user may have just rented on the website. Look once, then
      // leave it to the 30 s alarm, so pages with code fields cost nothing for people not renting.
      const { lastPollAt } = await statusItem.getValue();
      if ((await activeCount()) === 0 && (lastPollAt === null || now - lastPollAt >= DISCOVERY_INTERVAL_MS)) await poll(false);
      else runFastLoop();
    },

    tabClosed: (tabId: number) =>
      ready.then(() => updatePoll((p) => ({ value: { ...p, waiting: p.waiting.filter((w) => w.tabId !== tabId) }, result: undefined }))),

    /** The popup is open: its codes are read; poll now and keep polling fast while it stays open.
     * `renew` is called on each of the port's heartbeats: a popup whose heartbeats stop (its port never
     * said goodbye) stops counting after POPUP_WINDOW_MS. */
    popupOpened(): { renew: () => void; close: () => void } {
      const id = Symbol('popup');
      popups.set(id, deps.now());
      void ready.then(() => changeRentals(async (state) => ({ value: allRead(state), result: undefined })));
      void poll(true);
      return {
        renew: () => {
          if (popups.has(id)) popups.set(id, deps.now());
        },
        close: () => void popups.delete(id),
      };
    },


    /** The popup's "Fill" button: this code into the code field of the page the user is on; where it
     * went, or why not. */
    fillRequested: (message: StoredMessage): Promise<DeliveryOutcome> =>
      ready.then(async () => (await fillAndRecord(message, (current) => deliver(current, true))) ?? { ok: false, reason: 'no-field' }),

    /** Fills a rental's number into the phone field of the tab the user acts on (frame 0 unless the
     * context menu named another), and records where it went. null: nothing could run there. */
    async fillNumber(tzid: number, target?: { tabId: number; frameId: number }): Promise<PhoneFillReply | null> {
      await ready;
      const rental = (await storedRentals()).active.find((r) => r.tzid === tzid);
      const forms = rental && phoneForms(rental.country, rental.number);
      const tabId = target?.tabId ?? (await deps.activeTab());
      if (!rental || !forms || tabId === null) return null;
      const reply = await deps.fillPhone(tabId, target?.frameId ?? 0, forms);
      if (reply?.ok) await recordUse(tzid, reply.host, 'number', reply.form === 'national' ? forms.national : forms.international);
      return reply;
    },

    /** Fills a given message's code into the focused field of the active tab: the shortcut asks every
     * frame (only the one holding the focused field answers), the context menu the frame it was opened
     * in. The user chose the field, so the per-site switch and freshness do not apply; a code bound to
     * another site still never goes in. */
    async fillManually(message: StoredMessage | undefined, frame?: { frameId: number; frameUrl: string }): Promise<boolean> {
      await ready;
      const tabId = await deps.activeTab();
      const code = asCode(message?.code);
      if (tabId === null || !message || !code) return false;
      let site: string | null = null;
      if (frame) {
        const topUrl = frame.frameId === 0 ? frame.frameUrl : await deps.topOrigin(tabId);
        const permit = framePermit(bindingOf(message), { ...frame, topUrl, checkedAcrossFrames: false }, true);
        if (!permit) return false;
        site = permit.site;
      } else if (message.origin) {
        // Which frame holds the focus is known only to the frames: each checks its host against this.
        site = domainOf((message.embeddedOrigin ?? message.origin).replace(/:\d+$/, ''));
        if (!site) return false;
      }
      // Only a success is recorded: the user picked the field, and a refusal there says nothing about the code.
      const outcome = await fillAndRecord(message, async () => {
        const reply = await deps.sendFill(tabId, frame?.frameId ?? -1, { type: 'fill', code, site, focusedOnly: true, doc: null, notice: fillNotice() });
        return reply?.ok ? reply : null;
      });
      return outcome?.ok === true;
    },
  };
}

function bindingOf(message: StoredMessage): Binding {
  return { origin: message.origin, embedded: message.embeddedOrigin };
}
