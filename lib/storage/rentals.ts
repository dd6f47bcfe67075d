// The rentals with their messages: the state the background writes and the popup reads. Only the
// background writes it: the popup subscribes with `watch` and sends commands instead. The item is
// private (store.ts): content scripts can neither read the SMS nor rewrite the rentals.
import { privateItem } from './store.ts';
import type { Message, Rental } from '../onlinesim/types.ts';

export interface StoredMessage extends Message {
  /** The code to type, from lib/otp (the provider's code is only a hint). null = none or unsure. */
  code: string | null;
  /** Plausible codes when unsure: the popup shows them as chips and nothing is filled. */
  candidates: string[];
  /** From the origin-bound format ("@example.com #123456"): fill only on that site. */
  origin: string | null;
  /** The embedded form's frame ("@top.example #123456 @pay.example"): the code goes into that site's
   * frame inside the origin's page. */
  embeddedOrigin: string | null;
  /** Local clock when SimFill first saw the message: the "arrived within two minutes" rule uses this. */
  seenAt: number;
  /** Arrived while SimFill was watching its rental, so it may be typed by itself. False for what the
   * first sync of a rental finds (rented on the website, a key just saved): history, a click away in the
   * popup, never handed to the first page that shows a code field. */
  autoFill: boolean;
  /** Not yet looked at in the popup; counted on the badge. */
  unread: boolean;
  /** Where the code went, when it was filled. */
  filledInto: { host: string; at: number } | null;
  /** The system notification was shown. Written after showing it: notification ids are derived from
   * the message, so a worker that dies in between shows it again under the same id (the browser
   * replaces it) instead of losing it. */
  notified: boolean;
}

export interface StoredRental extends Omit<Rental, 'messages'> {
  messages: StoredMessage[];
  /** Set when the provider stopped listing the rental (expired or closed); kept for history. */
  endedAt: number | null;
  /** Expiry notices already shown, so a worker restart never repeats them. */
  warned: { day: boolean; hour: boolean };
}

export interface RentalsState {
  /** Active rentals in the provider's order of renting (oldest first). */
  active: StoredRental[];
  /** Ended rentals, newest first, at most MAX_ENDED. */
  ended: StoredRental[];
}

export const MAX_ENDED = 20;

export const rentalsItem = privateItem<RentalsState>('rentals', { active: [], ended: [] });
