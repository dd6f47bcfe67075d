// Wire formatting: everything that turns the stand-in's tidy internal state into the provider's
// quirky JSON (docs/provider-api.md). Keep quirks here so the model stays plain.
import type { Cents, StoredMessage, StoredRental } from './types.ts';
import type { Price } from './tariffs.ts';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;
/** The provider's timestamps carry no zone; the docs' examples fit Moscow time (UTC+3). */
const PROVIDER_OFFSET = 3 * HOUR;
const PER_PAGE = 20;

export function toCents(price: Price): Cents {
  return Math.round(Number(price) * 100);
}

/** Money goes out as a decimal string, e.g. "500.00" (the docs' `balance` example). */
export function money(cents: Cents): string {
  return (cents / 100).toFixed(2);
}

export function providerTime(epochMs: number): string {
  const d = new Date(epochMs + PROVIDER_OFFSET);
  const p = (n: number): string => String(n).padStart(2, '0');
  return (
    `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())} ` +
    `${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())}`
  );
}

/** PHP serialises an empty associative array as `[]`; the provider does so for empty maps. */
export function phpMap<V>(map: Record<string, V>): Record<string, V> | [] {
  return Object.keys(map).length === 0 ? [] : map;
}

export interface WireMessage {
  id: number;
  service: string;
  text: string;
  code: string | 0;
  created_at: string;
}

export interface Paginator {
  current_page: number;
  data: WireMessage[];
  from: number;
  last_page: number;
  per_page: number;
  to: number;
  total: number;
}

export interface WireRental {
  tzid: number;
  number: string;
  country: number;
  status: 0 | 1;
  checked: boolean;
  time: number;
  hours: number;
  days: number;
  rent: number;
  extend: Record<string, Price> | [];
  extension: 0 | 1;
  reload: number;
  sum: string;
  messages: WireMessage[] | Paginator;
  checked_time: string | null;
  day_extend: number;
  m_ext: boolean;
  freeze: boolean;
}

export function wireMessage(m: StoredMessage): WireMessage {
  return { id: m.id, service: m.service, text: m.text, code: m.code, created_at: providerTime(m.receivedAt) };
}

export type MessagesShape = 'flat' | 'paginated';

/**
 * `pagination=0` (or `false`) gives a flat list; otherwise (on or absent) the paginator. Messages go out
 * newest first because the provider's order is undefined and clients must sort themselves.
 */
export function wireMessages(messages: readonly StoredMessage[], shape: MessagesShape, page = 1): WireMessage[] | Paginator {
  const sorted = [...messages].sort((a, b) => b.id - a.id).map(wireMessage);
  if (shape === 'flat') return sorted;
  const total = sorted.length;
  const lastPage = Math.max(1, Math.ceil(total / PER_PAGE));
  const current = Math.min(Math.max(1, page), lastPage);
  const data = sorted.slice((current - 1) * PER_PAGE, current * PER_PAGE);
  const from = (current - 1) * PER_PAGE + 1;
  // The docs' empty example reads from:1, to:0 — kept.
  return { current_page: current, data, from, last_page: lastPage, per_page: PER_PAGE, to: from + data.length - 1, total };
}

export interface Remaining {
  time: number;
  hours: number;
  days: number;
}

/** The same remaining duration in minutes, hours and days, each floored (docs' example: 5750 / 95 / 3). */
export function remaining(endsAt: number, now: number): Remaining {
  const left = Math.max(0, endsAt - now);
  return { time: Math.floor(left / MINUTE), hours: Math.floor(left / HOUR), days: Math.floor(left / DAY) };
}

export function wireRental(
  r: StoredRental,
  now: number,
  extendOptions: Record<string, Price>,
  shape: MessagesShape,
  page = 1,
): WireRental {
  const confirmed = r.confirmedAt !== null;
  return {
    tzid: r.tzid,
    number: r.number,
    country: r.country,
    status: confirmed ? 1 : 0,
    checked: confirmed,
    ...remaining(r.endsAt, now),
    rent: r.rentDays,
    // Renewal options vanish (as PHP's `[]`) when auto-renew is off, as the docs describe.
    extend: r.extension ? phpMap(extendOptions) : [],
    extension: r.extension ? 1 : 0,
    reload: 0,
    sum: money(r.paid),
    messages: wireMessages(r.messages, shape, page),
    checked_time: r.confirmedAt !== null ? providerTime(r.confirmedAt) : null,
    day_extend: Number(extendOptions['1'] ?? 0),
    m_ext: r.extension,
    freeze: !confirmed,
  };
}

export { MINUTE, HOUR, DAY };
