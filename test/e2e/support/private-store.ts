// Expressions that read or write SimFill's private store (lib/storage/store.ts: IndexedDB of the extension
// origin) from an extension context of either browser — the service worker, the Firefox event page or
// an extension page — for e2e checks and the bench. A missing database is not created: the upgrade is
// aborted and the read answers undefined, so SimFill still creates it with its own schema.
import { readParts } from '../../../lib/storage/rentals-layout.ts';

const DB = JSON.stringify('simfill-secrets');
const STORE = JSON.stringify('secrets');

function withStore(mode: 'readonly' | 'readwrite', body: string): string {
  return `new Promise((resolve, reject) => {
  const open = indexedDB.open(${DB});
  open.onupgradeneeded = () => open.transaction.abort();
  open.onerror = () => resolve(undefined);
  open.onsuccess = () => {
    const db = open.result;
    if (!db.objectStoreNames.contains(${STORE})) { db.close(); resolve(undefined); return; }
    const tx = db.transaction(${STORE}, ${JSON.stringify(mode)});
    const store = tx.objectStore(${STORE});
    let result;
    ${body}
    tx.oncomplete = () => { db.close(); resolve(result); };
    tx.onerror = () => { db.close(); reject(tx.error); };
  };
})`;
}

/** Resolves to the stored value of `key`, or undefined. */
export const readPrivateScript = (key: string): string =>
  withStore('readonly', `const get = store.get(${JSON.stringify(key)}); get.onsuccess = () => { result = get.result; };`);

/** Stores `value` (JSON-serialisable) under `key`, bypassing SimFill's own change notice. */
export const writePrivateScript = (key: string, value: unknown): string =>
  withStore('readwrite', `store.put(${JSON.stringify(value)}, ${JSON.stringify(key)});`);

/** Resolves to the stored rentals as SimFill reads them: the rentals under `rentals`, each one's messages
 * in a record of its own, read and put together by SimFill's own function (lib/storage/rentals-layout.ts). */
export const readRentalsScript = (): string =>
  withStore('readonly', `(${readParts.toString()})(store, new Map(), (state) => { result = state; });`);
