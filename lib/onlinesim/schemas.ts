// The edge between the provider's JSON and SimFill's types (types.ts). Every variant listed in
// docs/provider-api.md is accepted here and nowhere else; unknown extra fields are ignored.
// zod runs jitless (set in wire.ts, imported first): the extension's CSP forbids `new Function`.
import { z } from '../zod.ts';
import { displayText } from '../display-text.ts';
import { err, ok, type Result } from '../result.ts';
import { dialCode } from '../phone/number-forms.ts';
import type { Balance, KnownMessages, Message, Rental, RentalList, Tariff } from './types.ts';
import { dayKey, dayPrices, intLike, isTrueFlag, listValues, mapEntries, money, numberLike, providerTimeToMs } from './wire.ts';
import { uniqueByArrival } from './message-order.ts';

// ---------------------------------------------------------------- envelope

export type Envelope = { kind: 'success' } | { kind: 'error'; code: string } | { kind: 'absent' } | { kind: 'odd'; detail: string };

/** `response`: 1, "1" or true is success; any other string is an error code. */
export function readEnvelope(body: unknown): Envelope {
  if (typeof body !== 'object' || body === null || Array.isArray(body) || !('response' in body)) return { kind: 'absent' };
  const response = (body as { response: unknown }).response;
  if (response === 1 || response === '1' || response === true) return { kind: 'success' };
  if (typeof response === 'string' && response.trim() !== '') return { kind: 'error', code: response.trim() };
  return { kind: 'odd', detail: `response was ${JSON.stringify(response) ?? 'undefined'}` };
}

// ---------------------------------------------------------------- messages

// Messages are read by hand rather than by a zod schema: an account with 100 rentals × 200 SMS sends
// 20,000 of them in every poll's answer, and jitless zod (the only zod the extension's CSP allows) spent
// about a second on them where this takes a few milliseconds (scripts/bench, the scale curve). The rules
// are the schema's; test/unit/onlinesim-message-reader.test.ts holds that schema and checks both agree
// on generated input.

/** The provider's own code: a string that keeps leading zeros; 0/"0"/null/"" mean "no code". */
function providerCode(code: string | number | null | undefined): string | null {
  if (code === null || code === undefined || code === 0 || code === '') return null;
  const text = String(code).trim();
  return text === '' || text === '0' ? null : displayText(text);
}

const isFiniteNumber = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);

/** A message id: an integer (as text) or non-blank text, trimmed; null for anything else. */
function messageId(v: unknown): string | null {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? String(v) : null;
  if (typeof v !== 'string') return null;
  const id = v.trim();
  return id === '' ? null : id;
}

/** One SMS, or null when it does not fit; `receivedAt` falls back to the local receipt time when
 * `created_at` is missing or unreadable. */
export function readMessage(item: unknown, receivedAtMs: number): Message | null {
  if (typeof item !== 'object' || item === null || Array.isArray(item)) return null;
  const m = item as Record<string, unknown>;
  const id = messageId(m['id']);
  const { service, text, code, created_at: createdAt } = m;
  if (id === null) return null;
  if (service !== undefined && service !== null && typeof service !== 'string') return null;
  if (typeof text !== 'string' && !isFiniteNumber(text)) return null;
  if (code !== undefined && code !== null && typeof code !== 'string' && !isFiniteNumber(code)) return null;
  return {
    id,
    // Everything a sender controls is shown somewhere: direction controls go here, at the edge.
    service: displayText(service ?? ''),
    text: displayText(String(text)),
    providerCode: providerCode(code),
    receivedAt: (typeof createdAt === 'string' ? providerTimeToMs(createdAt) : null) ?? receivedAtMs,
  };
}

/**
 * `messages` arrives as a flat list, as `[]`/an object with numeric keys, or as a paginator whose
 * `data` is a list of messages or a list of pages (flattened one level). A bad item is dropped; the
 * rest survive. De-duplicated by id, oldest first. Ids in `known` are left out.
 */
export function parseMessages(raw: unknown, receivedAtMs: number, known?: ReadonlySet<string>): Message[] {
  const unseen = messageItems(raw).filter((item) => known === undefined || !isKnown(item, known));
  return uniqueByArrival(unseen.flatMap((item) => readMessage(item, receivedAtMs) ?? []));
}

function isKnown(item: unknown, known: ReadonlySet<string>): boolean {
  if (typeof item !== 'object' || item === null) return false;
  const id = messageId((item as { id?: unknown }).id);
  return id !== null && known.has(id);
}

function messageItems(raw: unknown): unknown[] {
  if (raw === null || raw === undefined) return [];
  const isPaginator = typeof raw === 'object' && !Array.isArray(raw) && 'data' in raw;
  // `flat()` lifts the items of a nested page one level, as the provider's paginated pages need.
  return listValues(isPaginator ? (raw as { data: unknown }).data : raw).flat();
}


// ---------------------------------------------------------------- rentals

const positiveTzid = intLike.pipe(z.number().positive());

const rentalWire = z.object({
  // The rental's identity: an id of 0 or below names no operation, and could not be told apart.
  tzid: positiveTzid,
  number: z.union([z.string().trim().min(1), z.number().int().nonnegative().transform(String)]),
  // Optional: a minimal rental in an SDK's mock has none; the caller knows it another way.
  country: intLike.optional().catch(undefined),
  status: z.unknown().optional(),
  checked: z.unknown().optional(),
  time: numberLike.optional().catch(undefined),
  hours: numberLike.optional().catch(undefined),
  days: numberLike.optional().catch(undefined),
  rent: numberLike.optional().catch(undefined),
  extend: z.unknown().optional(),
  extension: z.unknown().optional(),
  reload: z.unknown().optional(),
  sum: money.optional().catch(undefined),
  day_extend: money.optional().catch(undefined),
  messages: z.unknown().optional(),
});

/** Far beyond any rental the provider sells; keeps `expiresAt` a finite date when `time` is absurd
 * (1e308 minutes is a finite number, but not once turned into milliseconds). */
const MAX_MINUTES_LEFT = 100 * 366 * 1440;

/**
 * Minutes left: `time`, or the coarser `hours`/`days` when `time` is missing; never negative. The three
 * are one duration, each floored, so `time` never exceeds what `hours` or `days` allow; when it does,
 * it was not minutes (SDK mocks send seconds: time 86400 with hours 24) and the coarser unit bounds it.
 */
function minutesLeft(r: z.infer<typeof rentalWire>): number {
  const minutes = r.time ?? (r.hours !== undefined ? r.hours * 60 : r.days !== undefined ? r.days * 1440 : 0);
  const hoursCap = r.hours !== undefined ? r.hours * 60 + 59 : Infinity;
  const daysCap = r.days !== undefined ? r.days * 1440 + 1439 : Infinity;
  return Math.min(Math.max(0, Math.min(minutes, hoursCap, daysCap)), MAX_MINUTES_LEFT);
}

/** The number without its country code. Some SDK mocks send it international ("+79001234567"); the
 * docs send the national part ("9915584307"), which is what SimFill stores and shows after `+country`. */
function nationalNumber(number: string, country: number | null): string {
  if (!number.startsWith('+')) return number;
  const digits = number.slice(1);
  const dial = country === null ? null : String(dialCode(country));
  return dial !== null && digits.startsWith(dial) && digits.length > dial.length ? digits.slice(dial.length) : number;
}

/**
 * One rental; `expiresAt` is the local clock at receipt plus the minutes left. `knownCountry` is the
 * country the caller rented it for, used when the answer leaves `country` out.
 */
export function parseRental(raw: unknown, receivedAtMs: number, knownCountry: number | null = null, known?: KnownMessages): Result<Rental, string> {
  const parsed = rentalWire.safeParse(raw);
  if (!parsed.success) return err(`rental: ${summarise(parsed.error)}`);
  const r = parsed.data;
  const country = r.country ?? knownCountry;
  return ok({
    tzid: r.tzid,
    country,
    number: nationalNumber(r.number, country),
    confirmed: r.status === 1 || r.status === '1' || r.checked === true || r.checked === 1 || r.checked === '1',
    expiresAt: receivedAtMs + minutesLeft(r) * 60_000,
    rentDays: Math.max(0, Math.trunc(r.rent ?? 0)),
    autoRenew: isTrueFlag(r.extension),
    extendOptions: dayPrices(r.extend),
    extendPerDay: r.day_extend ?? null,
    portReloadAvailable: r.reload === 0 || r.reload === '0',
    price: r.sum ?? null,
    messages: parseMessages(r.messages, receivedAtMs, known?.(r.tzid)),
  });
}

/**
 * `item` of getRentNum / extendRentState; null when the answer carries no rental (`[]`, null or
 * absent: an old docs page prints `{"response":1,"item":[]}` for a successful extension).
 */
export function parseRentalItem(body: unknown, receivedAtMs: number, knownCountry: number | null): Result<Rental | null, string> {
  const item = (body as { item?: unknown } | null)?.item;
  if (item === undefined || item === null || (Array.isArray(item) && item.length === 0)) return ok(null);
  if (typeof item !== 'object' || Array.isArray(item)) return err('item: not a rental');
  return parseRental(item, receivedAtMs, knownCountry);
}

/**
 * `list` of getRentState: a list, `[]`, null or an object with numeric keys. A rental that cannot be
 * read is set aside by tzid (it is still active: dropping it would make the caller think it ended)
 * and the others are read as usual.
 */
export function parseRentalList(body: unknown, receivedAtMs: number, known?: KnownMessages): Result<RentalList, string> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return err('list: body is not an object');
  // A missing `list` is not "no rentals": reading it so would end every stored rental.
  if (!('list' in body)) return err('list: missing');
  const list = (body as { list: unknown }).list;
  if (list !== null && typeof list !== 'object') return err('list: not a list');
  const value: RentalList = { rentals: [], unreadable: [], partial: false };
  for (const raw of listValues(list)) {
    const rental = parseRental(raw, receivedAtMs, null, known);
    if (rental.ok) {
      value.rentals.push(rental.value);
      continue;
    }
    const tzid = positiveTzid.safeParse((raw as { tzid?: unknown } | null)?.tzid);
    if (tzid.success) value.unreadable.push(tzid.data);
    else value.partial = true;
  }
  return ok(value);
}

// ---------------------------------------------------------------- tariffs

const tariffWire = z.object({
  code: intLike.optional().catch(undefined),
  name: z.union([z.string(), z.number().transform(String)]).optional().catch(undefined),
  enabled: z.unknown().optional(),
  position: numberLike.optional().catch(undefined),
  days: z.unknown().optional(),
  count: z.unknown().optional(),
  extend: z.unknown().optional(),
  confirm: z.unknown().optional(),
});

function toTariff(raw: unknown, fallbackCountry: number | null): { tariff: Tariff; position: number } | null {
  const parsed = tariffWire.safeParse(raw);
  if (!parsed.success) return null;
  const t = parsed.data;
  const country = t.code ?? fallbackCountry;
  if (country === null) return null;
  const stock = new Map<number, number>();
  for (const [key, value] of mapEntries(t.count)) {
    const days = dayKey(key);
    const n = numberLike.safeParse(value);
    if (days !== null && n.success) stock.set(days, Math.max(0, Math.trunc(n.data)));
  }
  return {
    tariff: {
      country,
      name: displayText(t.name ?? String(country)),
      // Absent means the provider did not say otherwise; an explicit false/0/"0" disables.
      enabled: t.enabled === undefined || t.enabled === null ? true : isTrueFlag(t.enabled),
      periods: dayPrices(t.days).map(({ days, price }) => ({ days, price, inStock: stock.get(days) ?? 0 })),
      // The docs and every SDK type give `extend` as one number (the price of a day); older answers a map.
      extendOptions: dayPrices(t.extend),
      extendPerDay: typeof t.extend === 'object' ? null : (money.optional().catch(undefined).parse(t.extend) ?? null),
      chargedAtOnce: isTrueFlag(t.confirm),
    },
    position: t.position ?? Number.MAX_SAFE_INTEGER,
  };
}

/** A single tariff looks like `{code, name, days, ...}`; a map has only numeric keys (plus maybe `response`). */
function isSingleTariff(body: object): boolean {
  return Object.keys(body).some((key) => key !== 'response' && !/^\d+$/.test(key));
}

/**
 * tariffsRent: an object keyed by country → tariffs, or one tariff (with `country`), or `[]`/null for none.
 * Unreadable tariffs in a map are skipped; the order follows the provider's `position`.
 */
export function parseTariffs(body: unknown, requestedCountry: number | null): Result<Tariff[], string> {
  if (body === null || body === undefined || (Array.isArray(body) && body.length === 0)) return ok([]);
  if (typeof body !== 'object') return err('tariffs: body is not an object');
  if (!Array.isArray(body) && isSingleTariff(body)) {
    const one = toTariff(body, requestedCountry);
    return one ? ok([one.tariff]) : err('tariffs: unreadable tariff');
  }
  const found: { tariff: Tariff; position: number }[] = [];
  for (const [key, raw] of mapEntries(body)) {
    if (key === 'response') continue;
    const one = toTariff(raw, dayKey(key));
    if (one) found.push(one);
  }
  return ok(found.sort((a, b) => a.position - b.position).map((f) => f.tariff));
}

// ---------------------------------------------------------------- balance

const balanceWire = z.object({ balance: money, zbalance: money.optional().catch(undefined) });

export function parseBalance(body: unknown): Result<Balance, string> {
  const parsed = balanceWire.safeParse(body);
  if (!parsed.success) return err(`balance: ${summarise(parsed.error)}`);
  return ok({ balance: parsed.data.balance, frozen: parsed.data.zbalance ?? '0' });
}

/** A short, key-free account of what did not fit: paths only, never values. */
function summarise(error: z.ZodError): string {
  const paths = error.issues.slice(0, 3).map((i) => i.path.join('.') || '(root)');
  return `unexpected ${[...new Set(paths)].join(', ')}`;
}
