import { describe, expect, it } from 'vitest';
import { reconcile } from '../../lib/rentals/reconcile.ts';
import { MAX_ENDED, type RentalsState } from '../../lib/storage/rentals.ts';
import { firstDigits, listed, message, rental, T0 } from './support/rentals.ts';

const empty: RentalsState = { active: [], ended: [] };

describe('reconcile', () => {
  it('adds a rental made on the website and extracts codes of its recent messages', () => {
    const { state, fresh } = reconcile(empty, listed([rental(1, [message(10, 'Code 482913', T0 - 60_000)])]), T0, firstDigits);
    expect(state.active.map((r) => r.tzid)).toEqual([1]);
    expect(state.active[0]!.messages[0]).toMatchObject({ code: '482913', unread: true, notified: false, seenAt: T0 });
    expect(fresh.map((f) => f.message.id)).toEqual(['10']);
  });

  it('treats old messages of a rental seen for the first time as history: no badge, no notification', () => {
    const { state } = reconcile(empty, listed([rental(1, [message(10, 'Code 111111', T0 - 3_600_000)])]), T0, firstDigits);
    expect(state.active[0]!.messages[0]).toMatchObject({ unread: false, notified: true });
  });

  it('de-duplicates messages by id, keeps what was stored, and orders by arrival', () => {
    const first = reconcile(empty, listed([rental(1, [message(2, 'Code 222222', T0 + 2000)])]), T0, firstDigits).state;
    const stored = { ...first, active: first.active.map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, unread: false, filledInto: { host: 'a.test', at: T0 } })) })) };
    const answer = [rental(1, [message(2, 'Code 222222', T0 + 2000), message(1, 'Code 111111', T0 + 1000), message(2, 'Code 222222', T0 + 2000)])];
    const { state, fresh } = reconcile(stored, listed(answer), T0 + 5000, firstDigits);
    expect(state.active[0]!.messages.map((m) => m.id)).toEqual(['1', '2']);
    expect(state.active[0]!.messages[1]).toMatchObject({ unread: false, filledInto: { host: 'a.test', at: T0 } });
    expect(fresh.map((f) => f.message.id)).toEqual(['1']);
  });

  it('keeps a vanished rental as ended history, bounded', () => {
    let state: RentalsState = empty;
    for (let tzid = 1; tzid <= MAX_ENDED + 5; tzid++) {
      state = reconcile(state, listed([rental(tzid)]), T0 + tzid, firstDigits).state;
    }
    state = reconcile(state, listed([]), T0 + 1000, firstDigits).state;
    expect(state.active).toEqual([]);
    expect(state.ended).toHaveLength(MAX_ENDED);
    expect(state.ended[0]).toMatchObject({ tzid: MAX_ENDED + 5, endedAt: T0 + 1000 });
  });

  it('brings an ended rental back, with its messages, when the provider lists it again', () => {
    const once = reconcile(empty, listed([rental(1, [message(1, 'Code 123456', T0)])]), T0, firstDigits).state;
    const gone = reconcile(once, listed([]), T0 + 1000, firstDigits).state;
    const { state, fresh } = reconcile(gone, listed([rental(1, [message(1, 'Code 123456', T0)])]), T0 + 2000, firstDigits);
    expect(state.active.map((r) => r.tzid)).toEqual([1]);
    expect(state.ended).toEqual([]);
    expect(fresh).toEqual([]);
  });

  it('keeps the countdown steady across the provider flooring minutes, but follows an extension', () => {
    const first = reconcile(empty, listed([rental(1, [], { expiresAt: T0 + 60 * 60_000 })]), T0, firstDigits).state;
    const jitter = reconcile(first, listed([rental(1, [], { expiresAt: T0 + 60 * 60_000 - 59_000 })]), T0 + 1000, firstDigits).state;
    expect(jitter.active[0]!.expiresAt).toBe(T0 + 60 * 60_000);
    const extended = reconcile(jitter, listed([rental(1, [], { expiresAt: T0 + 8 * 24 * 3_600_000 })]), T0 + 2000, firstDigits).state;
    expect(extended.active[0]!.expiresAt).toBe(T0 + 8 * 24 * 3_600_000);
  });

  it('says whether anything changed, so a poll that brought nothing new writes nothing', () => {
    const answer = listed([rental(1, [message(10, 'Code 482913', T0 - 60_000)]), rental(2)]);
    const first = reconcile(empty, answer, T0, firstDigits);
    expect(first.changed).toBe(true);
    const again = reconcile(first.state, answer, T0 + 1000, firstDigits);
    expect(again.changed).toBe(false);
    expect(again.state).toEqual(first.state);
    const sms = reconcile(first.state, listed([rental(1, [message(10, 'Code 482913', T0 - 60_000), message(11, 'Code 555555', T0)]), rental(2)]), T0 + 2000, firstDigits);
    expect(sms.changed).toBe(true);
    const extended = reconcile(first.state, listed([rental(1, [message(10, 'Code 482913', T0 - 60_000)]), rental(2, [], { expiresAt: T0 + 30 * 86_400_000 })]), T0 + 2000, firstDigits);
    expect(extended.changed).toBe(true);
    const ended = reconcile(first.state, listed([rental(1, [message(10, 'Code 482913', T0 - 60_000)])]), T0 + 2000, firstDigits);
    expect(ended.changed).toBe(true);
  });

});
