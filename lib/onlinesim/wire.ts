// Small zod pieces for the provider's loose JSON (docs/provider-api.md): PHP's `[]` for `{}`, numbers
// that arrive as strings, booleans as 0/1/"1"/true, money as numbers or strings. Each one either
// normalises a value or fails; the callers decide whether a failure drops an item or the response.
import { z } from '../zod.ts';

/** Integers that may arrive as JSON numbers or digit strings (e.g. `tzid`, `country`). */
export const intLike = z.union([
  z.number().int(),
  z
    .string()
    .trim()
    .regex(/^-?\d+$/)
    .transform(Number)
    // Long digit strings become inexact or infinite numbers: hold them to the number branch's rules.
    .pipe(z.number().int()),
]);

/** A finite number or a numeric string; minutes left and similar counters. */
export const numberLike = z.union([
  z.number().refine(Number.isFinite),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/)
    .transform(Number)
    .pipe(z.number()), // finite: 400 digits would be Infinity
]);

/** Truthy in any of the provider's spellings: 1, "1", true, "true". Anything else is false. */
export function isTrueFlag(value: unknown): boolean {
  return value === 1 || value === true || value === '1' || value === 'true';
}

/** Money keeps its decimal digits as text: no float rounding, no currency (the provider states none). */
export const money = z.union([
  z
    .number()
    .refine(Number.isFinite)
    .transform(numberToDecimal),
  z
    .string()
    .trim()
    .regex(/^-?\d+(\.\d+)?$/),
]);

function numberToDecimal(n: number): string {
  const plain = String(n);
  if (!/e/i.test(plain)) return plain;
  // String() switches to exponent notation from 1e21 (such floats are whole: BigInt spells them out)
  // and below 1e-6 (money never needs more than cents).
  return Math.abs(n) >= 1 ? BigInt(n).toString() : n.toFixed(2);
}

/**
 * A map that PHP may have serialised as `[]` when empty, or as a list when its keys happened to be
 * 0..n-1; null and absent mean empty too. Gives the entries; values are checked by the caller.
 */
export function mapEntries(value: unknown): [string, unknown][] {
  if (value === null || value === undefined) return [];
  if (Array.isArray(value)) return value.map((v, i) => [String(i), v]);
  if (typeof value === 'object') return Object.entries(value);
  return [];
}

/** The values of a list, or of an object standing for one (numeric keys); the list itself when it is one. */
export function listValues(value: unknown): unknown[] {
  return Array.isArray(value) ? value : mapEntries(value).map(([, v]) => v);
}

/** A day count used as a map key ("7" → 7); only positive whole days are real periods. */
export function dayKey(key: string): number | null {
  if (!/^\d+$/.test(key.trim())) return null;
  const days = Number(key);
  return Number.isSafeInteger(days) && days > 0 ? days : null;
}

/** `{"<days>": price}` → sorted `{days, price}`; entries with an unreadable key or price are skipped. */
export function dayPrices(value: unknown): { days: number; price: string }[] {
  const out: { days: number; price: string }[] = [];
  for (const [key, raw] of mapEntries(value)) {
    const days = dayKey(key);
    const price = money.safeParse(raw);
    if (days !== null && price.success) out.push({ days, price: price.data });
  }
  return out.sort((a, b) => a.days - b.days);
}

const PROVIDER_OFFSET_MS = 3 * 3_600_000;
const PROVIDER_TIME = /^(\d{4})-(\d{2})-(\d{2})[ T](\d{2}):(\d{2})(?::(\d{2}))?$/;

/**
 * `created_at` is "YYYY-MM-DD HH:MM:SS" without a zone; the docs' examples fit Moscow time (UTC+3,
 * no DST since 2014). Returns ms since epoch, or null when the text is not such a timestamp.
 */
export function providerTimeToMs(text: string): number | null {
  const m = PROVIDER_TIME.exec(text.trim());
  if (!m) return null;
  const [y, mo, d, h, mi, s] = m.slice(1).map((part) => Number(part ?? 0)) as [number, number, number, number, number, number];
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 23 || mi > 59 || s > 59) return null;
  const utc = Date.UTC(y, mo - 1, d, h, mi, s);
  // Date.UTC rolls 2024-02-31 over to March; a date that moved was not a real date.
  if (new Date(utc).getUTCDate() !== d) return null;
  return utc - PROVIDER_OFFSET_MS;
}
