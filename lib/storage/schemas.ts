// What SimFill keeps in storage, as schemas. Stored data is input like any other (docs/architecture.md): an
// older or newer SimFill, a write cut short or a hand-edited profile can leave anything there, and a
// popup that does `state.active.map` on a string dies. Each item has a strict schema (the exact shape
// the background writes) and a salvage function that keeps what still fits and fills the rest with
// defaults chosen so that nothing is announced, renewed or filled twice by mistake.
//
// Provider-derived fields (number, expiry, prices, flags) are overwritten by the next successful poll
// (reconcile spreads the provider's rental), so their defaults matter for one poll at most; the local
// bookkeeping (read, notified, filled, warned) is what the defaults must get right.
//
// Only the background imports this file (repair.ts): content scripts stay free of zod.
import { z } from '../zod.ts';
import { DEFAULT_API_ADDRESS, hostNeedingConfirmation } from '../onlinesim/address.ts';
import type { FillMode, Settings } from './settings.ts';
import { keepDays, MAX_KEEP_DAYS, MIN_KEEP_DAYS } from '../rentals/retention.ts';
import type { PollState, WaitingField } from './session.ts';
import { MAX_LEDGER, type Ledger, type LedgerEntry } from './ledger.ts';
import { MAX_ENDED, type RentalsState, type StoredMessage, type StoredRental } from './rentals.ts';
import type { EngineStatus } from './status.ts';
import { NOT_FILLED_TEXT, type NotFilled } from '../fill-outcome.ts';

// zod 4's number() refuses NaN and ±Infinity, and int() refuses unsafe integers.
const finite = z.number();
/** A count the provider states (days bought): whole and finite, but as large as the provider says. */
const count = z.number().nonnegative().refine(Number.isInteger);
const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
/** An http(s) address as lib/onlinesim/client.ts normalises it (it refuses anything else). */
const apiAddress = z.string().refine((text) => {
  try {
    const url = new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
});

// ---------------------------------------------------------------- rentals

const message = {
  id: z.string().min(1),
  service: z.string(),
  text: z.string(),
  providerCode: z.string().nullable(),
  receivedAt: finite,
  code: z.string().nullable(),
  candidates: z.array(z.string()),
  origin: z.string().nullable(),
  embeddedOrigin: z.string().nullable(),
  seenAt: finite,
  autoFill: z.boolean(),
  unread: z.boolean(),
  filledInto: z.object({ host: z.string(), at: finite }).nullable(),
  notFilled: z.object({ reason: z.enum(Object.keys(NOT_FILLED_TEXT) as [NotFilled, ...NotFilled[]]), at: finite }).optional(),
  notified: z.boolean(),
};
export const storedMessageSchema = z.object(message);

const extendOption = z.object({ days: z.number().int().positive(), price: decimal });
const warned = z.object({ day: z.boolean(), hour: z.boolean() });

const rental = {
  tzid: z.number().int().positive(),
  country: z.number().int().nullable(),
  number: z.string().min(1),
  confirmed: z.boolean(),
  expiresAt: finite,
  rentDays: count,
  autoRenew: z.boolean(),
  extendOptions: z.array(extendOption),
  extendPerDay: decimal.nullable(),
  portReloadAvailable: z.boolean(),
  price: decimal.nullable(),
  messages: z.array(storedMessageSchema),
  endedAt: finite.nullable(),
  warned,
};
export const storedRentalSchema = z.object(rental);

/** One rental per tzid in each list: the store keeps each one's messages under its list and tzid
 * (rentals-layout.ts), and the salvage keeps the first of each. */
const uniqueTzids = (rentals: readonly { tzid: number }[]): boolean => new Set(rentals.map((r) => r.tzid)).size === rentals.length;

export const rentalsStateSchema = z.object({
  active: z.array(storedRentalSchema).refine(uniqueTzids),
  ended: z.array(storedRentalSchema).max(MAX_ENDED).refine(uniqueTzids),
});

// ---------------------------------------------------------------- ledger

const ledgerEntry = z.object({
  tzid: rental.tzid,
  site: z.string().min(1).max(253),
  at: finite,
  what: z.enum(['number', 'code']),
  value: z.string().max(32),
});
export const ledgerSchema = z.object({ entries: z.array(ledgerEntry).max(MAX_LEDGER) });

// ---------------------------------------------------------------- status, settings, poll

const balance = z.object({ balance: decimal, frozen: decimal });
/** A failure as a value (lib/onlinesim/errors.ts): the page that shows it describes it in its language. */
export const providerErrorSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('provider'), code: z.string(), guardSecs: z.number().int().positive().optional() }),
  z.object({ kind: z.literal('http'), status: z.number().int() }),
  z.object({ kind: z.literal('rate-limited'), retryAfterMs: z.number().nonnegative().nullable() }),
  z.object({ kind: z.literal('bad-response'), detail: z.string() }),
  z.object({ kind: z.literal('timeout') }),
  z.object({ kind: z.literal('offline') }),
  z.object({ kind: z.literal('refused'), reason: z.enum(['not-https', 'not-confirmed', 'no-permission']), host: z.string() }),
]);
const lastError = z.object({ error: providerErrorSchema, at: finite });

export const engineStatusSchema = z.object({
  balance: balance.nullable(),
  lastPollAt: finite.nullable(),
  lastError: lastError.nullable(),
  stopped: z.boolean(),
});

const fillMode = z.enum(['auto', 'ask', 'off']);
export const settingsSchema = z.object({
  apiAddress,
  confirmedHost: z.string().nullable(),
  hasKey: z.boolean(),
  fillMode,
  disabledSites: z.array(z.string()),
  showCodesInNotifications: z.boolean(),
  keepEndedMessagesDays: z.number().int().min(MIN_KEEP_DAYS).max(MAX_KEEP_DAYS),
});

const waitingField = z.object({
  tabId: z.number().int(),
  frameId: z.number().int(),
  frameUrl: z.string(),
  doc: z.string(),
  since: finite,
  focused: z.boolean(),
  checked: z.boolean(),
  used: z.boolean(),
});
export const pollStateSchema = z.object({
  failures: z.number().int().nonnegative(),
  notBefore: finite,
  fastUntil: finite,
  waiting: z.array(waitingField),
});

// The schemas must describe the interfaces exactly: a field added to an interface and not here fails
// the type check instead of being stripped from storage at every start-up.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const exact: [
  Same<z.infer<typeof rentalsStateSchema>, RentalsState>,
  Same<z.infer<typeof engineStatusSchema>, EngineStatus>,
  Same<z.infer<typeof settingsSchema>, Settings>,
  Same<z.infer<typeof pollStateSchema>, PollState>,
  Same<z.infer<typeof ledgerSchema>, Ledger>,
] = [true, true, true, true, true];
void exact;

// ---------------------------------------------------------------- salvage

type Raw = Record<string, unknown>;

function isRecord(value: unknown): value is Raw {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The value when it fits, else the default. */
function pick<T>(schema: z.ZodType<T>, value: unknown, fallback: T): T {
  const parsed = schema.safeParse(value);
  return parsed.success ? parsed.data : fallback;
}

/** Items of a list that survive `salvage`, first of each key kept; a non-list keeps nothing. */
function salvageList<T>(value: unknown, salvage: (raw: unknown) => T | null, key: (item: T) => string | number): T[] {
  if (!Array.isArray(value)) return [];
  const byKey = new Map<string | number, T>();
  for (const raw of value) {
    const item = salvage(raw);
    if (item !== null && !byKey.has(key(item))) byKey.set(key(item), item);
  }
  return [...byKey.values()];
}

/** A message without a readable id is dropped (nothing could de-duplicate it); any other field is
 * defaulted so that the message is neither announced, counted nor filled again. */
export function salvageMessage(raw: unknown): StoredMessage | null {
  if (!isRecord(raw)) return null;
  const id = message.id.safeParse(raw.id);
  if (!id.success) return null;
  // An origin-bound code whose origin (or frame) we can no longer read could be filled anywhere: drop
  // the code. Messages stored before the embedded form was kept have no frame: bound to the page alone.
  const origin = message.origin.safeParse(raw.origin);
  const embedded = message.embeddedOrigin.safeParse(raw.embeddedOrigin ?? null);
  const bindingReadable = origin.success && embedded.success;
  const notFilled = message.notFilled.safeParse(raw.notFilled).data;
  return {
    id: id.data,
    service: pick(message.service, raw.service, ''),
    text: pick(message.text, raw.text, ''),
    providerCode: pick(message.providerCode, raw.providerCode, null),
    receivedAt: pick(message.receivedAt, raw.receivedAt, 0),
    code: bindingReadable ? pick(message.code, raw.code, null) : null,
    candidates: bindingReadable ? pick(message.candidates, raw.candidates, []) : [],
    origin: origin.success ? origin.data : null,
    embeddedOrigin: embedded.success ? embedded.data : null,
    // Long ago: "arrived within two minutes" is false, so an old code is never filled by itself.
    seenAt: pick(message.seenAt, raw.seenAt, 0),
    autoFill: pick(message.autoFill, raw.autoFill, false),
    unread: pick(message.unread, raw.unread, false),
    filledInto: pick(message.filledInto, raw.filledInto, null),
    // A reason this SimFill does not know (a newer one wrote it) is only words not shown.
    ...(notFilled && { notFilled }),
    notified: pick(message.notified, raw.notified, true),
  };
}

/** A rental needs its identity (tzid, country, number) and its end; everything else has a default. */
export function salvageRental(raw: unknown): StoredRental | null {
  if (!isRecord(raw)) return null;
  const [tzid, country, number, expiresAt] = [
    rental.tzid.safeParse(raw.tzid),
    rental.country.safeParse(raw.country),
    rental.number.safeParse(raw.number),
    rental.expiresAt.safeParse(raw.expiresAt),
  ];
  if (!tzid.success || !country.success || !number.success || !expiresAt.success) return null;
  return {
    tzid: tzid.data,
    country: country.data,
    number: number.data,
    confirmed: pick(rental.confirmed, raw.confirmed, false),
    expiresAt: expiresAt.data,
    rentDays: pick(rental.rentDays, raw.rentDays, 0),
    autoRenew: pick(rental.autoRenew, raw.autoRenew, false),
    extendOptions: salvageList(raw.extendOptions, (o) => pick(extendOption.nullable(), o, null), (o) => o.days),
    extendPerDay: pick(rental.extendPerDay, raw.extendPerDay, null),
    portReloadAvailable: pick(rental.portReloadAvailable, raw.portReloadAvailable, false),
    price: pick(rental.price, raw.price, null),
    messages: salvageList(raw.messages, salvageMessage, (m) => m.id),
    endedAt: pick(rental.endedAt, raw.endedAt, null),
    // Not yet warned: an expiry warning shown twice costs less than one never shown.
    warned: pick(warned, raw.warned, { day: false, hour: false }),
  };
}

export function salvageRentals(raw: unknown): RentalsState {
  if (!isRecord(raw)) return { active: [], ended: [] };
  return {
    active: salvageList(raw.active, salvageRental, (r) => r.tzid),
    ended: salvageList(raw.ended, salvageRental, (r) => r.tzid).slice(0, MAX_ENDED),
  };
}

export function salvageStatus(raw: unknown): EngineStatus {
  const s = isRecord(raw) ? raw : {};
  return {
    balance: pick(balance.nullable(), s.balance, null),
    lastPollAt: pick(finite.nullable(), s.lastPollAt, null),
    lastError: pick(lastError.nullable(), s.lastError, null),
    stopped: pick(z.boolean(), s.stopped, false),
  };
}

export function salvageSettings(raw: unknown): Settings {
  const s = isRecord(raw) ? raw : {};
  const sites = z.array(z.unknown()).safeParse(s.disabledSites);
  const chosen = fillMode.safeParse(s.fillMode);
  // When we cannot tell what the user chose (or where they said "never here"), ask before filling.
  const mode: FillMode = chosen.success && (sites.success || chosen.data === 'off') ? chosen.data : 'ask';
  const address = pick(apiAddress, s.apiAddress, DEFAULT_API_ADDRESS);
  // Only a confirmation of this very address's host survives. Versions before this setting sent the key
  // to a custom address unconfirmed: it is confirmed once on the settings page (the popup says so).
  const confirmed = hostNeedingConfirmation(address);
  return {
    apiAddress: address,
    confirmedHost: confirmed !== null && s.confirmedHost === confirmed ? confirmed : null,
    hasKey: pick(z.boolean(), s.hasKey, false),
    fillMode: mode,
    disabledSites: sites.success ? sites.data.filter((site): site is string => typeof site === 'string') : [],
    // Versions before this setting showed codes in notifications.
    showCodesInNotifications: pick(z.boolean(), s.showCodesInNotifications, true),
    // Versions before this setting kept the 20 newest ended rentals whole: 30 days is the default.
    keepEndedMessagesDays: keepDays(s.keepEndedMessagesDays),
  };
}

export function salvagePoll(raw: unknown): PollState {
  const p = isRecord(raw) ? raw : {};
  const waiting: WaitingField[] = salvageList(p.waiting, (w) => pick(waitingField.nullable(), w, null), (w) => `${w.tabId}:${w.frameId}`);
  return {
    failures: pick(z.number().int().nonnegative(), p.failures, 0),
    notBefore: pick(finite, p.notBefore, 0),
    fastUntil: pick(finite, p.fastUntil, 0),
    waiting,
  };
}

/** Entries that still read whole are kept (a lost entry is a lost account trail); the rest are dropped. */
export function salvageLedger(raw: unknown): Ledger {
  const list = isRecord(raw) && Array.isArray(raw.entries) ? raw.entries : [];
  const entries = list.flatMap((e): LedgerEntry[] => {
    const parsed = ledgerEntry.safeParse(e);
    return parsed.success ? [parsed.data] : [];
  });
  return { entries: entries.slice(-MAX_LEDGER) };
}
