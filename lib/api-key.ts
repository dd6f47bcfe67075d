// The API key spends the user's money, so it is kept where only extension pages and the background can
// read it: IndexedDB of the extension's own origin. Content scripts run in the page's origin and can
// reach storage.local but not this database.
const DB_NAME = 'simfill-secrets';
const STORE = 'secrets';
const KEY = 'apiKey';

function open(): Promise<IDBDatabase> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(DB_NAME, 1);
    request.onupgradeneeded = () => request.result.createObjectStore(STORE);
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(request.error);
  });
}

async function run<T>(mode: IDBTransactionMode, action: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await open();
  try {
    return await new Promise<T>((resolve, reject) => {
      const request = action(db.transaction(STORE, mode).objectStore(STORE));
      request.onsuccess = () => resolve(request.result);
      request.onerror = () => reject(request.error);
    });
  } finally {
    db.close();
  }
}

export async function loadApiKey(): Promise<string | null> {
  const value: unknown = await run('readonly', (store) => store.get(KEY));
  return typeof value === 'string' && value !== '' ? value : null;
}

export async function saveApiKey(apiKey: string): Promise<void> {
  await run('readwrite', (store) => store.put(apiKey, KEY));
}
