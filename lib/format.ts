// Display formatting for the popup: phone numbers, time left, money, dates. Everything locale-dependent
// goes through Intl with the UI language, so a Russian reader sees "2 д. 3 ч" and "1 234,5".
import { dialCode, regionOf } from './phone/number-forms.ts';

/** Digit groups per dialling code, used only when the number has exactly that many digits. */
const GROUPS: Record<number, { sizes: number[]; seps: string[] }> = {
  7: { sizes: [3, 3, 2, 2], seps: [' ', '-', '-'] }, // +7 931 335-85-47
  380: { sizes: [2, 3, 4], seps: [' ', ' '] }, // +380 93 123 4567
  44: { sizes: [4, 6], seps: [' '] }, // +44 7911 123456
  1: { sizes: [3, 3, 4], seps: [' ', ' '] }, // +1 415 555 0100
  49: { sizes: [3, 4, 4], seps: [' ', ' '] }, // +49 151 2345 6789
  48: { sizes: [3, 3, 3], seps: [' ', ' '] }, // +48 512 345 678
};

/** `number` is the provider's digit string without the country code; it is never parsed as an int
 * (leading zeros matter). Unknown layouts keep the digits as they came; an unknown country shows the
 * number alone rather than a made-up code. */
export function formatPhone(country: number | null, number: string): string {
  if (country === null) return number;
  const dial = dialCode(country);
  const layout = GROUPS[dial];
  const total = layout?.sizes.reduce((a, b) => a + b, 0);
  if (!layout || !/^\d+$/.test(number) || number.length !== total) return `+${dial} ${number}`;
  let out = '';
  let at = 0;
  layout.sizes.forEach((size, i) => {
    out += number.slice(at, at + size) + (layout.seps[i] ?? '');
    at += size;
  });
  return `+${dial} ${out}`;
}

/** What goes on the clipboard: the full international number without spaces. */
export function phoneForCopy(country: number | null, number: string): string {
  return country === null ? number : `+${dialCode(country)}${number}`;
}

/** The country's name in the UI language; the tariff's own name (in the provider's language) when
 * the code is not in our map or the runtime has no names for it. */
export function countryName(country: number, lang: string, fallback: string): string {
  const region = regionOf(country);
  if (!region) return fallback || `+${country}`;
  try {
    return new Intl.DisplayNames([lang], { type: 'region' }).of(region) ?? fallback;
  } catch {
    return fallback || region;
  }
}

// Building an Intl formatter costs far more than using one, and the popup formats every message's time
// and every countdown each second: one formatter per (kind, language, options), made once.
const formatters = new Map<string, unknown>();
function memo<T>(key: string, make: () => T): T {
  let formatter = formatters.get(key) as T | undefined;
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter;
}
const dateTime = (lang: string, options: Intl.DateTimeFormatOptions) =>
  memo(`dt|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(lang, options));
const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  memo(`nf|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(lang, options));

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

interface DurationParts {
  days?: number;
  hours?: number;
  minutes?: number;
  seconds?: number;
}

// Intl.DurationFormat is in every browser SimFill targets (Chrome 129+, Firefox 136+); the manual
// fallback covers older runtimes and test environments without it.
interface DurationFormatter {
  format(parts: DurationParts): string;
}
type DurationFormatCtor = new (locale: string, options: Record<string, string>) => DurationFormatter;

function formatDuration(parts: DurationParts, lang: string): string {
  const Ctor = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (Ctor) {
    // "always" for the units asked for: "2 days, 3 hr, 0 min" keeps its shape as it ticks, where the
    // default would drop the zero and make the line jump.
    const options: Record<string, string> = { style: 'short' };
    for (const unit of Object.keys(parts)) options[`${unit}Display`] = 'always';
    return memo(`du|${lang}|${JSON.stringify(options)}`, () => new Ctor(lang, options)).format(parts);
  }
  const unit = { days: 'd', hours: 'h', minutes: 'min', seconds: 's' } as const;
  return (Object.keys(unit) as (keyof DurationParts)[])
    .filter((k) => parts[k] !== undefined)
    .map((k) => `${parts[k]} ${unit[k]}`)
    .join(' ');
}

/** Time left: days, hours and minutes; minutes and seconds in the last hour. Zero or less → null
 * (the caller says "ended" in words). Zero-valued leading units are dropped ("3 h 5 min", not
 * "0 d 3 h 5 min"). */
export function formatCountdown(msLeft: number, lang: string): string | null {
  if (msLeft <= 0) return null;
  if (msLeft < HOUR) {
    const minutes = Math.floor(msLeft / MINUTE);
    const seconds = Math.floor((msLeft % MINUTE) / 1000);
    return formatDuration(minutes > 0 ? { minutes, seconds } : { seconds }, lang);
  }
  const days = Math.floor(msLeft / DAY);
  const hours = Math.floor((msLeft % DAY) / HOUR);
  const minutes = Math.floor((msLeft % HOUR) / MINUTE);
  return formatDuration(days > 0 ? { days, hours, minutes } : { hours, minutes }, lang);
}

/** The provider states no currency, so none is shown: "1 234,5" in Russian, "1,234.5" in English.
 * A value that is not a number is shown as it came rather than as "NaN". */
export function formatMoney(amount: string, lang: string): string {
  const value = Number(amount);
  if (amount.trim() === '' || !Number.isFinite(value)) return amount;
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatNumber(value: number, lang: string): string {
  return numberFormat(lang).format(value);
}

/** A date with time, for renewals and history. */
export function formatDateTime(ms: number, lang: string): string {
  return dateTime(lang, { dateStyle: 'medium', timeStyle: 'short' }).format(ms);
}

/** A message's time: the clock alone when it is from today, date and clock otherwise. */
export function formatMessageTime(ms: number, now: number, lang: string): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return dateTime(lang, sameDay ? { timeStyle: 'short' } : { dateStyle: 'short', timeStyle: 'short' }).format(ms);
}

/** "https://Example.com/login" and "example.com" both mean the host example.com; null when it is not
 * a host at all. */
export function siteHost(input: string): string | null {
  const text = input.trim().toLowerCase();
  if (!text || /\s/.test(text)) return null;
  try {
    return new URL(text.includes('://') ? text : `https://${text}`).hostname || null;
  } catch {
    return null;
  }
}

/** "7 days", "7 дней", "1 день": Intl knows each language's plural forms; messages.json does not. */
export function formatDays(days: number, lang: string): string {
  return numberFormat(lang, { style: 'unit', unit: 'day', unitDisplay: 'long' }).format(days);
}
