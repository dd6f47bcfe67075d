// Every way a provider call can fail, as a value, and what each one means for polling and for the user.
// The value is what is stored and passed around; words are made only where they are shown
// (`describeError` with the showing context's translator), so they follow that context's language.
import { displayText } from '../display-text.ts';
import type { MessageKey } from '../i18n.ts';
import { meaningOf, type ErrorCategory, type ErrorTextKey } from './error-codes.ts';

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

export type { ErrorCategory };

/** What kind of trouble this is (provider codes: error-codes.ts). */
export function errorCategory(e: ProviderError): ErrorCategory {
  switch (e.kind) {
    case 'provider':
      return meaningOf(e.code).category;
    case 'http':
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

function textOf(e: ProviderError): ErrorTextKey {
  switch (e.kind) {
    case 'provider':
      // "When" beats "why": a refusal that says when it will be allowed answers the user's question.
      return e.guardSecs !== undefined ? 'errCloseLater' : meaningOf(e.code).text;
    case 'http':
      if (e.status === 404 || e.status === 405) return 'errWrongAddress';
      return e.status >= 500 ? 'errServer' : 'errHttp';
    case 'rate-limited':
      return e.retryAfterMs !== null && e.retryAfterMs > 0 ? 'errRateLimitedWait' : 'errRateLimited';
    case 'bad-response':
      return 'errBadResponse';
    case 'timeout':
      return 'errTimeout';
    case 'offline':
      return 'errOffline';
    case 'refused':
      return REFUSED_TEXT[e.reason];
  }
}

const REFUSED_TEXT = { 'not-https': 'errRefusedHttp', 'not-confirmed': 'errRefusedUnconfirmed', 'no-permission': 'errRefusedPermission' } as const;

/** A provider code shown verbatim, but never a wall of text, control or direction characters from a broken body. */
function visibleCode(code: string): string {
  const clean = displayText(code.replace(/[\u0000-\u001f\u007f]/g, ' ')).trim();
  return clean.length > 80 ? `${clean.slice(0, 80)}…` : clean;
}

/** The substitutions every error message may use, in the order of its placeholders' `$1`…`$5`:
 * code, HTTP status, seconds to wait, minutes to wait, host. Never the key or a response's detail. */
function substitutions(e: ProviderError): string[] {
  return [
    e.kind === 'provider' ? visibleCode(e.code) : '',
    e.kind === 'http' ? String(e.status) : '',
    e.kind === 'rate-limited' && e.retryAfterMs !== null ? String(Math.ceil(e.retryAfterMs / 1000)) : '',
    e.kind === 'provider' && e.guardSecs !== undefined ? String(Math.ceil(e.guardSecs / 60)) : '',
    e.kind === 'refused' ? displayText(e.host) : '',
  ];
}

/** Translates a message key with substitutions: `t` in a page, `translate` bound to a language in the background. */
export type Say = (key: MessageKey, ...subs: string[]) => string;

/** Plain words and a next step in the language `say` speaks. Never the key. */
export function describeError(e: ProviderError, say: Say): { message: string; nextStep: string } {
  const key = textOf(e);
  const subs = substitutions(e);
  return { message: say(key, ...subs), nextStep: say(`${key}Next`, ...subs) };
}
