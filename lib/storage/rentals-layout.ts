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
/** The bounds of the record keys' range (as `IDBKeyRange.bound(lower, upper, false, true)`). */
export const RECORD_BOUNDS = [PREFIX, `${RENTALS_KEY}0`] as const;
export const RECORDS = (): IDBKeyRange => IDBKeyRange.bound(...RECORD_BOUNDS, false, true);

/**
 * The state from its stored parts: the value under `rentals` and the records by key. Uses no outer
 * name, so the e2e tests and the bench can run its source inside the extension
 * (test/e2e/support/private-store.ts) and read the rentals as SimFill does; hence `recordKey`'s form is
 * spelled out again inside. A rental whose record is
 * missing comes back without `messages`, and the start-up repair says so and resets them.
 */
export function reassemble(stored: unknown, records: ReadonlyMap<string, unknown>): unknown {
  if (stored === undefined || stored === null) return { active: [], ended: [] };
  if (typeof stored !== 'object' || Array.isArray(stored)) return stored;
  const state = { ...(stored as Record<string, unknown>) };
  for (const list of ['active', 'ended']) {
    const rentals = state[list];
    if (!Array.isArray(rentals)) continue;
    state[list] = rentals.map((rental: unknown) => {
      if (typeof rental !== 'object' || rental === null || Array.isArray(rental) || 'messages' in rental) return rental;
      return { ...rental, messages: records.get(`rentals/${list}/${String((rental as { tzid?: unknown }).tzid)}`) };
    });
  }
  return state;
}

export const recordKey = (list: 'active' | 'ended', tzid: number): string => `${PREFIX}${list}/${tzid}`;

