// Turns a raw SMS into the plain text the extractor reasons about. Everything here is linear in the
// (capped) input: the extractor must answer quickly even when a provider hands it a 100 KB blob.
import { asCode } from './code.ts';

/** SMS bodies are at most a few KB; anything longer is not a normal SMS. The head holds the code in
 * practice and the tail holds the origin-bound line, so we keep both and drop the middle. */
const HEAD_CHARS = 2000;
const TAIL_CHARS = 400;

const digitZeroCache = new Map<number, number>();

/** Value of any Unicode decimal digit (Persian, Arabic-Indic, Devanagari, …). Decimal digits come in
 * contiguous runs of ten, so the value is the distance from the start of the run, modulo 10. */
function digitValue(cp: number): number {
  let zero = digitZeroCache.get(cp);
  if (zero === undefined) {
    zero = cp;
    // Walk back over the run; at most a few hundred steps once per distinct digit, then cached.
    for (let steps = 0; steps < 100 && /\p{Nd}/u.test(String.fromCodePoint(zero - 1)); steps++) zero--;
    digitZeroCache.set(cp, zero);
  }
  return (cp - zero) % 10;
}

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** Drops the middle of huge inputs (see HEAD_CHARS). */
export function capLength(text: string): string {
  if (text.length <= HEAD_CHARS + TAIL_CHARS + 200) return text;
  return `${text.slice(0, HEAD_CHARS)}\n${text.slice(-TAIL_CHARS)}`;
}

/** HTML elements a forwarded e-mail body holds. Other words in angle brackets are the message's own
 * text: "<OTP 439753><Ref. HV7B>" brackets a code and its reference, not tags. */
const HTML_TAG = /<\/?(?:a|b|i|u|p|br|hr|div|span|font|table|tbody|thead|tr|td|th|ul|ol|li|html|head|body|title|style|script|meta|img|strong|em|small|big|sup|sub|center|h[1-6]|pre|code|blockquote|label|section|article|header|footer)(?![\w-])[^<>]{0,300}>/gi;

/** HTML-ish input (some gateways forward e-mail bodies): tags become breaks, entities become text. */
function stripMarkup(text: string): string {
  if (!text.includes('<') && !text.includes('&')) return text;
  return text
    .replace(/<(?:br|\/p|\/div|\/tr|\/li)\b[^<>]{0,200}>/gi, '\n')
    .replace(HTML_TAG, ' ')
    .replace(/<#>/g, ' ') // the SMS Retriever marker, read before normalising (extract.ts)
    .replace(/&(nbsp|amp|lt|gt|quot|apos|#39);/g, (_, name: string) => ENTITIES[name] ?? ' ');
}

/**
 * NFKC folds full-width and mathematical digits/letters and full-width punctuation (：，) to ASCII;
 * the remaining non-ASCII decimal digits (Persian, Arabic-Indic, …) are mapped by value. Keycap emoji
 * (1️⃣) lose their combining marks so they read as digits.
 */
export function normalizeText(raw: string): string {
  // Full-width commas/stops end CJK clauses ("验证码490578，10分钟"); NFKC would turn them into a
  // decimal separator, so they become a separator plus a space first.
  let text = stripMarkup(capLength(raw)).replace(/\uFF0C/g, ', ').replace(/\uFF0E/g, '. ').normalize('NFKC');
  text = text.replace(/[\uFE0F\u20E3\u200B-\u200F\u202A-\u202E\u2066-\u2069]/g, '');
  text = text.replace(/[\u066B]/g, '.').replace(/[\u066C]/g, ',');
  text = text.replace(/(?![0-9])\p{Nd}/gu, (ch) => String(digitValue(ch.codePointAt(0) ?? 0)));
  return text.replace(/\u00A0|\u2007|\u202F/g, ' ').replace(/\r\n?/g, '\n');
}

/** The provider's hint, normalised like the text so both compare equal. */
export function normalizeHint(hint: string | null | undefined): string | null {
  if (!hint) return null;
  const clean = normalizeText(hint).replace(/[\s-]/g, '');
  return asCode(clean);
}
