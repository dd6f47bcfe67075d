// Where SimFill keeps everything it stores, and the one place that decides how. Everything private —
// rentals with their SMS and codes, the engine status, the settings with the API address, the API key —
// lives in IndexedDB of the extension's own origin. Content scripts run in the page's origin: they
// cannot open that database, while `storage.local` is readable and writable by them by default, and only
// Chromium can restrict it (`setAccessLevel` on `storage.local` works in Chromium 156; Firefox ESR 153
// has no `setAccessLevel` at all — measured, docs/security.md). test/e2e/*/security.spec.ts check it.
// Scheduling state that must not outlive the browser session stays in `storage.session`, which content
// scripts cannot reach in either browser; the background also says so explicitly where it can
// (`restrictSessionStorage`).
//
// Changes are announced on a BroadcastChannel of the extension origin, which the popup and options
// page listen to (a page's content script cannot post to it: it is another origin). An announcement
// names keys only (the item's, and the parts of it a write put), and a watcher reads the value: posting
// the value cloned it once more in the writer (7 MB of rentals for every SMS at 100 rentals × 200)
// whether anyone listened or not. A write resolves only once its transaction committed, so a worker
// stopped right after it loses nothing.
import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';

export interface StoredItem<T> {
  readonly key: string;
  readonly fallback: T;
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  /** Called with each new value written by any context; returns the function that stops watching. */
  watch(callback: (value: T) => void): () => void;
}

/** Turns a value stored at version n into its shape at version n + 1. Gets anything (stored data is
 * input like any other); returns what the next step (or the start-up repair) can read. */
export type Migration = (older: unknown) => unknown;

/** A private item whose shape has a version: `migrations[i]` takes version i + 1 to i + 2, so the
 * current version is one more than the number of steps (lib/storage/migrations.ts runs them). */
export interface PrivateItem<T> extends StoredItem<T> {
  readonly version: number;
  readonly migrations: readonly Migration[];
}

// The database was created for the API key alone (hence its name); it now holds every private item.
const DB_NAME = 'simfill-secrets';
const DB_STORE = 'secrets';
const CHANGES = 'simfill-store-changes';

let connection: { factory: IDBFactory; db: Promise<IDBDatabase> } | null = null;

function database(): Promise<IDBDatabase> {
  // Keyed on the factory so a test that swaps in a fresh IndexedDB gets a fresh connection.
  if (connection?.factory === indexedDB) return connection.db;
  const factory = indexedDB;
  const db = new Promise<IDBDatabase>((resolve, reject) => {
    const request = factory.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(DB_STORE);
    request.onsuccess = () => {
      const opened = request.result;
      // Another context upgrading the database, or the browser closing it: open again next time.
      const forget = () => {
        if (connection?.factory === factory) connection = null;
      };
      opened.onversionchange = () => {
        opened.close();
        forget();
      };
      opened.onclose = forget;
      resolve(opened);
    };
    request.onerror = () => reject(request.error);
  });
  connection = { factory, db };
  db.catch(() => {
    if (connection?.db === db) connection = null;
  });
  return db;
}

/** Runs `action` in one transaction of the private store: it makes its requests (more may follow from
 * their callbacks) and returns what to resolve with, read once the transaction completed. */
export async function privateTransaction<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => () => T): Promise<T> {
  const db = await database();
  return new Promise<T>((resolve, reject) => {
    const tx = db.transaction(DB_STORE, mode);
    let result: () => T;
    try {
      result = action(tx.objectStore(DB_STORE));
    } catch (e) {
      // A request that throws (a value that cannot be cloned) must not let the ones before it commit:
      // "all of them or none" holds only if the transaction is aborted here.
      tx.abort();
      reject(e instanceof Error ? e : new Error('transaction failed'));
      return;
    }
    // Resolved on commit, not on the requests' success: only then is a write durable.
    tx.oncomplete = () => resolve(result());
    tx.onerror = () => reject(tx.error ?? new Error('transaction failed'));
    tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
  });
}

function transact<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>[]): Promise<T[]> {
  return privateTransaction(mode, (store) => {
    const requests = action(store);
    return () => requests.map((r) => r.result);
  });
}

/** Reads several keys in one transaction: what they hold together was written together. */
export const readPrivateKeys = (keys: readonly string[]): Promise<unknown[]> => transact<unknown>('readonly', (s) => keys.map((k) => s.get(k)));
/** Writes several keys in one transaction: all of them, or (worker stopped, quota) none. */
export const writePrivateKeys = (entries: readonly (readonly [string, unknown])[]): Promise<unknown> =>
  transact<IDBValidKey>('readwrite', (s) => entries.map(([key, value]) => s.put(value, key)));

export const readPrivate = async (key: string): Promise<unknown> => (await readPrivateKeys([key]))[0];
export const writePrivate = (key: string, value: unknown): Promise<unknown> => writePrivateKeys([[key, value]]);

/** Where an item's version is kept: beside it, as `{ v: n }` (the form WXT's items used in storage.local). */
export const versionKey = (key: string): string => `${key}$`;

/** An announced write: the item's key, and for an item stored in parts (the rentals' records,
 * rental-messages.ts) the keys of the parts it put, so a watcher re-reads only those. No `parts`: any
 * part may have changed. */
export interface Change {
  key: string;
  parts?: readonly string[];
}

function announce(change: Change): void {
  const channel = new BroadcastChannel(CHANGES);
  channel.postMessage(change);
  channel.close();
}

/** An item to write, its value, and (for an item stored in parts) the keys of the parts written with it. */
type ItemWrite = readonly [Pick<PrivateItem<unknown>, 'key' | 'version'>, unknown, (readonly string[])?];

/** Writes private items in one transaction, each stamped with its version: all of them or none, so
 * items derived from one another (the rentals and their summary) never disagree, and a value never
 * disagrees with its version (start-up migrates by that version). `more` makes further requests in the
 * same transaction (the rentals' records of their own, lib/storage/rental-messages.ts). Then announces each. */
export async function setPrivateItems(writes: readonly ItemWrite[], more?: (store: IDBObjectStore) => void): Promise<void> {
  await privateTransaction('readwrite', (store) => {
    for (const [{ key, version }, value] of writes) {
      store.put(value, key);
      store.put({ v: version }, versionKey(key));
    }
    more?.(store);
    return () => undefined;
  });
  for (const [{ key }, , parts] of writes) announce(parts ? { key, parts } : { key });
}

/** Calls `callback` with `read(change)` after each announced write of `key` by any context; returns the
 * function that stops watching. */
export function watchKey<T>(key: string, read: (change: Change) => Promise<T>, callback: (value: T) => void): () => void {
  const channel = new BroadcastChannel(CHANGES);
  let open = true;
  // One read at a time, in the order of the announcements, so an older value never comes last.
  let reads = Promise.resolve();
  channel.onmessage = (event: MessageEvent<Change>) => {
    const change = event.data;
    if (change?.key !== key) return;
    reads = reads.then(() => read(change)).then(
      (value) => {
        if (open) callback(value);
      },
      () => undefined,
    );
  };
  return () => {
    open = false;
    channel.close();
  };
}

/** A private item: IndexedDB of the extension origin. */
export function privateItem<T>(key: string, fallback: T, migrations: readonly Migration[] = []): PrivateItem<T> {
  const version = migrations.length + 1;
  async function getValue(): Promise<T> {
    const value = await readPrivate(key);
    // Nothing stored (or null, which WXT's items also read as nothing): the fallback.
    return value === undefined || value === null ? structuredClone(fallback) : (value as T);
  }
  return {
    key,
    fallback,
    version,
    migrations,
    getValue,
    setValue: (value) => setPrivateItems([[{ key, version }, value]]),
    watch: (callback) => watchKey(key, () => getValue(), callback),
  };
}

/** Kept for this browser session only (it must not outlive the tabs it names). Not versioned: it holds
 * scheduling state only, so a shape an older version left is reset by the start-up repair, which costs
 * at most one early poll. */
export function sessionItem<T>(key: string, fallback: T): StoredItem<T> {
  const item = storage.defineItem<T>(`session:${key}`, { fallback });
  return {
    key,
    fallback,
    getValue: () => item.getValue(),
    setValue: (value) => item.setValue(value),
    watch: (callback) => item.watch((value) => callback(value ?? fallback)),
  };
}

/** Session storage is closed to content scripts by default in both browsers; say so explicitly, so a
 * browser that changed its default would not silently open it. Browsers without the call keep the default. */
export async function restrictSessionStorage(): Promise<void> {
  const session = browser.storage.session as { setAccessLevel?: (o: { accessLevel: string }) => Promise<void> };
  await session.setAccessLevel?.({ accessLevel: 'TRUSTED_CONTEXTS' }).catch(() => undefined);
}

/**
 * Versions before this one kept rentals, status and settings in `storage.local`, where any content
 * script could read and rewrite them. Moves each into the private store, then deletes it there. A value
 * already in the private store wins (a worker stopped after the copy but before the delete left both),
 * so running this again after any interruption neither loses nor duplicates anything.
 */
export async function moveOutOfLocalStorage(keys: readonly string[]): Promise<string[]> {
  const local = browser.storage.local;
  const old = await local.get([...keys]);
  const moved: string[] = [];
  for (const key of keys) {
    if (old[key] === undefined) continue;
    if ((await readPrivate(key)) === undefined) {
      await writePrivate(key, old[key]);
      moved.push(key);
    }
  }
  // WXT kept a metadata entry ("key$") beside versioned items.
  const leftovers = keys.flatMap((k) => [k, `${k}$`]);
  await local.remove(leftovers);
  return moved;
}
