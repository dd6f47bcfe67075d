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

/** The number without its country code, for sign-up forms that pick the country in a list of their
 * own. The provider already sends it that way (for Kazakhstan too: "7012345678" after +7). */
export function phoneNational(number: string): string {
  return number;
}

/** The country's name in the UI language; the tariff's own name (in the provider's language) when
 * the code is not in our map or the runtime has no names for it. */
export function countryName(country: number, lang: string, fallback: string): string {
  const region = regionOf(country);
  if (!region) return fallback || `+${country}`;
  try {
    const name = new Intl.DisplayNames([intlLocale(lang, Intl.DisplayNames)], { type: 'region' }).of(region);
    // A runtime with no names at all answers with the code itself ("GB"): the provider's name reads better.
    return name && name !== region ? name : fallback || region;
  } catch {
    return fallback || region;
  }
}

interface IntlKind {
  supportedLocalesOf(locales: string | string[]): string[];
}

/** The locale to format in. Some browsers ship no Kazakh data for some Intl services and then fall
 * back to the root locale ("2026 M11 30", "GB", English units) rather than to a language a Kazakh
 * reader knows; Russian is that language (the UI's own fallback for Cyrillic readers, lib/ui-lang.ts). */
export function intlLocale(lang: string, kind: IntlKind): string {
  if (lang !== 'kk') return lang;
  try {
    return kind.supportedLocalesOf(lang).length > 0 && hasKazakhData() ? lang : 'ru';
  } catch {
    return 'ru';
  }
}

/** Chromium claims Kazakh but may ship no Kazakh names: a month then reads "M12" (seen in the kk
 * screenshots from Debian's Chromium), and units fall back to English. */
let kazakhData: boolean | undefined;
function hasKazakhData(): boolean {
  kazakhData ??= !/^M\d/.test(new Intl.DateTimeFormat('kk', { month: 'short', timeZone: 'UTC' }).format(Date.UTC(2026, 11, 7)));
  return kazakhData;
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
  memo(`dt|${lang}|${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(intlLocale(lang, Intl.DateTimeFormat), options));
const numberFormat = (lang: string, options: Intl.NumberFormatOptions = {}) =>
  memo(`nf|${lang}|${JSON.stringify(options)}`, () => new Intl.NumberFormat(intlLocale(lang, Intl.NumberFormat), options));

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
type DurationFormatCtor = (new (locale: string, options: Record<string, string>) => DurationFormatter) & IntlKind;

function formatDuration(parts: DurationParts, lang: string): string {
  const Ctor = (Intl as unknown as { DurationFormat?: DurationFormatCtor }).DurationFormat;
  if (Ctor) {
    // "always" for the units asked for: "2 days, 3 hr, 0 min" keeps its shape as it ticks, where the
    // default would drop the zero and make the line jump.
    const options: Record<string, string> = { style: 'short' };
    for (const unit of Object.keys(parts)) options[`${unit}Display`] = 'always';
    return memo(`du|${lang}|${JSON.stringify(options)}`, () => new Ctor(intlLocale(lang, Ctor), options)).format(parts);
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

/** The first moment after `now` at which formatCountdown(expiresAt - moment) reads otherwise: the
 * next whole second in the last hour, the next whole minute before it (the hour itself included);
 * Infinity once it says nothing (ended). */
export function nextCountdownChange(expiresAt: number, now: number): number {
  const msLeft = expiresAt - now;
  if (msLeft <= 0) return Infinity;
  const unit = msLeft <= HOUR ? 1000 : MINUTE;
  // Past the next whole unit; the last one ends at expiry itself (zero left reads "ended").
  return Math.min(now + (msLeft % unit) + 1, expiresAt);
}

/** The next local midnight after `now`: where the short forms of "today" (formatEndTime,
 * formatMessageTime) change. */
export function nextDayStart(now: number): number {
  const day = new Date(now);
  day.setHours(24, 0, 0, 0);
  return day.getTime();
}

/** The next whole minute after `now`: where a clock time to the minute (formatDateTime) changes. */
export function nextMinute(now: number): number {
  return (Math.floor(now / MINUTE) + 1) * MINUTE;
}

/** A decimal with grouping and at most two decimals: "1,234.5", "1 234,5". Money gets its unit in
 * lib/money.ts. */
export function formatDecimal(value: number, lang: string): string {
  return numberFormat(lang, { maximumFractionDigits: 2 }).format(value);
}

export function formatNumber(value: number, lang: string): string {
  return numberFormat(lang).format(value);
}

/** The clock time when it is today ("14:32"), date and clock otherwise ("3 Jun, 14:32"): an end or a
 * refund deadline, read next to a countdown. */
export function formatEndTime(ms: number, now: number, lang: string): string {
  const sameDay = new Date(ms).toDateString() === new Date(now).toDateString();
  return dateTime(lang, sameDay ? { timeStyle: 'short' } : { day: 'numeric', month: 'short', hour: 'numeric', minute: '2-digit' }).format(ms);
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
