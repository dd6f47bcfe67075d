// The engine's status for the popup's header and banner. Written by the background only; private (store.ts).
import type { ProviderError } from '../onlinesim/errors.ts';
import type { Balance } from '../onlinesim/types.ts';
import { privateItem } from './store.ts';

/** What the background last learned about talking to the provider, for the popup's header and banner. */
export interface EngineStatus {
  balance: Balance | null;
  lastPollAt: number | null;
  /** The last failure as a value (described where it is shown, in that page's language); cleared by
   * the next success. */
  lastError: { error: ProviderError; at: number } | null;
  /** Polling stopped until the settings change (wrong key, blocked account). */
  stopped: boolean;
}

/**
 * Version 1 kept the last failure as words in the language the worker had then
 * (`{ kind, code, message, nextStep, at }`), so the popup showed it in that language whatever its own.
 * Version 2 keeps the failure itself. What version 1 kept is enough to rebuild a provider code, a
 * timeout or "offline" exactly; any other failure lost its details (status, host, wait) to the words,
 * so it is dropped together with the stop it caused: the next poll meets it again, states it as a value
 * and stops again if it must, and a refused request sends nothing, so that costs nothing.
 */
function withErrorValue(v1: unknown): unknown {
  if (typeof v1 !== 'object' || v1 === null) return v1;
  const status = v1 as Record<string, unknown>;
  const old = status.lastError as Record<string, unknown> | null | undefined;
  if (typeof old !== 'object' || old === null) return { ...status, lastError: null };
  const error = errorFromV1(old.kind, old.code);
  return error ? { ...status, lastError: { error, at: old.at } } : { ...status, lastError: null, stopped: false };
}

function errorFromV1(kind: unknown, code: unknown): ProviderError | null {
  if (kind === 'provider' && typeof code === 'string') return { kind, code };
  if (kind === 'timeout' || kind === 'offline') return { kind };
  return null;
}

export const statusItem = privateItem<EngineStatus>('status', { balance: null, lastPollAt: null, lastError: null, stopped: false }, [withErrorValue]);
