// The rentals and the popup's summary of them are written in one IndexedDB transaction
// (lib/storage/rentals.ts, store.ts `setPrivateItems`): a write that fails halfway — the worker stopped,
// a value the store refuses — leaves both as they were, so the popup's first paint never shows rentals or
// codes that the full state does not hold (or the other way round).
import { describe, expect, it, vi } from 'vitest';
import { recordKey } from '../../lib/storage/rentals-layout.ts';
import { rentalsItem, rentalsSummaryItem, summarize, type RentalsState, type RentalsSummary } from '../../lib/storage/rentals.ts';
import { readPrivate, versionKey } from '../../lib/storage/store.ts';
import { storedMessage, storedRental, T0 } from './support/rentals.ts';

const before: RentalsState = { active: [storedRental({ tzid: 1 })], ended: [] };
const after: RentalsState = { active: [storedRental({ tzid: 1, messages: [storedMessage({ id: 'new', code: '482913' })] })], ended: [] };

describe('rentals and their summary: one write', () => {
  it('are written in a single read-write transaction, each with its version', async () => {
    const transaction = vi.spyOn(IDBDatabase.prototype, 'transaction');
    await rentalsItem.setValue(after);
    const writes = transaction.mock.calls.filter(([, mode]) => mode === 'readwrite');
    expect(writes).toHaveLength(1);
    expect(await rentalsItem.getValue()).toEqual(after);
    expect(await rentalsSummaryItem.getValue()).toEqual(summarize(after));
    expect(await readPrivate(versionKey('rentals'))).toEqual({ v: rentalsItem.version });
    expect(await readPrivate(versionKey('rentals-summary'))).toEqual({ v: rentalsSummaryItem.version });
  });

  it('a write that fails at the summary leaves the state as it was too: the two never disagree', async () => {
    await rentalsItem.setValue(before);
    const put = IDBObjectStore.prototype.put;
    vi.spyOn(IDBObjectStore.prototype, 'put').mockImplementation(function (this: IDBObjectStore, value: unknown, key?: IDBValidKey) {
      if (key === 'rentals-summary') throw new DOMException('stopped between the two writes', 'DataCloneError');
      return put.call(this, value, key);
    });
    await expect(rentalsItem.setValue(after)).rejects.toThrow('stopped between the two writes');
    vi.restoreAllMocks();
    expect(await rentalsItem.getValue()).toEqual(before);
    expect(await rentalsSummaryItem.getValue()).toEqual(summarize(before));
  });

  it('a watcher gets every write in order, and the announcement carries no copy of the value', async () => {
    const posted = vi.spyOn(BroadcastChannel.prototype, 'postMessage');
    const seen: number[] = [];
    const stop = rentalsItem.watch((state) => seen.push(state.active[0]!.tzid));
    for (const tzid of [1, 2, 3]) await rentalsItem.setValue({ active: [storedRental({ tzid })], ended: [] });
    await vi.waitFor(() => expect(seen.at(-1)).toBe(3));
    // Each read follows its announcement: a later write may be read for an earlier one, never the reverse.
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    // Keys only: the item's, and the records each write put.
    const messages = posted.mock.calls.map(([message]) => message as object);
    expect(messages).toContainEqual({ key: 'rentals', parts: [recordKey('active', 3)] });
    expect(messages.flatMap((m) => Object.keys(m)).filter((k) => k !== 'key' && k !== 'parts')).toEqual([]);
    expect(JSON.stringify(messages)).not.toContain('expiresAt');
    posted.mockRestore();
    stop();
  });

  it('a popup told of the new summary reads a state that agrees with it', async () => {
    const seen: [RentalsSummary | null, RentalsSummary][] = [];
    const stop = rentalsSummaryItem.watch((summary) => void rentalsItem.getValue().then((state) => seen.push([summary, summarize(state)])));
    await rentalsItem.setValue(after);
    await vi.waitFor(() => expect(seen).toHaveLength(1));
    expect(seen[0]![0]).toEqual(seen[0]![1]);
    expect(seen[0]![1]).toEqual(summarize(after));
    stop();
  });

  it('the summary follows every new SMS of a rental, also when the other rentals are summarised from the last write', async () => {
    const quiet = storedRental({ tzid: 2, messages: [storedMessage({ id: 'q1', service: 'Bank' })] });
    const first: RentalsState = { active: [storedRental({ tzid: 1, messages: [storedMessage({ id: 'a' })] }), quiet], ended: [] };
    await rentalsItem.setValue(first);
    const newer = [...first.active[0]!.messages, storedMessage({ id: 'b', service: 'Shop', code: '551200', receivedAt: T0 + 1000 })];
    await rentalsItem.setValue({ ...first, active: [{ ...first.active[0]!, messages: newer }, quiet] });
    const summary = (await rentalsSummaryItem.getValue())!;
    // Two rentals: both cards compact, each with its newest code (lib/storage/rentals.ts `summarize`).
    expect(summary.active.map((r) => [r.messageCount, r.services, r.messages.map((m) => m.id)])).toEqual([
      [2, [], ['b']],
      [1, [], ['q1']],
    ]);
  });
});
