// The background's request to the injected phone-fill script and its answer. The request is checked
// by hand in the page (the script stays free of zod); the background checks the answer with zod.
import type { PhoneForms } from './number-forms.ts';

export type PhoneFillRequest = PhoneForms;

/** Listed once as values: the types come from them, and the background checks a reply against them. */
export const PHONE_FILL_FAILURES = ['no-field', 'several-fields', 'not-empty', 'country-not-set', 'not-verified'] as const;
export const PHONE_FORMS = ['national', 'international'] as const;
export type PhoneFillFailure = (typeof PHONE_FILL_FAILURES)[number];
export type PhoneForm = (typeof PHONE_FORMS)[number];

/** The outcome and the host of the frame it happened in (for the ledger). */
export type PhoneFillReply = { ok: true; host: string; form: PhoneForm } | { ok: false; host: string; reason: PhoneFillFailure };

export function parsePhoneRequest(value: unknown): PhoneFillRequest | null {
  if (typeof value !== 'object' || value === null) return null;
  const r = value as Record<string, unknown>;
  if (Object.keys(r).sort().join() !== 'dial,international,national,region') return null;
  if (typeof r.dial !== 'string' || !/^\d{1,4}$/.test(r.dial)) return null;
  if (typeof r.national !== 'string' || !/^\d{4,14}$/.test(r.national)) return null;
  if (r.international !== `+${r.dial}${r.national}`) return null;
  if (r.region !== null && (typeof r.region !== 'string' || !/^[A-Z]{2}$/.test(r.region))) return null;
  return r as unknown as PhoneFillRequest;
}
