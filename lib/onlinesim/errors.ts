// Every way a provider call can fail, as a value, and what each one means for polling and for the user.
import { errorText, type ErrorLang } from './error-texts.ts';

export type ProviderError =
  /** Any error string in `response`, known or unknown, verbatim; `guardSecs` when a refusal says in how
   * many seconds the action becomes possible (`guard_secs`, seen on refused closes). */
  | { kind: 'provider'; code: string; guardSecs?: number }
  /** A non-2xx status without a usable body (5xx pages, proxies, a wrong path). */
  | { kind: 'http'; status: number }
  /** HTTP 429, TRY_AGAIN_LATER or INTERVAL_CONCURRENT_REQUESTS_ERROR; `Retry-After` when the server sent one. */
  | { kind: 'rate-limited'; retryAfterMs: number | null }
  /** Non-JSON, truncated JSON, an HTML page, or JSON of the wrong shape. `detail` never holds the key. */
  | { kind: 'bad-response'; detail: string }
  /** No answer within the client's timeout (10 s by default). */
  | { kind: 'timeout' }
  /** fetch itself failed: refused, DNS, no network, or a redirect (provider requests never follow one). */
  | { kind: 'offline' }
  /** SimFill itself refused to send the key there: not https (and not this computer), a host other than
   * OnlineSim's own that the user has not confirmed on the settings page, or one whose host permission
   * the browser has not granted (lib/onlinesim/address.ts). Nothing was sent. */
  | { kind: 'refused'; reason: 'not-https' | 'not-confirmed' | 'no-permission'; host: string };

export type ErrorCategory = 'auth' | 'account' | 'transient' | 'rental-gone' | 'funds' | 'stock' | 'input' | 'unknown';

const CATEGORY_OF_CODE: Record<string, ErrorCategory> = {
  ERROR_WRONG_KEY: 'auth',
  ERROR_NO_KEY: 'auth',
  ACCOUNT_BLOCKED: 'account',
  ACCOUNT_CLEANED: 'account',
  USER_NOT_ACTIVATED: 'account',
  API_ACCESS_DISABLED: 'account',
  API_ACCESS_IP: 'account',
  TRY_AGAIN_LATER: 'transient',
  INTERVAL_CONCURRENT_REQUESTS_ERROR: 'transient',
  ERROR_UNDEFINED: 'transient',
  ERROR_NO_TZID: 'rental-gone',
  ERROR_WRONG_TZID: 'rental-gone',
  LIFICYCLE_NUM_EXPIRED: 'rental-gone', // sic: the provider's spelling
  LIFECYCLE_NUM_EXPIRED: 'rental-gone', // in case the spelling is ever fixed
  WARNING_LOW_BALANCE: 'funds',
  NO_NUMBER: 'stock',
  UNDEFINED_COUNTRY: 'input',
  NO_COUNTRY: 'input',
  UNDEFINED_DAYS: 'input',
  NO_COMPLETE_TZID: 'input',
  NO_CLOSE_RENT_US: 'input',
  NEED_EXTENSION_NUMBER: 'input',
  ERROR_PARAMS: 'input',
  EXCEEDED_CONCURRENT_OPERATIONS: 'input',
  REQUEST_NOT_FOUND: 'input',
};

/**
 * What kind of trouble this is. `NO_NUMBER` is "stock" here; after getRentState with a tzid it means
 * the rental is gone, which only the caller knows.
 */
export function errorCategory(e: ProviderError): ErrorCategory {
  switch (e.kind) {
    case 'provider':
      // API_ACCESS_* covers variants the docs may not list yet (API_ACCESS_DISABLED, API_ACCESS_IP, ...).
      return CATEGORY_OF_CODE[e.code] ?? (e.code.startsWith('API_ACCESS_') ? 'account' : 'unknown');
    case 'http':
      if (e.status === 456) return 'auth';
      if (e.status >= 500 || e.status === 408) return 'transient';
      // 404/405: nothing answers at that path, i.e. the API address is wrong.
      if (e.status === 404 || e.status === 405) return 'input';
      return 'unknown';
    case 'rate-limited':
    case 'bad-response':
    case 'timeout':
    case 'offline':
      return 'transient';
    case 'refused':
      // Like a wrong key: asking again cannot help until the settings (or the permission) change.
      return 'auth';
  }
}

/** Wrong key or an account that may not use the API: polling again cannot help until settings change. */
export function stopsPolling(e: ProviderError): boolean {
  const category = errorCategory(e);
  return category === 'auth' || category === 'account';
}

/** Worth retrying later with backoff, keeping the stored state as it is. */
export function isTransient(e: ProviderError): boolean {
  return errorCategory(e) === 'transient';
}

export type { ErrorLang };

/** Plain words and a next step, in the UI language (English when a text is missing). Never the key. */
export function describeError(e: ProviderError, lang: ErrorLang): { message: string; nextStep: string } {
  return errorText(e, lang);
}
