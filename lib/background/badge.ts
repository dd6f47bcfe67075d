import { translate, type Lang } from '../i18n.ts';
import type { RentalsState } from '../storage/rentals.ts';

/** The toolbar badge: unread codes first; otherwise minutes left when a confirmed rental ends within the hour. */
export function badgeText(state: RentalsState, now: number, lang: Lang): string {
  const unread = state.active.reduce((n, r) => n + r.messages.filter((m) => m.unread && (m.code ?? m.candidates[0])).length, 0);
  if (unread > 0) return String(unread);
  const endingSoon = state.active
    .filter((r) => r.confirmed)
    .map((r) => r.expiresAt - now)
    .filter((ms) => ms > 0 && ms < 3_600_000);
  if (endingSoon.length === 0) return '';
  // "41m", "41м", "41хв": the badge holds about four characters, so the unit is each language's shortest.
  return translate(lang, 'badgeMinutes', [String(Math.ceil(Math.min(...endingSoon) / 60_000))]);
}
