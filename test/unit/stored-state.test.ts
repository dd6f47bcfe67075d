// Stored data is input too: whatever is in storage at start-up, the background repairs it to a valid
// shape without throwing, keeps what still fits, and says which item it repaired without saying what
// was in it.
import fc from 'fast-check';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import { pollItem, type PollState } from '../../lib/storage/session.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { reconcile } from '../../lib/rentals/reconcile.ts';
import { MAX_ENDED, rentalsItem, type RentalsState, type StoredRental } from '../../lib/storage/rentals.ts';
import { statusItem } from '../../lib/storage/status.ts';
import {
  engineStatusSchema,
  pollStateSchema,
  rentalsStateSchema,
  salvageMessage,
  salvageRentals,
  salvageSettings,
  settingsSchema,
} from '../../lib/storage/schemas.ts';
import { settingsItem, type Settings } from '../../lib/storage/settings.ts';
import { DEFAULT_API_ADDRESS } from '../../lib/onlinesim/address.ts';
import { repairStoredState } from '../../lib/storage/repair.ts';
import { moveOutOfLocalStorage, readPrivate, writePrivate } from '../../lib/storage/store.ts';
import { IDBFactory } from 'fake-indexeddb';
import { testEngineDeps } from './support/engine.ts';
import { firstDigits, listed, message, rental, T0 } from './support/rentals.ts';

const SECRET_TEXT = 'Your code is 482913 do not share';

/** A state as the background writes it: two active rentals with messages, one ended. */
function validRentals(): RentalsState {
  const first = reconcile({ active: [], ended: [] }, listed([rental(1), rental(2), rental(3)]), T0, firstDigits).state;
  const answer = [rental(1, [message(7, SECRET_TEXT, T0), message(8, 'Code 1111', T0 + 1)]), rental(2, [message(9, 'Code 2222', T0)])];
  return reconcile(first, listed(answer), T0 + 60_000, firstDigits).state;
}

/** Writes a value as it might be found in the private store, bypassing every check. */
const raw = (key: string, value: unknown) => writePrivate(key, value);
const PRIVATE_KEYS = ['rentals', 'status', 'settings'];
const snapshot = async () => Promise.all(PRIVATE_KEYS.map((k) => readPrivate(k)));

async function repair() {
  const log = vi.fn<(msg: string) => void>();
  const repaired = await repairStoredState(log);
  return { repaired, lines: log.mock.calls.map(([line]) => line) };
}

async function expectAllValid() {
  expect(rentalsStateSchema.safeParse(await rentalsItem.getValue()).success).toBe(true);
  expect(engineStatusSchema.safeParse(await statusItem.getValue()).success).toBe(true);
  expect(settingsSchema.safeParse(await settingsItem.getValue()).success).toBe(true);
  expect(pollStateSchema.safeParse(await pollItem.getValue()).success).toBe(true);
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('state the background wrote itself', () => {
  it('passes untouched: nothing repaired, nothing logged, nothing rewritten', async () => {
    const rentals = validRentals();
    await rentalsItem.setValue(rentals);
    await statusItem.setValue({ balance: { balance: '230.25', frozen: '120.5' }, lastPollAt: T0, lastError: null, stopped: false });
    await settingsItem.setValue({ apiAddress: 'http://127.0.0.1:8080/api/', confirmedHost: '127.0.0.1:8080', hasKey: true, fillMode: 'off', disabledSites: ['bank.example'], showCodesInNotifications: false, keepEndedMessagesDays: 7 });
    await pollItem.setValue({ failures: 2, notBefore: T0, fastUntil: T0, waiting: [{ tabId: 5, frameId: 0, frameUrl: 'https://shop.example/', doc: 'doc-0001', since: T0, focused: false, checked: false, used: false }] });
    const before = await snapshot();

    expect(await repair()).toEqual({ repaired: [], lines: [] });
    expect(await snapshot()).toEqual(before);
    expect(await rentalsItem.getValue()).toEqual(rentals);
  });

  it('a fresh install (nothing stored) needs no repair', async () => {
    expect(await repair()).toEqual({ repaired: [], lines: [] });
    await expectAllValid();
  });
});

describe('garbage in every item', () => {
  const garbage: [string, unknown][] = [
    ['a string', 'garbage'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', [1, 'two', null]],
    ['an empty object', {}],
    ['a huge string', 'x'.repeat(1_000_000)],
    ['wrong types everywhere', { active: 'x', ended: 7, balance: [], lastPollAt: 'now', apiAddress: 5, fillMode: 'always', waiting: {}, failures: -1 }],
    ['prototype keys', JSON.parse('{"__proto__":{"active":[]},"constructor":{"prototype":{}}}')],
    ['deep nesting', JSON.parse('['.repeat(500) + ']'.repeat(500))],
  ];

  it.each(garbage)('%s in each item is repaired to a valid shape, and the second start-up finds nothing to repair', async (_, value) => {
    for (const key of ['rentals', 'status', 'settings']) await raw(key, value);
    await fakeBrowser.storage.session.set({ poll: value });

    const { repaired, lines } = await repair();
    // An empty object is a valid nothing for no item, but `{}` misses fields everywhere, so all four fail.
    expect(repaired.sort()).toEqual(['poll', 'rentals', 'settings', 'status']);
    expect(lines).toHaveLength(4);
    await expectAllValid();
    expect(await repair()).toEqual({ repaired: [], lines: [] });
  });

  it('null in an item is "nothing stored": the fallback, no repair', async () => {
    await raw('rentals', null);
    expect(await repair()).toEqual({ repaired: [], lines: [] });
    expect(await rentalsItem.getValue()).toEqual({ active: [], ended: [] });
  });

  it('anything at all, in any item, ends valid and nothing throws', async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom('rentals', 'status', 'settings', 'poll'), async (value, key) => {
        tried++;
        fakeBrowser.reset();
        globalThis.indexedDB = new IDBFactory();
        if (key === 'poll') await fakeBrowser.storage.session.set({ poll: value });
        else await raw(key, value);
        await repair();
        await expectAllValid();
      }),
      { numRuns: 500, seed: 3 },
    );
    console.info(`stored-state: ${tried} arbitrary JSON values repaired`);
  });
});

describe('keeping what can be kept', () => {
  it('one broken rental is dropped, the others keep their messages and read state', async () => {
    const state = validRentals();
    const broken = { ...state.active[0]!, tzid: -5 };
    await raw('rentals', { ...state, active: [broken, state.active[1]] });

    const { repaired, lines } = await repair();
    expect(repaired).toEqual(['rentals']);
    expect(lines[0]).toContain('rentals');
    const after = await rentalsItem.getValue();
    expect(after.active).toEqual([state.active[1]]);
    expect(after.ended).toEqual(state.ended);
  });

  it.each<[string, Partial<StoredRental> | Record<string, unknown>]>([
    ['a negative tzid', { tzid: -1 }],
    ['a fractional tzid', { tzid: 1.5 }],
    ['a tzid beyond safe integers', { tzid: 2 ** 60 }],
    ['a tzid as a string', { tzid: '1' }],
    ['no number', { number: undefined }],
    ['an empty number', { number: '' }],
    ['no expiry', { expiresAt: null }],
  ])('a rental with %s is dropped', async (_, change) => {
    const state = validRentals();
    await raw('rentals', { ...state, active: [{ ...state.active[0]!, ...change }, state.active[1]] });
    await repair();
    expect((await rentalsItem.getValue()).active.map((r) => r.tzid)).toEqual([2]);
  });

  it('a broken message is dropped, not its rental', async () => {
    const state = validRentals();
    const [m7, m8] = state.active[0]!.messages;
    const messages = [{ ...m7, id: 12 }, m8, 'not a message', null];
    await raw('rentals', { ...state, active: [{ ...state.active[0], messages }, state.active[1]] });

    await repair();
    const after = await rentalsItem.getValue();
    expect(after.active.map((r) => r.tzid)).toEqual([1, 2]);
    expect(after.active[0]!.messages).toEqual([m8]);
  });

  it('a message whose bookkeeping broke is kept, and neither announced nor filled again', async () => {
    const state = validRentals();
    const m7 = state.active[0]!.messages[0]!;
    const hurt = { ...m7, unread: 'yes', notified: NaN, seenAt: 'then', filledInto: 3 };
    await raw('rentals', { ...state, active: [{ ...state.active[0], messages: [hurt] }] });

    await repair();
    const kept = (await rentalsItem.getValue()).active[0]!.messages[0]!;
    expect(kept).toEqual({ ...m7, unread: false, notified: true, seenAt: 0, filledInto: null });
  });

  it('a code whose site binding cannot be read is dropped, so it is never filled on the wrong site', () => {
    const m = { ...message(7, '@bank.example #482913'), code: '482913', candidates: ['482913'], origin: 42 };
    expect(salvageMessage(m)).toMatchObject({ id: '7', code: null, candidates: [], origin: null, text: '@bank.example #482913' });
  });

  it('NaN and infinities (kept by Firefox\'s structured clone) never pass as numbers', () => {
    const state = validRentals();
    const m = state.active[0]!.messages[0]!;
    const salvaged = salvageRentals({
      active: [{ ...state.active[0], expiresAt: NaN }, { ...state.active[1], rentDays: Infinity, messages: [{ ...m, receivedAt: -Infinity }] }],
      ended: [],
    });
    expect(salvaged.active.map((r) => r.tzid)).toEqual([2]);
    expect(salvaged.active[0]!.rentDays).toBe(0);
    expect(salvaged.active[0]!.messages[0]!.receivedAt).toBe(0);
    expect(rentalsStateSchema.safeParse(salvaged).success).toBe(true);
  });

  it('duplicate rentals and messages keep the first; the history keeps at most MAX_ENDED', async () => {
    const state = validRentals();
    const one = state.active[0]!;
    const ended = Array.from({ length: MAX_ENDED + 5 }, (_, i) => ({ ...one, tzid: 100 + i, endedAt: T0 }));
    await raw('rentals', { active: [one, { ...one, number: '000' }, { ...one, messages: [...one.messages, one.messages[0]] }], ended });

    await repair();
    const after = await rentalsItem.getValue();
    expect(after.active).toEqual([one]);
    expect(after.ended.map((r) => r.tzid)).toEqual(ended.slice(0, MAX_ENDED).map((r) => r.tzid));
  });

  it('valid rentals survive whatever happens to one field of another rental', () => {
    const state = validRentals();
    const fields = Object.keys(state.active[0]!);
    let tried = 0;
    fc.assert(
      fc.property(fc.constantFrom(...fields), fc.jsonValue({ maxDepth: 3 }), (field, value) => {
        // Turning the first rental into a second tzid 2 is a duplicate, not a corruption (the first wins).
        fc.pre(!(field === 'tzid' && value === 2));
        tried++;
        const hurt = { ...state.active[0], [field]: value };
        const salvaged = salvageRentals({ ...state, active: [hurt, state.active[1]] });
        expect(rentalsStateSchema.safeParse(salvaged).success).toBe(true);
        expect(salvaged.active.at(-1)).toEqual(state.active[1]);
        expect(salvaged.ended).toEqual(state.ended);
      }),
      { numRuns: 2_000, seed: 5 },
    );
    console.info(`stored-state: ${tried} one-field corruptions of a rental`);
  });
});

describe('settings, status and scheduling', () => {
  it('settings keep every readable choice; an unreadable fill mode becomes "ask first", never "auto"', async () => {
    await raw('settings', { apiAddress: 'http://127.0.0.1:8080/api/', hasKey: true, fillMode: 'always', disabledSites: ['bank.example', 7] });
    const { lines } = await repair();
    expect(await settingsItem.getValue()).toEqual({ apiAddress: 'http://127.0.0.1:8080/api/', confirmedHost: null, hasKey: true, fillMode: 'ask', disabledSites: ['bank.example'], showCodesInNotifications: true, keepEndedMessagesDays: 30 });
    expect(lines).toHaveLength(1);
  });

  it('an unreadable "never fill here" list turns auto-fill into "ask first"; "off" stays off', () => {
    expect(salvageSettings({ apiAddress: DEFAULT_API_ADDRESS, hasKey: true, fillMode: 'auto', disabledSites: 'bank.example' }).fillMode).toBe('ask');
    expect(salvageSettings({ apiAddress: DEFAULT_API_ADDRESS, hasKey: true, fillMode: 'off', disabledSites: null }).fillMode).toBe('off');
  });

  it('an address that is not http(s) goes back to the default', () => {
    for (const apiAddress of ['javascript:alert(1)', 'not a url', '', 'x'.repeat(100_000)]) {
      expect(salvageSettings({ apiAddress, hasKey: false, fillMode: 'auto', disabledSites: [] }).apiAddress).toBe(DEFAULT_API_ADDRESS);
    }
  });

  it('the log names the item and where it failed, never what was stored', async () => {
    const state = validRentals();
    const leaky = 'https://user:SECRETKEY@evil.example/api/';
    await raw('settings', { apiAddress: leaky, hasKey: 'SECRETKEY', fillMode: SECRET_TEXT, disabledSites: [] });
    await raw('rentals', { ...state, active: [{ ...state.active[0], country: SECRET_TEXT }] });
    const { lines } = await repair();
    expect(lines).toHaveLength(2);
    for (const line of lines) {
      expect(line).not.toContain('SECRETKEY');
      expect(line).not.toContain('482913');
    }
    expect(lines.join('\n')).toMatch(/settings.*hasKey/);
  });

  it('status keeps its balance when only the error is broken; scheduling drops only bad waiting fields', async () => {
    await raw('status', { balance: { balance: '230.25', frozen: '0' }, lastPollAt: T0, lastError: { kind: 7 }, stopped: true });
    const waiting: unknown[] = [{ tabId: 5, frameId: 0, frameUrl: 'https://shop.example/', doc: 'doc-0001', since: T0, focused: false, checked: false, used: false }, { tabId: 'x' }, null];
    await fakeBrowser.storage.session.set({ poll: { failures: 1.5, notBefore: T0, fastUntil: 'soon', waiting } });

    expect((await repair()).repaired).toEqual(['status', 'poll']);
    expect(await statusItem.getValue()).toEqual({ balance: { balance: '230.25', frozen: '0' }, lastPollAt: T0, lastError: null, stopped: true });
    expect(await pollItem.getValue()).toEqual<PollState>({ failures: 0, notBefore: T0, fastUntil: 0, waiting: [waiting[0] as PollState['waiting'][0]] });
  });

  it('a storage that fails to answer is logged and left alone; the check never throws', async () => {
    vi.spyOn(indexedDB, 'open').mockImplementation(() => {
      throw new Error('IO error');
    });
    const { repaired, lines } = await repair();
    expect(repaired).toEqual([]);
    // The four storage.local items: rentals, status, settings and the ledger of use.
    expect(lines.filter((l) => l.includes('could not check'))).toHaveLength(4);
  });
});

describe('after a repair the background works again', () => {
  it('garbage rentals would crash a poll; repaired, the next poll lists the provider\'s rentals', async () => {
    const client = { getRentState: async () => ({ ok: true, value: listed([rental(1, [message(7, 'Code 482913', T0)])]) }) } as unknown as OnlineSimClient;
    const engine = createEngine(testEngineDeps(client).deps);
    await raw('rentals', { active: 'garbage', ended: 7 });
    await expect(engine.poll(true)).rejects.toThrow();

    await repair();
    await engine.poll(true);
    expect((await rentalsItem.getValue()).active.map((r) => r.messages.map((m) => m.code))).toEqual([['482913']]);
  });
});

describe('shape changes and the move out of storage.local', () => {
  // The recipe for a shape change: add the field to the interface, the schema and the salvage (with the
  // value older versions behaved as); the start-up check then fills it in, keeping every other choice.
  it('settings from before "Show codes in notifications" keep their choices and show codes, as before', async () => {
    const v1 = { apiAddress: DEFAULT_API_ADDRESS, hasKey: true, fillMode: 'off', disabledSites: ['bank.example'] };
    await raw('settings', v1);
    expect((await repair()).repaired).toEqual(['settings']);
    expect(await settingsItem.getValue()).toEqual<Settings>({ ...v1, confirmedHost: null, fillMode: 'off', showCodesInNotifications: true, keepEndedMessagesDays: 30 });
  });

  it('moves what an older version left in storage.local into the private store, then deletes it there', async () => {
    const rentals = validRentals();
    const settings = { apiAddress: 'http://127.0.0.1:8080/api/', hasKey: true, fillMode: 'ask', disabledSites: [] };
    await fakeBrowser.storage.local.set({ rentals, 'rentals$': { v: 1 }, settings, 'settings$': { v: 1 }, unrelated: 1 });

    expect(await moveOutOfLocalStorage(['rentals', 'status', 'settings'])).toEqual(['rentals', 'settings']);
    expect(await fakeBrowser.storage.local.get()).toEqual({ unrelated: 1 });
    expect(await rentalsItem.getValue()).toEqual(rentals);
    await repair();
    // An address an older version never had confirmed comes out unconfirmed: the user confirms it once.
    expect(await settingsItem.getValue()).toEqual({ ...settings, confirmedHost: null, showCodesInNotifications: true, keepEndedMessagesDays: 30 });
  });

  it('a move cut short (copied, not yet deleted) is finished by the next start-up without losing newer data', async () => {
    const older = validRentals();
    const newer = { ...older, ended: [] };
    await fakeBrowser.storage.local.set({ rentals: older });
    await rentalsItem.setValue(newer); // the worker copied, then polled, then died before deleting

    expect(await moveOutOfLocalStorage(['rentals'])).toEqual([]);
    expect(await rentalsItem.getValue()).toEqual(newer);
    expect(await fakeBrowser.storage.local.get()).toEqual({});
    expect(await moveOutOfLocalStorage(['rentals'])).toEqual([]);
  });
});
