import fc from 'fast-check';
import { expect, it } from 'vitest';
import { isNewCode, NEW_CODE_MS, nextUrgencyChange, urgencyOf } from '../../lib/rentals/urgency.ts';
import type { StoredMessage, StoredRental } from '../../lib/storage/rentals.ts';

const NOW = Date.UTC(2026, 11, 1, 13, 0, 0);
const HOUR = 3_600_000;

function rental(tzid: number, expiresIn: number, seenAgo: number[]): StoredRental {
  const messages = seenAgo.map((ago, i): StoredMessage => ({
    id: String(i), service: 'Shop', text: `code ${1000 + i}`, providerCode: null, receivedAt: NOW - ago, code: String(1000 + i),
    candidates: [], origin: null, embeddedOrigin: null, seenAt: NOW - ago, autoFill: true, unread: false, filledInto: null, notified: true,
  }));
  return {
    tzid, country: 7, number: '9000000001', confirmed: true, expiresAt: NOW + expiresIn, rentDays: 7, autoRenew: false, extendOptions: [],
    extendPerDay: null, portReloadAvailable: false, price: '210', messages, endedAt: null, warned: { day: false, hour: false },
  };
}

/** What the cards show from the time, time left aside: each rental's urgency (the order), whether it
 * is in its last hour, and each message's "new" mark. */
const view = (rentals: StoredRental[], at: number) =>
  rentals.map((r) => [
    urgencyOf(r, at, new Set()),
    r.expiresAt - at < HOUR,
    ...r.messages.map((m) => isNewCode(r, m, at, new Set())),
  ]);

// The popup redraws its cards only at this moment (components/clock.ts): it must be exactly when
// something changes, neither later (a stale mark or order) nor earlier.
it('nextUrgencyChange is the first moment a "new" mark or an urgency changes', () => {
  const aRental = fc.tuple(fc.integer({ min: -HOUR, max: 3 * HOUR }), fc.array(fc.integer({ min: 0, max: 2 * NEW_CODE_MS }), { maxLength: 4 }));
  fc.assert(
    fc.property(fc.array(aRental, { minLength: 1, maxLength: 4 }), fc.integer({ min: 0, max: HOUR }), (specs, later) => {
      const rentals = specs.map(([expiresIn, seen], i) => rental(i + 1, expiresIn, seen));
      const now = NOW + later;
      const next = nextUrgencyChange(rentals, now);
      expect(next).toBeGreaterThan(now);
      if (next === Infinity) {
        expect(view(rentals, now + 24 * HOUR)).toEqual(view(rentals, now));
        return;
      }
      expect(view(rentals, next - 1)).toEqual(view(rentals, now));
      expect(view(rentals, next)).not.toEqual(view(rentals, now));
    }),
  );
});
