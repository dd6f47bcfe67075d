// Fills the rented number into the chosen phone field and checks the result by reading back what the
// page holds: the country picker first, then the number in the form the field expects, typed key by
// key. Nothing half-typed is left behind: a fill that does not read back right is undone.
import { focusField, readValue } from '../otp/field-events.ts';
import { choosePhoneField } from './detect.ts';
import type { PhoneForms } from './number-forms.ts';
import type { PhoneFillFailure, PhoneForm } from './protocol.ts';
import { findPicker, type Picker } from './pickers.ts';
import { nextTask, restoreValue, typeText } from './typing.ts';

export type PhoneFillOutcome = { ok: true; form: PhoneForm } | { ok: false; reason: PhoneFillFailure };

const digitsOf = (text: string) => text.replace(/\D/g, '');

/** The field already carries the country: its value or placeholder starts with +<dial> (a mask such as
 * "+7 (___) ___-__-__"), or the Russian trunk "8 (". */
function holdsCountry(field: HTMLInputElement, forms: PhoneForms): boolean {
  const prefix = new RegExp(`^\\s*\\+\\s?${forms.dial}(?!\\d)`);
  return prefix.test(readValue(field)) || prefix.test(field.placeholder) || (forms.dial === '7' && /^\s*8\s?\(/.test(field.placeholder || readValue(field)));
}

/** What the field may hold before SimFill types: nothing, or only the country part a mask or widget
 * put there (with a picker, that of any country: "+1" until the picker is set). Anything more is
 * someone's number, which SimFill does not overwrite. */
function emptyEnough(value: string, forms: PhoneForms, picker: boolean): boolean {
  const digits = digitsOf(value);
  if (picker && /^\s*\+\d{1,4}\s*$/.test(value)) return true;
  return digits === '' || digits === forms.dial || (forms.dial === '7' && digits === '8');
}

/** The page's value reads as the rented number: international, or national (with a trunk 0/8) where
 * the picker or the field's prefix carries the country. */
export function readsAsNumber(value: string, forms: PhoneForms, countryShown: boolean): boolean {
  const digits = digitsOf(value);
  if (digits === forms.dial + forms.national) return true;
  if (!countryShown) return false;
  return digits === forms.national || digits === `0${forms.national}` || (forms.dial === '7' && digits === `8${forms.national}`);
}

export async function fillPhone(doc: Document, forms: PhoneForms): Promise<PhoneFillOutcome> {
  const choice = choosePhoneField(doc);
  if (!choice.ok) return choice;
  const field = choice.field;
  if (readsAsNumber(readValue(field), forms, true)) return { ok: true, form: 'national' }; // already there
  const picker: Picker | null = findPicker(field);
  if (!emptyEnough(readValue(field), forms, picker !== null)) return { ok: false, reason: 'not-empty' };

  if (picker) {
    await picker.choose(forms);
    if (!picker.holds(forms)) return { ok: false, reason: 'country-not-set' };
  }
  focusField(field);
  await nextTask(); // masks show their prefix on focus (Inputmask, react-input-mask)
  const before = readValue(field);
  if (!emptyEnough(before, forms, picker !== null)) return { ok: false, reason: 'not-empty' };

  const countryShown = picker !== null || holdsCountry(field, forms);
  const order = countryShown ? (['national', 'international'] as const) : (['international', 'national'] as const);
  for (const form of order) {
    await typeText(field, form === 'national' ? forms.national : forms.international);
    await nextTask();
    if (readsAsNumber(readValue(field), forms, countryShown) && (!picker || picker.holds(forms))) return { ok: true, form };
    restoreValue(field, before);
    await nextTask();
    if (picker && !picker.holds(forms)) await picker.choose(forms); // "+<dial>" typed into a widget may switch it
  }
  return { ok: false, reason: 'not-verified' };
}
