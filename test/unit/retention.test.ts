// Ended rentals keep their messages for the user's number of days, then only their summary; active
// rentals and the ledger are never trimmed. Storage therefore stops growing with time, not with use.
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { DEFAULT_KEEP_DAYS, keepDays, withRetention } from '../../lib/rentals/retention.ts';
import { ledgerItem } from '../../lib/storage/ledger.ts';
import { rentalsItem, type RentalsState } from '../../lib/storage/rentals.ts';
import { settingsItem } from '../../lib/storage/settings.ts';
import { testEngineDeps } from './support/engine.ts';
import { listed, rental, storedMessage, storedRental, T0 } from './support/rentals.ts';

const DAY = 86_400_000;
const messages = (tzid: number, n: number) => Array.from({ length: n }, (_, i) => storedMessage({ id: `${tzid}-${i}` }));

function state(): RentalsState {
  return {
    active: [storedRental({ tzid: 1, messages: messages(1, 200), expiresAt: T0 - 40 * DAY })],
    ended: [
      storedRental({ tzid: 2, endedAt: T0 - 29 * DAY, messages: messages(2, 200) }),
      storedRental({ tzid: 3, endedAt: T0 - 31 * DAY, messages: messages(3, 200) }),
      storedRental({ tzid: 4, endedAt: null, expiresAt: T0 - 90 * DAY, messages: messages(4, 5) }),
    ],
  };
}

describe('retention', () => {
  it('drops the messages of rentals ended more than 30 days ago and keeps their summaries', () => {
    const kept = withRetention(state(), T0, DEFAULT_KEEP_DAYS);
    expect(kept.ended.map((r) => [r.tzid, r.messages.length])).toEqual([[2, 200], [3, 0], [4, 0]]);
    const { messages: _, ...summary } = state().ended[1]!;
    expect(kept.ended[1]).toEqual({ ...summary, messages: [] });
    expect(kept.active).toEqual(state().active); // an active rental keeps everything, however old
  });

  it('follows the setting, and hands the state back untouched when nothing is due', () => {
    expect(withRetention(state(), T0, 7).ended.every((r) => r.messages.length === 0)).toBe(true);
    const young = state();
    expect(withRetention(young, T0, 365)).toBe(young);
  });

  it('reads a setting it cannot use as the default, and keeps it within bounds', () => {
    expect(keepDays('thirty')).toBe(30);
    expect(keepDays(Number.NaN)).toBe(30);
    expect(keepDays(0)).toBe(1);
    expect(keepDays(1e9)).toBe(3650);
  });

  it('stays bounded over a year of rentals: stored size stops growing once rentals age out', async () => {
    // 12 months, 10 rentals of 200 SMS ended each month: what is kept is the last month's messages.
    let s: RentalsState = { active: [], ended: [] };
    const sizes: number[] = [];
    for (let month = 0; month < 12; month++) {
      const now = T0 + month * 30 * DAY;
      const newlyEnded = Array.from({ length: 10 }, (_, i) => storedRental({ tzid: month * 100 + i, endedAt: now, messages: messages(month * 100 + i, 200) }));
      s = withRetention({ active: [], ended: [...newlyEnded, ...s.ended] }, now + 1, DEFAULT_KEEP_DAYS);
      sizes.push(JSON.stringify(s).length);
    }
    const withMessages = s.ended.filter((r) => r.messages.length > 0);
    expect(withMessages).toHaveLength(10);
    expect(s.ended).toHaveLength(120); // every summary kept
    // Month 2 onwards grows by ten summaries a month only, a thousandth of a month of messages.
    expect(sizes[11]! - sizes[1]!).toBeLessThan(0.1 * sizes[0]!);
  });
});

describe('retention in the background', () => {
  beforeEach(() => fakeBrowser.reset());

  it('applies on the next poll, with the user\u2019s days, and leaves the ledger alone', async () => {
    const client = { getRentState: async () => ({ ok: true, value: listed([rental(1)]) }) } as unknown as OnlineSimClient;
    const { deps } = testEngineDeps(client, T0);
    await settingsItem.setValue({ ...(await settingsItem.getValue()), keepEndedMessagesDays: 10 });
    const ledger = { entries: [{ tzid: 3, site: 'shop.example', at: T0 - 40 * DAY, what: 'code' as const, value: '482913' }] };
    await ledgerItem.setValue(ledger);
    await rentalsItem.setValue({ active: [storedRental({ tzid: 1 })], ended: [storedRental({ tzid: 2, endedAt: T0 - 9 * DAY, messages: messages(2, 3) }), storedRental({ tzid: 3, endedAt: T0 - 11 * DAY, messages: messages(3, 3) })] });
    await createEngine(deps).poll(true);
    const { ended } = await rentalsItem.getValue();
    expect(ended.map((r) => [r.tzid, r.messages.length])).toEqual([[2, 3], [3, 0]]);
    expect(await ledgerItem.getValue()).toEqual(ledger);
  });
});
