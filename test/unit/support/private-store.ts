// Every unit test starts with an empty private store (lib/storage/store.ts): a fresh in-memory IndexedDB
// (fake-indexeddb implements the same API the browsers do), the way fakeBrowser.reset() empties
// browser.storage.
import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { beforeEach } from 'vitest';

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
