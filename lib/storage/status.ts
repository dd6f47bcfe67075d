// The engine's status for the popup's header and banner. Written by the background only; private (store.ts).
import { privateItem } from './store.ts';
import type { Balance } from '../onlinesim/types.ts';

/** What the background last learned about talking to the provider, for the popup's header and banner. */
export interface EngineStatus {
  balance: Balance | null;
  lastPollAt: number | null;
  /** The last failure, already described in the UI language; cleared by the next success. */
  lastError: { kind: string; code: string | null; message: string; nextStep: string; at: number } | null;
  /** Polling stopped until the settings change (wrong key, blocked account). */
  stopped: boolean;
}

export const statusItem = privateItem<EngineStatus>('status', { balance: null, lastPollAt: null, lastError: null, stopped: false });
