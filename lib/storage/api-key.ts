// The API key spends the user's money. It is kept in the private store (store.ts) beside the
// settings that hold the address it is sent to, and is never announced to other contexts: only the
// background reads it, to talk to the provider.
import { readPrivate, writePrivate } from './store.ts';

const KEY = 'apiKey';

export async function loadApiKey(): Promise<string | null> {
  const value = await readPrivate(KEY);
  return typeof value === 'string' && value !== '' ? value : null;
}

export async function saveApiKey(apiKey: string): Promise<void> {
  await writePrivate(KEY, apiKey);
}
