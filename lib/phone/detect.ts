// Which field takes the phone number: the one the user focused, else the one visible phone field of
// the page. A phone field is what sites mark or label as one (type=tel, autocomplete=tel, "phone",
// "телефон", "телефон нөмірі"…); a code, card, postal or search field never is, whatever else it says.
import { collectInputs, labelText } from '../otp/field-dom.ts';
import { normalizeText, readSignal, NEVER, STRONG } from '../otp/field-text.ts';
import { deepActiveElement } from '../otp/focused-field.ts';
import { isVisibleToUser } from '../otp/visibility.ts';

export type FieldKind = 'phone' | 'unknown' | 'other' | 'never';

const TEXT_TYPES = /^(text|tel|number|)$/;
// Normalised text (lib/otp/field-text.ts): lower case, words between single spaces.
const PHONE_WORDS = / (phone|phones|telephone|tel|mobile|cell|cellphone|msisdn|телефон\p{L}*|мобильн\p{L}*|мобільн\p{L}*|ұялы) /u;
// A code word rules the field out even beside "phone": "код из SMS на телефон", "phone code", "country code".
const CODE_WORDS = / (codes?|pin|otp|passcode|token|kod|код\p{L}{0,2}) /u;
// "sms" alone names the code field; "phone for SMS" is still a phone field.
const SMS_WORDS = / (sms|смс) /u;
const OTHER_AUTOCOMPLETE = /^(cc-|one-time-code|postal-code|email|username|(current|new)-password|tel-(country-code|extension|area-code))/;
// A placeholder that shows a phone layout: "+7 (___) ___-__-__", "+380 99 999 9999", "(999) 999-99-99".
const PHONE_LAYOUT = /^\s*(\+\d{1,4}|8)?[\s(]*[\d_X#*]{2,5}[)\s-]*[\d_X#*]{2,4}[\s-]*[\d_X#*]{2,4}([\s-]*[\d_X#*]{2,4})?\s*$/;

function ownText(el: HTMLInputElement): string {
  return [el.name, el.id, el.placeholder, el.getAttribute('aria-label'), el.title, labelText(el)].filter(Boolean).join(' ');
}

export function classifyField(el: HTMLInputElement): FieldKind {
  if (!TEXT_TYPES.test(el.type) || el.disabled || el.readOnly) return 'never';
  if (el.getAttribute('role') === 'searchbox' || el.closest('[role=search]')) return 'never';
  const tokens = (el.getAttribute('autocomplete') ?? '').toLowerCase().split(/\s+/);
  if (tokens.some((t) => OTHER_AUTOCOMPLETE.test(t))) return 'never';
  const raw = ownText(el);
  const text = normalizeText(raw);
  const signal = readSignal(raw);
  if (signal & (NEVER | STRONG) || CODE_WORDS.test(text) || el.inputMode === 'search') return 'never';
  const phoneWords = PHONE_WORDS.test(text);
  if (SMS_WORDS.test(text) && !phoneWords) return 'never';
  if (el.type === 'tel' || tokens.some((t) => /^tel(-national|-local)?$/.test(t)) || phoneWords) return 'phone';
  if (PHONE_LAYOUT.test(el.placeholder) && /\d|_/.test(el.placeholder)) return 'phone';
  return signal === 0 && tokens.every((t) => t === '' || t === 'on' || t === 'off') ? 'unknown' : 'other';
}

export type FieldChoice = { ok: true; field: HTMLInputElement } | { ok: false; reason: 'no-field' | 'several-fields' };

/** The focused field when it may hold a phone number (a phone field, or one that says nothing of its
 * purpose: the user chose it), else the one visible phone field. Several visible ones: the user must
 * choose by clicking into one. */
export function choosePhoneField(doc: Document): FieldChoice {
  const active = deepActiveElement(doc);
  if (active?.tagName === 'INPUT') {
    const kind = classifyField(active as HTMLInputElement);
    if ((kind === 'phone' || kind === 'unknown') && isVisibleToUser(active as HTMLInputElement)) return { ok: true, field: active as HTMLInputElement };
  }
  const phones = collectInputs(doc).filter((el) => classifyField(el) === 'phone' && isVisibleToUser(el));
  if (phones.length === 1) return { ok: true, field: phones[0]! };
  return { ok: false, reason: phones.length === 0 ? 'no-field' : 'several-fields' };
}
