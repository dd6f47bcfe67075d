// The popup's order of rentals: what needs the user now comes first. A code that just arrived is about
// to be typed somewhere; a rental ending within the hour is about to be lost; one waiting for its first
// SMS is about to be refunded or confirmed. The rest follow by end time.
import type { StoredMessage, StoredRental } from '../storage/rentals.ts';
import { newestWithCode } from '../otp/code.ts';

export type Urgency = 'new-code' | 'ending' | 'waiting' | 'calm';

/** A code stays "new" this long after SimFill saw it: codes are usually valid for 5–10 minutes. */
export const NEW_CODE_MS = 10 * 60_000;
const HOUR_MS = 3_600_000;
const RANK: Record<Urgency, number> = { 'new-code': 0, ending: 1, waiting: 2, calm: 3 };


/** `unreadAtOpen`: message ids (`tzid:id`) that were unread when the popup saw them. Opening the popup
 * marks everything read, so the popup remembers what was new for as long as it stays open. */
export function isNewCode(rental: StoredRental, message: StoredMessage, now: number, unreadAtOpen: ReadonlySet<string>): boolean {
  return message.unread || unreadAtOpen.has(`${rental.tzid}:${message.id}`) || now - message.seenAt < NEW_CODE_MS;
}

export function urgencyOf(rental: StoredRental, now: number, unreadAtOpen: ReadonlySet<string>): Urgency {
  const code = newestWithCode(rental.messages);
  if (code && isNewCode(rental, code, now, unreadAtOpen)) return 'new-code';
  if (!rental.confirmed) return 'waiting';
  return rental.expiresAt - now < HOUR_MS ? 'ending' : 'calm';
}

/** Most urgent first; within a group the newest code first, otherwise the earliest end first. */
export function byUrgency<R extends StoredRental>(rentals: readonly R[], now: number, unreadAtOpen: ReadonlySet<string>): R[] {
  const keyed = rentals.map((rental) => ({ rental, rank: RANK[urgencyOf(rental, now, unreadAtOpen)], code: newestWithCode(rental.messages)?.seenAt ?? 0 }));
  keyed.sort((a, b) => a.rank - b.rank || (a.rank === 0 ? b.code - a.code : a.rental.expiresAt - b.rental.expiresAt) || a.rental.tzid - b.rental.tzid);
  return keyed.map((k) => k.rental);
}

/** The first moment after `now` at which isNewCode or urgencyOf could answer otherwise for these
 * rentals: a message's "new" window closing, a rental entering its last hour; Infinity if none. */
export function nextUrgencyChange(rentals: readonly StoredRental[], now: number): number {
  let next = Infinity;
  const consider = (at: number) => {
    if (at > now && at < next) next = at;
  };
  for (const rental of rentals) {
    consider(rental.expiresAt - HOUR_MS + 1);
    for (const message of rental.messages) consider(message.seenAt + NEW_CODE_MS);
  }
  return next;
}
