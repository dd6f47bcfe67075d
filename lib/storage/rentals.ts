// The rentals with their messages: the state the background writes and the popup reads. Only the
// background writes it: the popup subscribes with `watch` and sends commands instead. The item is
// private (store.ts): content scripts can neither read the SMS nor rewrite the rentals.
import { privateItem, type PrivateItem } from './store.ts';
import { readRentals, rentalsReader, writeRentals } from './rental-messages.ts';
import { RENTALS_KEY } from './rentals-layout.ts';
import type { Message, Rental } from '../onlinesim/types.ts';
import { latestCode, newestWithCode } from '../otp/code.ts';
import type { NotFilled } from '../fill-outcome.ts';

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
  /** Why the last try to fill it failed, until one succeeds. Absent: never tried and failed (or stored by
   * a SimFill that did not record it). */
  notFilled?: { reason: NotFilled; at: number };
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

/** Ended rentals keep their summary (number, dates, price) long after their messages go (retention.ts):
 * the ledger's export names each number through it. Bounded all the same: a summary is about 300 bytes. */
export const MAX_ENDED = 200;

// ---------------------------------------------------------------- the popup's first paint

/** Messages a card shows before "Show all": a rental can hold hundreds, and the popup must open at once. */
export const MESSAGES_SHOWN = 5;

/** A rental as the popup first draws it: only the messages on screen before the full lists arrive,
 * and what the card says about the rest, so nothing moves when they do. */
export interface RentalSummary extends StoredRental {
  messageCount: number;
  /** The services that sent its SMS, oldest first (the card's "SMS from …"); empty in the summary
   * for a card drawn compact (see `summarize`). */
  services: string[];
}

/** Tens of kilobytes for a hundred rentals of two hundred SMS, where the state is megabytes. */
export interface RentalsSummary {
  active: RentalSummary[];
  /** Ended rentals without their messages: the history is collapsed when the popup opens. */
  ended: RentalSummary[];
}

/** Stored messages are in arrival order (lib/onlinesim/message-order.ts), so this is oldest first. */
export function servicesOf(messages: readonly StoredMessage[]): string[] {
  return [...new Set(messages.map((m) => m.service.trim()).filter(Boolean))];
}

/** A rental as a card draws it, carrying `messages` of its own (all of them by default). */
export function cardRental(rental: StoredRental, messages = rental.messages, services = servicesOf(rental.messages)): RentalSummary {
  return { ...rental, messages, messageCount: rental.messages.length, services };
}

/** `messages` in stored (arrival) order, keeping those `pick` names. */
const keep = (messages: readonly StoredMessage[], pick: (StoredMessage | undefined)[]): StoredMessage[] => {
  const kept = new Set(pick);
  return messages.filter((m) => kept.has(m));
};

/** What a compact card draws: the newest message with a code or candidates; and the latest code,
 * which the popup announces. */
const compactMessages = (messages: readonly StoredMessage[]): StoredMessage[] =>
  keep(messages, [latestCode(messages)?.message, newestWithCode(messages)]);

/** What an open card draws before "Show all": the newest messages, and a compact card's. */
const openMessages = (messages: readonly StoredMessage[]): StoredMessage[] =>
  keep(messages, [...messages.slice(-MESSAGES_SHOWN), latestCode(messages)?.message, newestWithCode(messages)]);

/** What the summary takes of each message list, kept per list: the summary is written with every write
 * of the rentals, and a poll that brings one SMS changes one list of a hundred (20 000 messages read
 * again cost 3–40 ms of that poll). Lists are never changed in place (every change makes a new one,
 * lib/rentals/reconcile.ts); the length is checked all the same, as rental-messages.ts does. */
const compactParts = new WeakMap<readonly StoredMessage[], { length: number; shown: StoredMessage[] }>();

function compactOf(messages: readonly StoredMessage[]): StoredMessage[] {
  const kept = compactParts.get(messages);
  if (kept?.length === messages.length) return kept.shown;
  const shown = compactMessages(messages);
  compactParts.set(messages, { length: messages.length, shown });
  return shown;
}

/**
 * The popup's first frame: the cards as they are drawn before anyone can touch them. A card is compact
 * (number, time left, the newest code) unless it is the only active rental, whose details the popup
 * opens from the start (PopupApp), so only that one carries its newest messages and services. The
 * summary is written whole with every write of the rentals: with every card's five newest messages
 * and services it was 200–430 KB at 100 rentals × 200 SMS, written again for each SMS. A card opened
 * before the full lists arrive (a few hundred milliseconds at that scale) fills in when they do.
 */
export function summarize(state: RentalsState): RentalsSummary {
  if (state.active.length === 1) {
    const only = state.active[0]!;
    return { active: [cardRental(only, openMessages(only.messages))], ended: state.ended.map((r) => cardRental(r, [], [])) };
  }
  return { active: state.active.map((r) => cardRental(r, compactOf(r.messages), [])), ended: state.ended.map((r) => cardRental(r, [], [])) };
}

/** Written by the background with every write of the rentals; read by the popup before anything else.
 * Only a cache: the full state is the truth, and the popup replaces the summary with it once read. */
export const rentalsSummaryItem = privateItem<RentalsSummary | null>('rentals-summary', null);

/** The rentals, laid out as rental-messages.ts says: each write puts the message lists that changed and
 * the summary in one transaction, so a worker stopped during a write leaves both as they were, never a
 * summary that disagrees with the state. Version 2 moved the messages out to records of their own;
 * version 1's inline messages are still read (rental-messages.ts), so the step changes nothing. */
export const rentalsItem: PrivateItem<RentalsState> = {
  key: RENTALS_KEY,
  fallback: { active: [], ended: [] },
  version: 2,
  migrations: [(v1) => v1],
  getValue: async () => (await readRentals()) as RentalsState,
  setValue: (value) => writeRentals(rentalsItem, value, [[rentalsSummaryItem, summarize(value)]]),
  // Each watcher re-reads only the lists each write put (rental-messages.ts).
  watch: (callback) => rentalsReader().watch(callback),
};

/** Writes the rentals as they are stored, at every start of the background: messages an older SimFill
 * kept inline move to their records, and a summary it left one write behind (it wrote the two apart),
 * or none at all, is made right. Lists already in their records are not written again. */
export async function rewriteRentals(): Promise<void> {
  await rentalsItem.setValue(await rentalsItem.getValue());
}
