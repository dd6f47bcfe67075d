// Builders for provider data in engine tests: only the fields a test cares about are spelled out.
import type { Message, Rental, RentalList } from '../../../lib/onlinesim/types.ts';
import type { StoredMessage, StoredRental } from '../../../lib/storage/rentals.ts';
import { asCode } from '../../../lib/otp/code.ts';
import type { Extraction } from '../../../lib/otp/extract.ts';

export const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);

export function message(id: number | string, text: string, receivedAt = T0, extra: Partial<Message> = {}): Message {
  return { id: String(id), service: 'Example', text, providerCode: null, receivedAt, ...extra };
}

export function rental(tzid: number, messages: Message[] = [], extra: Partial<Rental> = {}): Rental {
  return {
    tzid,
    country: 7,
    number: '9313358547',
    confirmed: messages.length > 0,
    expiresAt: T0 + 7 * 24 * 3_600_000,
    rentDays: 7,
    autoRenew: false,
    extendOptions: [{ days: 7, price: '210' }],
    extendPerDay: null,
    portReloadAvailable: false,
    price: '210',
    messages,
    ...extra,
  };
}

/** A getRentState answer in which every rental was readable, unless `extra` says otherwise. */
export function listed(rentals: Rental[], extra: Partial<RentalList> = {}): RentalList {
  return { rentals, unreadable: [], partial: false, ...extra };
}

/** A stand-in for lib/otp: the first run of 4–8 digits, so engine tests do not depend on the extractor. */
export function firstDigits(text: string): Extraction {
  const code = asCode(/\b\d{4,8}\b/.exec(text)?.[0]);
  return { code, confidence: code ? 1 : 0, candidates: [], origin: null, embeddedOrigin: null };
}

/** A message as the background stores it (lib/storage/rentals.ts). */
export function storedMessage(extra: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'm1', service: 'Example', text: 'Your code is 482913', providerCode: null, receivedAt: T0, code: '482913', candidates: [],
    origin: null, embeddedOrigin: null, seenAt: T0, autoFill: true, unread: false, filledInto: null, notified: true, ...extra,
  };
}

/** A confirmed Russian rental as the background stores it. */
export function storedRental(extra: Partial<StoredRental> = {}): StoredRental {
  return {
    tzid: 1001, country: 7, number: '9313358547', confirmed: true, expiresAt: T0 + 7 * 86_400_000, rentDays: 7, autoRenew: false,
    extendOptions: [], extendPerDay: null, portReloadAvailable: false, price: '210', messages: [], endedAt: null, warned: { day: false, hour: false }, ...extra,
  };
}
