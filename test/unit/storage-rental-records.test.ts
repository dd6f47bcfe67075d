// The rentals are stored in parts (lib/storage/rentals-layout.ts, rental-messages.ts): each rental's
// messages in a record of its own, so a poll that brings one SMS writes that rental's list, not every
// list of every rental (megabytes for a power user, copied on every write).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { reconcile } from '../../lib/rentals/reconcile.ts';
import { repairStoredState } from '../../lib/storage/repair.ts';
import { rentalsReader } from '../../lib/storage/rental-messages.ts';
import { rentalsItem, rewriteRentals, type RentalsState } from '../../lib/storage/rentals.ts';
import { recordKey } from '../../lib/storage/rentals-layout.ts';
import { privateTransaction, readPrivate, readPrivateKeys, setPrivateItems, versionKey, writePrivate } from '../../lib/storage/store.ts';
import { testEngineDeps } from './support/engine.ts';
import { firstDigits, listed, message, rental, storedMessage, storedRental, T0 } from './support/rentals.ts';

const sms = (tzid: number, n: number) => Array.from({ length: n }, (_, i) => storedMessage({ id: `${tzid}-${i}`, text: `Code ${1000 + i} for ${tzid}` }));
const state = (): RentalsState => ({
  active: [1, 2, 3].map((tzid) => storedRental({ tzid, messages: sms(tzid, 50) })),
  ended: [storedRental({ tzid: 9, endedAt: T0, messages: sms(9, 20) })],
});

/** The keys and bytes (as JSON) each `put` of the next writes carries. */
function watchPuts() {
  const put = IDBObjectStore.prototype.put;
  const puts: { key: string; bytes: number }[] = [];
  vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
    puts.push({ key: String(key), bytes: JSON.stringify(value).length });
    return put.call(this, value, key);
  });
  return puts;
}

const ITEM_KEYS = ['rentals', 'rentals$', 'rentals-summary', 'rentals-summary$'];

afterEach(() => {
  fakeBrowser.reset();
});

describe('writes put only what changed', () => {
  it('an SMS in one rental writes that rental’s messages, the rentals without messages and the summary', async () => {
    const before = state();
    await rentalsItem.setValue(before);
    const puts = watchPuts();
    const second = before.active[1]!;
    const after = { ...before, active: [before.active[0]!, { ...second, messages: [...second.messages, storedMessage({ id: 'new' })] }, before.active[2]!] };
    await rentalsItem.setValue(after);

    expect(puts.map((p) => p.key).sort()).toEqual([...ITEM_KEYS, recordKey('active', 2)].sort());
    const record = puts.find((p) => p.key === recordKey('active', 2))!.bytes;
    const everything = JSON.stringify(after).length;
    // The other three lists (150 of the 221 messages) are not copied again.
    expect(puts.reduce((sum, p) => sum + p.bytes, 0)).toBeLessThan(record + everything / 4);
    expect(await rentalsItem.getValue()).toEqual(after);
  });

  it('a write that changes no list (a read mark elsewhere, a new expiry) puts no record at all', async () => {
    const before = state();
    await rentalsItem.setValue(before);
    const puts = watchPuts();
    await rentalsItem.setValue({ ...before, active: before.active.map((r) => ({ ...r, expiresAt: r.expiresAt + 60_000 })) });
    expect(puts.map((p) => p.key).sort()).toEqual([...ITEM_KEYS].sort());
  });

  it('a list changed in place (pushed to) is still written', async () => {
    const before = state();
    await rentalsItem.setValue(before);
    before.active[0]!.messages.push(storedMessage({ id: 'pushed' }));
    await rentalsItem.setValue(before);
    expect((await rentalsItem.getValue()).active[0]!.messages.at(-1)!.id).toBe('pushed');
  });

  it('after a restart, the lists read at start-up count as stored: the start-up rewrite and the next SMS write no other list', async () => {
    await rentalsItem.setValue(state());
    vi.resetModules(); // a new worker: nothing remembered
    const fresh = await import('../../lib/storage/rentals.ts');
    const puts = watchPuts();
    await fresh.rewriteRentals();
    expect(puts.map((p) => p.key).sort()).toEqual([...ITEM_KEYS].sort());

    puts.length = 0;
    const read = await fresh.rentalsItem.getValue();
    const first = read.active[0]!;
    await fresh.rentalsItem.setValue({ ...read, active: [{ ...first, messages: [...first.messages, storedMessage({ id: 'new' })] }, ...read.active.slice(1)] });
    expect(puts.map((p) => p.key).sort()).toEqual([...ITEM_KEYS, recordKey('active', 1)].sort());
  });

  it('a poll that brings one SMS, through the engine, writes one rental’s messages', async () => {
    const answer = (extra: number) => listed([1, 2, 3].map((tzid) => rental(tzid, Array.from({ length: 30 + (tzid === 2 ? extra : 0) }, (_, i) => message(`${tzid}-${i}`, `Code ${1000 + i}`, T0 - 3_600_000 + i)))));
    let reply = answer(0);
    const client = { getRentState: vi.fn(async () => ({ ok: true, value: reply })) } as unknown as OnlineSimClient;
    const { deps, advance } = testEngineDeps(client, T0);
    const engine = createEngine(deps);
    await engine.poll(true);
    expect((await rentalsItem.getValue()).active.map((r) => r.messages.length)).toEqual([30, 30, 30]);

    const puts = watchPuts();
    reply = answer(1);
    advance(5000);
    await engine.poll(true);
    // The poll's write, then its notices' once shown (lib/background/engine.ts): that one list each time.
    expect(puts.filter((p) => p.key.startsWith('rentals/')).map((p) => p.key)).toEqual([recordKey('active', 2), recordKey('active', 2)]);
    expect((await rentalsItem.getValue()).active.map((r) => r.messages.length)).toEqual([30, 31, 30]);
  });
});

describe('what is written reads back whole', () => {
  it('rentals that end, come back and go: the state reads as written, and no record is left of a rental gone', async () => {
    const first = state();
    await rentalsItem.setValue(first);
    expect(await rentalsItem.getValue()).toEqual(first);

    // Rental 3 ends (moves to the ended list), rental 9 is dropped from history.
    const [a, b, c] = first.active;
    const second: RentalsState = { active: [a!, b!], ended: [{ ...c!, endedAt: T0 + 1 }] };
    await rentalsItem.setValue(second);
    expect(await rentalsItem.getValue()).toEqual(second);
    expect(await readPrivateKeys([recordKey('active', 3), recordKey('ended', 9)])).toEqual([undefined, undefined]);
    // The rentals themselves are stored without their messages.
    expect(JSON.stringify(await readPrivate('rentals'))).not.toContain('Code 1000');

    // Rental 3 is listed again: it comes back with the messages it had.
    const third: RentalsState = { active: [a!, b!, c!], ended: [] };
    await rentalsItem.setValue(third);
    expect(await rentalsItem.getValue()).toEqual(third);
  });

  it('a write that fails halfway leaves the state as it was, and the next one writes whole', async () => {
    const before = state();
    await rentalsItem.setValue(before);
    const put = IDBObjectStore.prototype.put;
    const failing = vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === recordKey('active', 2)) throw new DOMException('stopped during the write', 'DataCloneError');
      return put.call(this, value, key);
    });
    const second = before.active[1]!;
    const after = { ...before, active: [{ ...before.active[0]!, number: '9000000000' }, { ...second, messages: [...second.messages, storedMessage({ id: 'new' })] }, before.active[2]!] };
    await expect(rentalsItem.setValue(after)).rejects.toThrow('stopped during the write');
    failing.mockRestore();
    expect(await rentalsItem.getValue()).toEqual(before);

    await rentalsItem.setValue(after);
    expect(await rentalsItem.getValue()).toEqual(after);
  });

  it('a popup watching the rentals gets them whole', async () => {
    const seen: RentalsState[] = [];
    const stop = rentalsItem.watch((value) => seen.push(value));
    const written = state();
    await rentalsItem.setValue(written);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(written);
    stop();
  });
});

/** The keys of the next reads' `get`s. */
function watchGets() {
  const get = IDBObjectStore.prototype.get;
  const keys: string[] = [];
  vi.spyOn(IDBObjectStore.prototype, 'get').mockImplementation(function (this: IDBObjectStore, key: IDBValidKey | IDBKeyRange) {
    keys.push(String(key));
    return get.call(this, key);
  });
  return keys;
}

const withSms = (before: RentalsState, index: number, id: string): RentalsState => ({
  ...before,
  active: before.active.map((r, i) => (i === index ? { ...r, messages: [...r.messages, storedMessage({ id, text: `Code ${id}` })] } : r)),
});

describe('a popup watching the rentals', () => {
  it('reads them whole once, then at an SMS only the rentals without messages and the one list that changed', async () => {
    const before = state();
    await rentalsItem.setValue(before);
    const reader = rentalsReader();
    expect(await reader.read()).toEqual(before);
    const seen: RentalsState[] = [];
    const stop = reader.watch((value) => seen.push(value));

    const gets = watchGets();
    const after = withSms(before, 1, 'new');
    await rentalsItem.setValue(after);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]).toEqual(after);
    expect(gets.sort()).toEqual(['rentals', recordKey('active', 2)]);

    // A write that changed no list reads no record.
    gets.length = 0;
    const later = { ...after, active: after.active.map((r) => ({ ...r, expiresAt: r.expiresAt + 60_000 })) };
    await rentalsItem.setValue(later);
    await vi.waitFor(() => expect(seen).toHaveLength(2));
    expect(seen[1]).toEqual(later);
    expect(gets).toEqual(['rentals']);
    stop();
  });

  it('writes in quick succession, one read still under way: the last state seen is the last written', async () => {
    const first = state();
    await rentalsItem.setValue(first);
    const reader = rentalsReader();
    const seen: RentalsState[] = [];
    const stop = reader.watch((value) => seen.push(value));
    const firstRead = reader.read();
    let last = first;
    for (let i = 0; i < 6; i++) {
      last = withSms(last, i % 3, `quick-${i}`);
      await rentalsItem.setValue(last);
    }
    await firstRead;
    await vi.waitFor(() => expect(seen).toHaveLength(6));
    expect(seen.at(-1)).toEqual(last);
    expect(await reader.read()).toEqual(last);
    stop();
  });

  it('a write that does not name its lists is read whole', async () => {
    const before = state();
    await rentalsItem.setValue(before);
    const reader = rentalsReader();
    await reader.read();
    const seen: RentalsState[] = [];
    const stop = reader.watch((value) => seen.push(value));
    // As a writer that puts a record and announces the rentals alone would.
    const changed = [...before.active[0]!.messages, storedMessage({ id: 'unnamed' })];
    await writePrivate(recordKey('active', 1), changed);
    await setPrivateItems([[rentalsItem, await readPrivate('rentals')]]);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]!.active[0]!.messages).toEqual(changed);
    stop();
  });

  it('a malformed record read before the start-up repair is replaced by what the repair kept', async () => {
    const written = state();
    await rentalsItem.setValue(written);
    const messages = written.active[0]!.messages;
    await writePrivate(recordKey('active', 1), [messages[0], 'garbage', messages[1]]);
    const reader = rentalsReader();
    expect((await reader.read()).active[0]!.messages).toHaveLength(3);
    const seen: RentalsState[] = [];
    const stop = reader.watch((value) => seen.push(value));
    const { repaired, lines } = await startUp();
    expect(repaired).toEqual(['rentals']);
    expect(lines).toEqual(['storage: rentals did not fit its schema (at active.0.messages.1); kept what fit, reset the rest']);
    await vi.waitFor(() => expect(seen.length).toBeGreaterThan(0));
    expect(seen.at(-1)).toEqual({ ...written, active: [{ ...written.active[0], messages: [messages[0], messages[1]] }, ...written.active.slice(1)] });
    stop();
  });
});

async function startUp() {
  const log = vi.fn<(msg: string) => void>();
  const repaired = await repairStoredState(log);
  await rewriteRentals();
  return { repaired, lines: log.mock.calls.map(([line]) => line) };
}

describe('start-up', () => {
  it('rentals an older SimFill stored whole (version 1, messages inline) read the same, and are rewritten in parts', async () => {
    // As version 1 wrote it: the state reconcile makes, one value, no version recorded.
    const known = reconcile({ active: [], ended: [] }, listed([rental(1), rental(2)]), T0, firstDigits).state;
    const old = reconcile(known, listed([rental(1, [message(7, 'Your code is 482913', T0), message(8, 'Code 1111', T0 + 1)]), rental(2, [message(9, 'Code 2222', T0)])]), T0 + 60_000, firstDigits).state;
    await writePrivate('rentals', old);

    const { repaired, lines } = await startUp();
    expect(repaired).toEqual([]);
    expect(lines).toEqual(['storage: rentals migrated from version 1 to 2']);
    expect(await rentalsItem.getValue()).toEqual(old);
    expect(await readPrivate(versionKey('rentals'))).toEqual({ v: 2 });
    const stored = (await readPrivate('rentals')) as RentalsState;
    expect(stored.active.every((r) => !('messages' in r))).toBe(true);
    expect(await readPrivate(recordKey('active', 1))).toEqual(old.active[0]!.messages);

    // Once: the next start-up finds the current form and writes no record.
    const puts = watchPuts();
    expect(await startUp()).toEqual({ repaired: [], lines: [] });
    expect(puts.filter((p) => p.key.startsWith('rentals/'))).toEqual([]);
    expect(await rentalsItem.getValue()).toEqual(old);
  });

  it('a tzid twice in one list (no SimFill wrote that; its messages would share one record) keeps the first, with its own messages', async () => {
    const [a, b] = state().active;
    await writePrivate('rentals', { active: [a, { ...b!, tzid: a!.tzid }], ended: [] });
    expect((await startUp()).repaired).toEqual(['rentals']);
    expect(await rentalsItem.getValue()).toEqual({ active: [a], ended: [] });
  });

  it('a rental whose record is missing keeps everything else, its messages reset, and the log says where', async () => {
    const written = state();
    await rentalsItem.setValue(written);
    await privateTransaction('readwrite', (store) => (store.delete(recordKey('active', 2)), () => undefined));
    await writePrivate('unrelated', 1); // the store's other keys are not the rentals' business
    const { repaired, lines } = await startUp();
    expect(repaired).toEqual(['rentals']);
    expect(lines).toEqual(['storage: rentals did not fit its schema (at active.1.messages); kept what fit, reset the rest']);
    const after = await rentalsItem.getValue();
    expect(after).toEqual({ ...written, active: [written.active[0], { ...written.active[1], messages: [] }, written.active[2]] });
    expect(await readPrivate('unrelated')).toBe(1);
  });

  it('a malformed record keeps the messages that still read', async () => {
    const written = state();
    await rentalsItem.setValue(written);
    const messages = written.ended[0]!.messages;
    await writePrivate(recordKey('ended', 9), [messages[0], { id: 42 }, 'garbage', messages[1]]);
    const { repaired } = await startUp();
    expect(repaired).toEqual(['rentals']);
    expect(await rentalsItem.getValue()).toEqual({ ...written, ended: [{ ...written.ended[0], messages: [messages[0], messages[1]] }] });
  });
});
