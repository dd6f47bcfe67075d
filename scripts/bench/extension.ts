// Talking to the running extension the way the e2e tests do: settings through the options page (the
// key lives in the extension's IndexedDB, so there is no other honest way in; the helper is the e2e
// tests' own), state read and written in the service worker: the private store (IndexedDB) for rentals,
// chrome.storage.session for the scheduling state.
import type { Worker } from '@playwright/test';
import type { ExtensionBrowser } from '../../test/e2e/support/chromium.ts';
export { saveSettings } from '../../test/e2e/support/chromium.ts';
import type { RentalsState } from '../../lib/storage/rentals.ts';
import type { PollState } from '../../lib/storage/session.ts';
import { readRentalsScript, writePrivateScript } from '../../test/e2e/support/private-store.ts';

interface StorageArea {
  get(key: string): Promise<Record<string, unknown>>;
  set(items: Record<string, unknown>): Promise<void>;
}
/** The slice of the worker's `chrome` global the bench touches; the functions below run inside the worker. */
interface WorkerGlobal {
  chrome: { storage: { session: StorageArea } };
}

export async function readRentals(ext: ExtensionBrowser): Promise<RentalsState> {
  const worker: Worker = await ext.worker();
  const got = (await worker.evaluate(readRentalsScript())) as RentalsState | undefined;
  return got ?? { active: [], ended: [] };
}

export async function writeRentals(ext: ExtensionBrowser, state: RentalsState): Promise<void> {
  const worker = await ext.worker();
  await worker.evaluate(writePrivateScript('rentals', state));
}

export async function readPoll(ext: ExtensionBrowser): Promise<PollState | undefined> {
  const worker = await ext.worker();
  const got = await worker.evaluate(() => (globalThis as unknown as WorkerGlobal).chrome.storage.session.get('poll'));
  return got['poll'] as PollState | undefined;
}

/** Opens the popup until the background has stored `count` active rentals (its opening forces a poll), then closes it. */
export async function learnRentals(ext: ExtensionBrowser, count: number): Promise<void> {
  const popup = await ext.context.newPage();
  try {
    await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
    const deadline = Date.now() + 20_000;
    while ((await readRentals(ext)).active.length !== count) {
      if (Date.now() > deadline) throw new Error(`the background did not store ${count} rental(s) within 20 s`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  } finally {
    await popup.close();
  }
}
