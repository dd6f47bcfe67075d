// The toolbar badge is the one piece of SimFill always on screen: its minutes must read in the UI
// language ("41m" means nothing to a reader of Cyrillic), and it must fit the badge's four characters.
import { describe, expect, it } from 'vitest';
import { badgeText } from '../../lib/background/badge.ts';
import type { Lang } from '../../lib/i18n.ts';
import type { RentalsState, StoredRental } from '../../lib/storage/rentals.ts';
import { rental as wireRental, T0 } from './support/rentals.ts';

function stored(minutesLeft: number, confirmed = true): StoredRental {
  return { ...wireRental(1), confirmed, expiresAt: T0 + minutesLeft * 60_000, messages: [], endedAt: null, warned: { day: false, hour: false } };
}
const state = (...active: StoredRental[]): RentalsState => ({ active, ended: [] });

describe('badge', () => {
  it.each([
    ['en', '41m'],
    ['ru', '41м'],
    ['uk', '41хв'],
    ['kk', '41м'],
  ] as [Lang, string][])('says minutes left in %s: %s', (lang, text) => {
    const badge = badgeText(state(stored(41)), T0, lang);
    expect(badge).toBe(text);
    expect(badge.length).toBeLessThanOrEqual(4);
  });

  it('says nothing for a rental still in its refund window, or with more than an hour left', () => {
    expect(badgeText(state(stored(15, false)), T0, 'ru')).toBe('');
    expect(badgeText(state(stored(90)), T0, 'ru')).toBe('');
  });
});
