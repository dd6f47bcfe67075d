// The state the background writes and the popup reads. Only the background writes it (docs/design.md):
// the popup subscribes with `watch` and sends commands instead. Both items are private (lib/store.ts):
// content scripts can neither read the SMS nor rewrite the rentals.
import { privateItem } from '../store.ts';
import type { Balance, Message, Rental } from '../onlinesim/types.ts';

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

/** One fill SimFill made with a rental: its number or one of its codes went into a site. */
export interface LedgerEntry {
  tzid: number;
  /** The site's registrable domain ("vk.com" for "m.vk.com"); the host itself for an IP or localhost. */
  site: string;
  at: number;
  what: 'number' | 'code';
  /** What was typed: the number as filled, or the code. */
  value: string;
}

/** Where each rented number was used, so accounts tied to it are not lost when it ends. Kept beside the
 * rentals (and stored as they are, privately), written only by the background, never sent anywhere. */
export interface Ledger {
  /** Oldest first, at most MAX_LEDGER. */
  entries: LedgerEntry[];
}

export const MAX_LEDGER = 2000;

export const ledgerItem = privateItem<Ledger>('ledger', { entries: [] });
