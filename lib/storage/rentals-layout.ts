// Where the rentals' parts are kept in the private store (rental-messages.ts writes them): `rentals`
// holds each rental without its messages, and each rental's messages are a record of their own under
// `rentals/<list>/<tzid>`. The list is part of the key because a rental's tzid is unique within a list,
// not across them (the schemas say no more); a rental that ends is written once more under its new key.
// No imports: the e2e tests and the bench read the rentals through this file too.
//
// Version 1 of the item kept the messages inline. A rental stored with `messages` of its own is still
// read that way, so a state an older SimFill wrote reads whole; the next write moves them out (the
// background rewrites the rentals at every start, rentals.ts).
export const RENTALS_KEY = 'rentals';
/** Every record key starts with this, and no other key does: `rentals$`, `rentals-summary` and
 * `rentals@v…` sort outside the range. */
const PREFIX = `${RENTALS_KEY}/`;
export const RECORDS = (): IDBKeyRange => IDBKeyRange.bound(PREFIX, `${RENTALS_KEY}0`, false, true);

/**
 * Reads the rentals in `store`'s transaction: the value under `rentals`, then the record of each rental
 * it lists, one `get` per key, except those in `held` (records the caller read before and knows are
 * unchanged). By key rather than a `getAll` over the records' range: in Chromium 156, 100 records of
 * 70 KB read by key in about 190 ms, over their range (getAll or a cursor) in about 480 ms (an
 * extension page, 2 cores under other load). Calls `done` with the state put together and every record
 * it names (held or read; a missing one as undefined: its rental comes back without `messages`, and the
 * start-up repair says so and resets them). Uses no outer name, so the e2e tests and the bench can run
 * its source inside the extension (test/e2e/support/private-store.ts) and read the rentals as SimFill
 * does; hence the key and `recordKey`'s form are spelled out again inside.
 */
export function readParts(
  store: IDBObjectStore,
  held: ReadonlyMap<string, unknown>,
  done: (state: unknown, records: Map<string, unknown>) => void,
): void {
  const get = store.get('rentals');
  get.onsuccess = () => {
    const stored: unknown = get.result;
    if (stored === undefined || stored === null) return done({ active: [], ended: [] }, new Map());
    if (typeof stored !== 'object' || Array.isArray(stored)) return done(stored, new Map());
    const state: Record<string, unknown> = { ...stored };
    const records = new Map<string, unknown>();
    // Each list with, per rental, the key of its record (null: it keeps its messages inline, or is no rental).
    const lists = ['active', 'ended'].flatMap((list) => {
      const rentals = state[list];
      if (!Array.isArray(rentals)) return [];
      const keys = rentals.map((rental: unknown) =>
        typeof rental !== 'object' || rental === null || Array.isArray(rental) || 'messages' in rental
          ? null
          : `rentals/${list}/${String((rental as { tzid?: unknown }).tzid)}`,
      );
      return [{ list, rentals, keys }];
    });
    let pending = 1;
    const finish = () => {
      if (--pending > 0) return;
      for (const { list, rentals, keys } of lists) {
        state[list] = rentals.map((rental: unknown, i) => {
          const key = keys[i];
          return key === null || key === undefined ? rental : { ...(rental as object), messages: records.get(key) };
        });
      }
      done(state, records);
    };
    for (const { keys } of lists) {
      for (const key of keys) {
        if (key === null || records.has(key)) continue;
        if (held.has(key)) {
          records.set(key, held.get(key));
          continue;
        }
        records.set(key, undefined);
        pending++;
        const record = store.get(key);
        record.onsuccess = () => {
          records.set(key, record.result);
          finish();
        };
      }
    }
    finish();
  };
}

export const recordKey = (list: 'active' | 'ended', tzid: number): string => `${PREFIX}${list}/${tzid}`;
