// Merges one getRentState answer into the stored state. Pure: the clock and the extractor come in as
// arguments, so the same input always gives the same state (tests and worker restarts rely on that).
import { byArrival, uniqueByArrival } from '../onlinesim/message-order.ts';
import type { Message, RentalList } from '../onlinesim/types.ts';
import type { Extraction } from '../otp/extract.ts';
import { MAX_ENDED, type RentalsState, type StoredMessage, type StoredRental } from '../storage/rentals.ts';

export type Extract = (text: string, providerHint: string | null) => Extraction;

export interface Reconciled {
  state: RentalsState;
  /** Messages SimFill had not seen before, in arrival order. */
  fresh: { tzid: number; message: StoredMessage }[];
  /** False when `state` holds exactly what was stored: most polls bring nothing new, and with a hundred
   * rentals of two hundred SMS, writing the same megabytes again was most of a poll's cost. */
  changed: boolean;
}

/** Messages older than this in a rental seen for the first time are history, not news: no badge,
 * no notification (e.g. the first poll after installing, on a rental with weeks of SMS). */
const NEWS_WINDOW_MS = 10 * 60_000;

/** A message first listed after one the provider timed later than it by more than this is a late
 * listing of history, not an SMS that just came. Both times are the provider's own clock, so its time
 * zone and drift cancel out; the slack covers messages arriving within the same minute. */
const LATE_LISTING_MS = 60_000;

/** The provider floors `time` to whole minutes, so each poll moves expiresAt by up to a minute; keeping
 * the old value inside that band stops the countdown from jittering. */
const EXPIRY_JITTER_MS = 90_000;

/**
 * `answer` lists the rentals the provider still has. A stored rental missing from it has ended; one it
 * listed but SimFill could not read (`unreadable`, or any when `partial`) is kept as stored, so a
 * single broken entry never ends a rental nor hides the others.
 */
export function reconcile(state: RentalsState, answer: RentalList, now: number, extract: Extract): Reconciled {
  const known = new Map(state.active.map((r) => [r.tzid, r] as const));
  const fresh: Reconciled['fresh'] = [];
  const active: StoredRental[] = [];
  const seenIds = new Set<number>();

  for (const rental of answer.rentals) {
    if (seenIds.has(rental.tzid)) continue; // a provider that lists a rental twice must not duplicate it
    seenIds.add(rental.tzid);
    const previous = known.get(rental.tzid) ?? state.ended.find((r) => r.tzid === rental.tzid);
    const messages = mergeMessages(previous?.messages ?? [], rental.messages, now, extract, previous !== undefined);
    // The stored list itself comes back when nothing was added: no message of it is fresh.
    if (messages !== previous?.messages) {
      const storedIds = new Set(previous?.messages.map((m) => m.id));
      for (const message of messages) {
        if (!storedIds.has(message.id)) fresh.push({ tzid: rental.tzid, message });
      }
    }
    const expiresAt =
      previous && Math.abs(previous.expiresAt - rental.expiresAt) < EXPIRY_JITTER_MS ? previous.expiresAt : rental.expiresAt;
    active.push({
      ...rental,
      // An answer without `country` (an SDK mock's minimal rental) keeps the one SimFill already knows.
      country: rental.country ?? previous?.country ?? null,
      expiresAt,
      messages,
      endedAt: null,
      warned: previous && previous.expiresAt >= rental.expiresAt - EXPIRY_JITTER_MS ? previous.warned : { day: false, hour: false },
    });
  }

  const unreadable = new Set(answer.unreadable);
  const stillListed = (tzid: number): boolean => answer.partial || unreadable.has(tzid);
  active.push(...state.active.filter((r) => !seenIds.has(r.tzid) && stillListed(r.tzid)));
  const vanished = state.active
    .filter((r) => !seenIds.has(r.tzid) && !stillListed(r.tzid))
    .map((r) => ({ ...r, endedAt: now, expiresAt: Math.min(r.expiresAt, now) }));
  const ended = [...vanished, ...state.ended.filter((r) => !seenIds.has(r.tzid))].slice(0, MAX_ENDED);

  fresh.sort((a, b) => byArrival(a.message, b.message));
  const changed =
    fresh.length > 0 || vanished.length > 0 || ended.length !== state.ended.length || active.length !== state.active.length ||
    active.some((rental, i) => !sameRental(rental, state.active[i]));
  return { state: { active, ended }, fresh, changed };
}

/** Same rental with the same fields; messages are compared by count, as stored ones are never changed here. */
function sameRental(a: StoredRental, b: StoredRental | undefined): boolean {
  if (!b || a.messages.length !== b.messages.length) return false;
  const { messages: _a, ...restA } = a;
  const { messages: _b, ...restB } = b;
  return JSON.stringify(restA) === JSON.stringify(restB);
}

function mergeMessages(
  stored: StoredMessage[],
  incoming: Message[],
  now: number,
  extract: Extract,
  rentalKnown: boolean,
): StoredMessage[] {
  // Most answers bring nothing new (the client leaves known messages out of the answer already): the
  // stored list stays as it is, unsorted and uncopied, and no set of its ids is built.
  if (incoming.length === 0) return stored;
  const known = new Set(stored.map((m) => m.id));
  if (incoming.every((m) => known.has(m.id))) return stored;
  const newestKnown = Math.max(-Infinity, ...stored.map((m) => m.receivedAt));
  const added = incoming.filter((m) => !known.has(m.id)).map((message): StoredMessage => {
    const extraction = extract(message.text, message.providerCode);
    const news = rentalKnown || now - message.receivedAt < NEWS_WINDOW_MS;
    return {
      ...message,
      code: extraction.code,
      candidates: extraction.candidates,
      origin: extraction.origin,
      embeddedOrigin: extraction.embeddedOrigin,
      seenAt: now,
      autoFill: rentalKnown && message.receivedAt >= newestKnown - LATE_LISTING_MS,
      unread: news,
      notified: !news,
      filledInto: null,
    };
  });
  // What we stored (read flags, fill) wins over the same message listed again.
  return uniqueByArrival([...stored, ...added]);
}
