// How the rentals are laid out in the private store (store.ts). A power user's state is megabytes
// (100 rentals × 200 SMS ≈ 7 MB), and an IndexedDB write structured-clones the whole value it puts: as
// one value, every poll that brought one SMS copied all of it. So `rentals` holds each rental without
// its messages (a few hundred bytes each), and each rental's messages are a record of their own under
// `rentals/<list>/<tzid>` (rentals-layout.ts); a write puts only the lists that changed.
import { privateTransaction, setPrivateItems, watchKey, type PrivateItem } from './store.ts';
import type { RentalsState, StoredMessage, StoredRental } from './rentals.ts';
import { readParts, recordKey, RECORDS, RENTALS_KEY } from './rentals-layout.ts';

// ---------------------------------------------------------------- what the store holds

// Which message lists are known to be exactly what their record holds, so a write can leave them out:
// those this context wrote, or read while no write was under way. Lists are compared by identity (the
// state is never changed in place: every change makes new lists, lib/rentals/reconcile.ts) and length
// (a guard should one ever be pushed to). Weak, so lists nobody holds any more are freed.
let known = new WeakMap<StoredMessage[], { key: string; write: number; length: number }>();
/** Per record key: the write that last put it, for the keys of the state last written. */
let holds = new Map<string, number>();
let writes = 0;
let writing = false;
/** The memory is for one database: a test that swaps in a fresh IndexedDB starts with none. */
let factory: IDBFactory | null = null;

function forget(): void {
  known = new WeakMap();
  holds = new Map();
}

function memoryFor(db: IDBFactory): void {
  if (factory === db) return;
  factory = db;
  forget();
}

function remember(key: string, messages: unknown, write: number): void {
  if (Array.isArray(messages)) known.set(messages as StoredMessage[], { key, write, length: messages.length });
}

const unchanged = (key: string, messages: StoredMessage[]): boolean => {
  const k = known.get(messages);
  return k !== undefined && k.key === key && k.write === holds.get(key) && k.length === messages.length;
};

// ---------------------------------------------------------------- read and write

/** The stored state and every record it names, read in one transaction (what they hold together was
 * written together); the records in `held` are taken as they are instead of read. */
function readStored(held: ReadonlyMap<string, unknown>): Promise<[unknown, Map<string, unknown>]> {
  return privateTransaction('readonly', (store) => {
    let read: [unknown, Map<string, unknown>] = [undefined, new Map()];
    readParts(store, held, (state, records) => {
      read = [state, records];
    });
    return () => read;
  });
}

/** The stored state, read in one transaction (what it holds together was written together). */
export async function readRentals(): Promise<unknown> {
  memoryFor(indexedDB);
  const before = writes;
  const clean = !writing;
  const [state, records] = await readStored(new Map());
  // A write that started meanwhile may have committed before this read: its lists are not these.
  if (clean && !writing && writes === before) {
    for (const [key, messages] of records) {
      if (messages === undefined) continue; // missing: the start-up repair resets its list
      // 0: as found, no write of this context since (the first read after the worker started).
      if (!holds.has(key)) holds.set(key, 0);
      remember(key, messages, holds.get(key)!);
    }
  }
  return state;
}

export interface RentalsReader {
  read(): Promise<RentalsState>;
  /** Calls `callback` with the state after each announced write; returns the function that stops it. */
  watch(callback: (state: RentalsState) => void): () => void;
}

/**
 * The rentals as a page that shows them (the popup) reads them: in full at first, then at each
 * announced write the rentals without their messages and only the records that write put (its
 * announcement names them, store.ts); the other lists are the ones read before. Read in full at
 * every write, 100 rentals × 200 SMS cost the open popup a few hundred milliseconds per SMS. Reads go
 * one at a time, and the records an announcement names are re-read by the first read that starts after
 * it: a read that began before that write cannot leave its older lists behind. Only the background writes the rentals, and only through writeRentals, which names them.
 */
export function rentalsReader(): RentalsReader {
  let held = new Map<string, unknown>();
  /** Announced as changed since the last read started; 'all' when a write did not say which. */
  let changed: Set<string> | 'all' = new Set();
  let reads: Promise<unknown> = Promise.resolve();
  const read = () => {
    const next = reads.then(async () => {
      const stale = changed;
      changed = new Set();
      const fresh = stale === 'all' ? new Map<string, unknown>() : new Map([...held].filter(([key]) => !stale.has(key)));
      const [state, records] = await readStored(fresh);
      held = records;
      // Trusted as the background wrote it, as with the full read (the start-up repair checks it).
      return state as RentalsState;
    });
    reads = next.catch(() => undefined);
    return next;
  };
  return {
    read,
    watch: (callback) =>
      watchKey(
        RENTALS_KEY,
        ({ parts }) => {
          if (!parts) changed = 'all';
          else if (changed !== 'all') for (const key of parts) changed.add(key);
          return read();
        },
        callback,
      ),
  };
}

let queue: Promise<unknown> = Promise.resolve();

type Write = readonly [Pick<PrivateItem<unknown>, 'key' | 'version'>, unknown];

/**
 * Writes `state` as `item` (stamped with its version) and the other items given (its summary) in one
 * transaction: the rentals without their messages, the message lists not known to be stored already,
 * and the deletion of records no rental of `state` has. A worker stopped halfway leaves the old state
 * or the new one. Writes of this context go one after another: each decides what to leave out from
 * the one before. A tzid appears at most once per list (the schema says so; reconcile keeps it so).
 */
export function writeRentals(item: Write[0], state: RentalsState, also: readonly Write[]): Promise<void> {
  const next = queue.then(async () => {
    memoryFor(indexedDB);
    const write = ++writes;
    const skeleton: Record<'active' | 'ended', Omit<StoredRental, 'messages'>[]> = { active: [], ended: [] };
    const puts: [string, StoredMessage[]][] = [];
    const now = new Map<string, number>();
    for (const list of ['active', 'ended'] as const) {
      for (const { messages, ...rest } of state[list]) {
        skeleton[list].push(rest);
        const key = recordKey(list, rest.tzid);
        if (unchanged(key, messages)) now.set(key, holds.get(key)!);
        else {
          puts.push([key, messages]);
          now.set(key, write);
        }
      }
    }
    writing = true;
    try {
      await setPrivateItems([[item, skeleton, puts.map(([key]) => key)], ...also], (store) => {
        for (const [key, messages] of puts) store.put(messages, key);
        const existing = store.getAllKeys(RECORDS());
        existing.onsuccess = () => {
          for (const key of existing.result) if (!now.has(String(key))) store.delete(key);
        };
      });
      holds = now;
      for (const [key, messages] of puts) remember(key, messages, write);
    } catch (e) {
      // Old or new, and this context cannot tell which lists the store holds: the next write puts all.
      forget();
      throw e;
    } finally {
      writing = false;
    }
  });
  queue = next.catch(() => undefined);
  return next;
}
