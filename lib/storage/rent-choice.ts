// The last country, period and auto-renew choice, so renting again is one click. Not secret, written by
// the popup itself (like the fill settings): nothing here is sent anywhere until the user presses Rent.
import { storage } from 'wxt/utils/storage';

export interface RentChoice {
  country: number;
  days: number;
  autoRenew: boolean;
}

export const lastRentItem = storage.defineItem<RentChoice | null>('local:lastRent', { fallback: null, version: 1 });

/** Stored data is untrusted like any other input: anything but the exact shape reads as no choice. */
export function asRentChoice(value: unknown): RentChoice | null {
  if (typeof value !== 'object' || value === null) return null;
  const { country, days, autoRenew } = value as Record<string, unknown>;
  const positiveInt = (n: unknown): n is number => typeof n === 'number' && Number.isInteger(n) && n > 0;
  return positiveInt(country) && positiveInt(days) && typeof autoRenew === 'boolean' ? { country, days, autoRenew } : null;
}
