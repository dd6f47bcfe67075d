// The provider's error codes, each stated once: what kind of trouble it is and which message
// (public/_locales, key and key + "Next" for the next step) tells the user. The client, the taxonomy
// (errors.ts) and the UI all read this table. A code missing here is still shown, verbatim.
import type { MessageKey } from '../i18n.ts';

export type ErrorCategory = 'auth' | 'account' | 'transient' | 'rental-gone' | 'funds' | 'stock' | 'input' | 'unknown';

/** A message key that has a next-step partner (`errWrongKey` and `errWrongKeyNext`). */
export type ErrorTextKey = { [K in MessageKey]: `${K}Next` extends MessageKey ? (K extends `err${string}` ? K : never) : never }[MessageKey];

export interface CodeMeaning {
  category: ErrorCategory;
  text: ErrorTextKey;
  /** "Too fast": the client turns the code into a `rate-limited` error (with Retry-After), whatever the
   * HTTP status says. */
  rateLimit?: true;
}

export const PROVIDER_CODES = {
  ERROR_WRONG_KEY: { category: 'auth', text: 'errWrongKey' },
  ERROR_NO_KEY: { category: 'auth', text: 'errKeyNotSent' },
  ACCOUNT_BLOCKED: { category: 'account', text: 'errAccountBlocked' },
  ACCOUNT_CLEANED: { category: 'account', text: 'errAccountCleaned' },
  USER_NOT_ACTIVATED: { category: 'account', text: 'errNotActivated' },
  API_ACCESS_DISABLED: { category: 'account', text: 'errApiDisabled' },
  API_ACCESS_IP: { category: 'account', text: 'errApiIp' },
  TRY_AGAIN_LATER: { category: 'transient', text: 'errRateLimited', rateLimit: true },
  INTERVAL_CONCURRENT_REQUESTS_ERROR: { category: 'transient', text: 'errRateLimited', rateLimit: true },
  ERROR_UNDEFINED: { category: 'transient', text: 'errProviderTemporary' },
  ERROR_NO_TZID: { category: 'rental-gone', text: 'errBadTzid' },
  ERROR_WRONG_TZID: { category: 'rental-gone', text: 'errBadTzid' },
  LIFICYCLE_NUM_EXPIRED: { category: 'rental-gone', text: 'errExpired' }, // sic: the provider's spelling
  LIFECYCLE_NUM_EXPIRED: { category: 'rental-gone', text: 'errExpired' }, // in case the spelling is ever fixed
  WARNING_LOW_BALANCE: { category: 'funds', text: 'errLowBalance' },
  // "stock" here; after getRentState with a tzid it means the rental is gone, which only the caller knows.
  NO_NUMBER: { category: 'stock', text: 'errNoNumber' },
  UNDEFINED_COUNTRY: { category: 'input', text: 'errBadCountry' },
  NO_COUNTRY: { category: 'input', text: 'errBadCountry' },
  UNDEFINED_DAYS: { category: 'input', text: 'errBadDays' },
  NO_COMPLETE_TZID: { category: 'input', text: 'errNoComplete' },
  NO_CLOSE_RENT_US: { category: 'input', text: 'errNoCloseRent' },
  NEED_EXTENSION_NUMBER: { category: 'input', text: 'errNeedExtension' },
  ERROR_PARAMS: { category: 'input', text: 'errBadParams' },
  EXCEEDED_CONCURRENT_OPERATIONS: { category: 'input', text: 'errTooManyRentals' },
  // Nothing answers that request: the API address points somewhere else.
  REQUEST_NOT_FOUND: { category: 'input', text: 'errWrongAddress' },
} as const satisfies Record<string, CodeMeaning>;

export type KnownCode = keyof typeof PROVIDER_CODES;

/** HTTP statuses that carry a code of their own: a wrong key comes as 456 even without a readable body. */
export const CODE_OF_STATUS: Readonly<Partial<Record<number, KnownCode>>> = { 456: 'ERROR_WRONG_KEY' };

/** API_ACCESS_* covers variants the docs may not list yet (API_ACCESS_DISABLED, API_ACCESS_IP, ...). */
const API_ACCESS: CodeMeaning = { category: 'account', text: 'errApiAccess' };
const UNKNOWN: CodeMeaning = { category: 'unknown', text: 'errUnknownCode' };

export function meaningOf(code: string): CodeMeaning {
  if (Object.hasOwn(PROVIDER_CODES, code)) return PROVIDER_CODES[code as KnownCode];
  return code.startsWith('API_ACCESS_') ? API_ACCESS : UNKNOWN;
}

export function isRateLimitCode(code: string): boolean {
  return meaningOf(code).rateLimit === true;
}
