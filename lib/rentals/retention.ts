// How long the SMS of an ended rental are kept. A power user ends dozens of rentals with hundreds of SMS
// each; kept whole, they would make every poll read and write more, for codes nobody can use any more.
// So past the user's number of days (settings, 30 by default) an ended rental keeps its summary —
// number, country, dates, price — and the ledger keeps where it was used (rentals/ledger.ts, never
// trimmed here); only its messages go.
import type { RentalsState, StoredRental } from '../storage/rentals.ts';

export const DEFAULT_KEEP_DAYS = 30;
export const MIN_KEEP_DAYS = 1;
export const MAX_KEEP_DAYS = 3650;
const DAY_MS = 86_400_000;

/** The days setting as a whole number within bounds; anything unreadable is the default. */
export function keepDays(value: unknown): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return DEFAULT_KEEP_DAYS;
  return Math.min(MAX_KEEP_DAYS, Math.max(MIN_KEEP_DAYS, Math.round(value)));
}

/** `state` without the messages of rentals that ended more than `days` ago; `state` itself when there
 * is nothing to drop, so the caller can tell nothing changed. */
export function withRetention(state: RentalsState, now: number, days: number): RentalsState {
  const cutoff = now - keepDays(days) * DAY_MS;
  const expired = (r: StoredRental) => r.messages.length > 0 && (r.endedAt ?? r.expiresAt) < cutoff;
  if (!state.ended.some(expired)) return state;
  return { ...state, ended: state.ended.map((r) => (expired(r) ? { ...r, messages: [] } : r)) };
}
