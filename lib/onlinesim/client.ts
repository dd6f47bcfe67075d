// Typed calls to the OnlineSim rent API. Every failure comes back as a ProviderError value: nothing
// thrown inside (a network error, a bad body, a bug) escapes past these functions.
import { err, ok, type Result } from '../result.ts';
import { hostConfirmed, hostOfAddress, hostPermission, validateApiAddress } from './address.ts';
import { CODE_OF_STATUS, isRateLimitCode, type KnownCode } from './error-codes.ts';
import type { ProviderError } from './errors.ts';
import { parseBalance, parseRentalItem, parseRentalList, parseTariffs, readEnvelope } from './schemas.ts';
import { numberLike } from './wire.ts';
import { retryAfterMs } from './retry-after.ts';
import { markAnswer } from '../poll-timing.ts';
import type { Balance, KnownMessages, Rental, RentalList, Tariff } from './types.ts';

export interface ClientConfig {
  baseUrl: string;
  apiKey: string;
  /** Translates country names only; error codes stay English. */
  lang: 'en' | 'ru' | 'de' | 'fr' | 'zh';
  /** The host the user confirmed on the settings page for this address (Settings.confirmedHost): the key
   * goes to OnlineSim's own host or to this one, nowhere else, whatever the browser's permissions say. */
  confirmedHost: string | null;
  /** Whether the user granted this host permission (`permissions.contains` in the background). Asked
   * before every request: the key goes nowhere the user has not allowed, even if the host would answer. */
  hostGranted: (permission: string) => Promise<boolean>;
  fetch?: typeof fetch;
  now?: () => number;
  /** Default 10_000. */
  timeoutMs?: number;
}

export interface OnlineSimClient {
  getBalance(): Promise<Result<Balance, ProviderError>>;
  tariffsRent(country?: number): Promise<Result<Tariff[], ProviderError>>;
  /** Always sends `extension` explicitly (the provider's default is to renew and spend) and `pagination=0`. */
  getRentNum(p: { country: number; days: number; autoRenew: boolean }): Promise<Result<Rental, ProviderError>>;
  /** All active rentals, or one by tzid (still a list); `pagination=0`. `NO_NUMBER` is an empty list:
   * for all rentals it means the account has none (the PHP SDK reads it so), for a tzid that it is gone. */
  getRentState(options?: { tzid?: number; known?: KnownMessages }): Promise<Result<RentalList, ProviderError>>;
  /** The extended rental, or null when the provider confirmed without it (`item: []`): poll to see it. */
  extendRentState(tzid: number, days: number): Promise<Result<Rental | null, ProviderError>>;
  /** Irreversible. */
  closeRentNum(tzid: number): Promise<Result<void, ProviderError>>;
  portReload(tzid: number): Promise<Result<void, ProviderError>>;
}

export const DEFAULT_TIMEOUT_MS = 10_000;

type Params = Record<string, string | number | boolean>;
type Answer = { body: unknown; receivedAt: number; text: string };

/** The body of an answer whose text equals the one the caller already read (see `request`). */
const SAME_TEXT = Symbol('same text');

const RENT_STATE = 'rent/getRentState.php';

export function createClient(config: ClientConfig): OnlineSimClient {
  const doFetch = config.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const now = config.now ?? Date.now;
  const timeoutMs = config.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const apiKey = typeof config.apiKey === 'string' ? config.apiKey.trim() : '';
  const base = validateApiAddress(config.baseUrl);

  /** Keeps the key out of anything we describe, even if some runtime echoes a header in an error. */
  const redact = (text: string): string => (apiKey === '' ? text : text.split(apiKey).join('***'));

  /** The last answer for all rentals: its text, the known messages it was read against, what it gave.
   * Most polls of the fast loop get the very same text back (the provider counts time left in whole
   * minutes). With 100 rentals of 200 SMS that is 4 MB of JSON, and parsing it again was most of a
   * poll's cost and garbage. Read against the same known messages it gives the same rentals, so they are
   * reused; their `expiresAt` stays the one computed when that text first came, which is when its
   * minutes were counted. */
  let lastRentState: { text: string; known: KnownMessages | undefined; value: RentalList } | null = null;

  /** `sameAs`: the text of an answer the caller read before; an equal answer comes back unparsed, its
   * body `SAME_TEXT`, for the caller to reuse what it read then. */
  async function request(path: string, params: Params, sameAs?: string): Promise<Result<Answer, ProviderError>> {
    if (!base.ok) {
      if (base.error === 'not-https') return err({ kind: 'refused', reason: 'not-https', host: hostOfAddress(config.baseUrl) ?? '' });
      return err({ kind: 'bad-response', detail: `the API address is not usable (${base.error})` });
    }
    // Answer as the provider would, without spending a request (and without a header fetch rejects).
    if (apiKey === '') return err({ kind: 'provider', code: 'ERROR_NO_KEY' satisfies KnownCode });
    if (!/^[\x21-\x7e]+$/.test(apiKey)) return err({ kind: 'provider', code: 'ERROR_WRONG_KEY' satisfies KnownCode });
    if (!hostConfirmed(base.value, config.confirmedHost)) return err({ kind: 'refused', reason: 'not-confirmed', host: hostOfAddress(base.value) ?? '' });
    const permission = hostPermission(base.value);
    const granted = permission !== null && (await config.hostGranted(permission).catch(() => false));
    if (!granted) return err({ kind: 'refused', reason: 'no-permission', host: hostOfAddress(base.value) ?? '' });

    const url = new URL(path, base.value);
    url.searchParams.set('lang', config.lang);
    for (const [name, value] of Object.entries(params)) url.searchParams.set(name, wireValue(value));

    const controller = new AbortController();
    let timedOut = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The race bounds the call even if an injected fetch ignores the signal; the abort frees the socket.
    const deadline = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => {
        timedOut = true;
        controller.abort();
        resolve('timeout');
      }, timeoutMs);
    });
    try {
      const exchange = (async () => {
        const response = await doFetch(url.href, {
          method: 'GET',
          headers: { Authorization: `Bearer ${apiKey}`, Accept: 'application/json' },
          signal: controller.signal,
          credentials: 'omit',
          cache: 'no-store',
          // A redirect would carry the Authorization header to wherever the server points (same-origin
          // redirects keep it, and an open redirect on the host is enough). Provider calls never follow one.
          redirect: 'error',
        });
        const text = await response.text();
        // A poll's processing time starts here: parsing is SimFill's work, the wait before it is not.
        if (path === RENT_STATE) markAnswer();
        return { response, text };
      })();
      exchange.catch(() => undefined); // a late rejection after the deadline must not go unhandled
      const outcome = await Promise.race([exchange, deadline]);
      if (outcome === 'timeout') return err({ kind: 'timeout' });
      if (sameAs !== undefined && outcome.text === sameAs && outcome.response.status === 200) {
        return ok({ body: SAME_TEXT, receivedAt: now(), text: outcome.text });
      }
      return interpret(outcome.response, outcome.text);
    } catch (e) {
      if (timedOut) return err({ kind: 'timeout' });
      // fetch rejects with a TypeError for refused connections, DNS failures and no network.
      if (e instanceof TypeError) return err({ kind: 'offline' });
      return err({ kind: 'bad-response', detail: redact(`request failed: ${String(e)}`) });
    } finally {
      clearTimeout(timer);
    }
  }

  function interpret(response: Response, text: string): Result<Answer, ProviderError> {
    const receivedAt = now();
    const status = response.status;
    let body: unknown;
    let parsed = false;
    try {
      body = JSON.parse(text);
      parsed = true;
    } catch {
      parsed = false;
    }
    const envelope = parsed ? readEnvelope(body) : null;

    if (status === 429 || (envelope?.kind === 'error' && isRateLimitCode(envelope.code))) {
      return err({ kind: 'rate-limited', retryAfterMs: retryAfterMs(response.headers.get('Retry-After'), receivedAt) });
    }
    if (envelope?.kind === 'error') return err(providerError(envelope.code, body));
    // A status with a meaning of its own (a wrong key comes as 456) means it even without a readable code.
    const statusCode = CODE_OF_STATUS[status];
    if (statusCode) return err({ kind: 'provider', code: statusCode });
    if (status < 200 || status > 299) return err({ kind: 'http', status });
    if (!parsed) return err({ kind: 'bad-response', detail: describeUnreadable(text, response) });
    if (envelope?.kind === 'odd') return err({ kind: 'bad-response', detail: envelope.detail });
    return ok({ body, receivedAt, text });
  }

  function payload<T>(path: string, result: Result<T, string>): Result<T, ProviderError> {
    return result.ok ? result : err({ kind: 'bad-response', detail: `${path}: ${result.error}` });
  }

  /** Runs one call; a bug in parsing becomes a bad-response value instead of an exception. */
  async function call<T>(path: string, params: Params, parse: (a: Answer) => Result<T, ProviderError>, sameAs?: string): Promise<Result<T, ProviderError>> {
    try {
      const answer = await request(path, params, sameAs);
      return answer.ok ? parse(answer.value) : answer;
    } catch (e) {
      return err({ kind: 'bad-response', detail: redact(`${path}: ${String(e)}`) });
    }
  }

  const success = (a: Answer): Result<void, ProviderError> =>
    readEnvelope(a.body).kind === 'success' ? ok(undefined) : err({ kind: 'bad-response', detail: 'no success flag' });

  return {
    getBalance: () => call('getBalance.php', {}, (a) => payload('getBalance', parseBalance(a.body))),
    tariffsRent: (country) =>
      call('rent/tariffsRent.php', country === undefined ? {} : { country }, (a) =>
        payload('tariffsRent', parseTariffs(a.body, country ?? null)),
      ),
    getRentNum: ({ country, days, autoRenew }) =>
      call('rent/getRentNum.php', { country, days, extension: autoRenew, pagination: false }, (a) =>
        // A new rental must come back: without it nothing tells the user which number they paid for.
        present('getRentNum', payload('getRentNum', parseRentalItem(a.body, a.receivedAt, country))),
      ),
    getRentState: async ({ tzid, known } = {}) => {
      const all = tzid === undefined;
      const last = all && lastRentState?.known === known ? lastRentState : null;
      const list = await call(
        RENT_STATE,
        all ? { pagination: false } : { tzid, pagination: false },
        (a) => {
          if (a.body === SAME_TEXT && last) return ok(last.value);
          const read = payload('getRentState', parseRentalList(a.body, a.receivedAt, known));
          if (all) lastRentState = read.ok ? { text: a.text, known, value: read.value } : null;
          return read;
        },
        last?.text,
      );
      const none = !list.ok && list.error.kind === 'provider' && list.error.code === 'NO_NUMBER';
      return none ? ok({ rentals: [], unreadable: [], partial: false }) : list;
    },
    extendRentState: (tzid, days) =>
      call('rent/extendRentState.php', { tzid, days, pagination: false }, (a) =>
        payload('extendRentState', parseRentalItem(a.body, a.receivedAt, null)),
      ),
    closeRentNum: (tzid) => call('rent/closeRentNum.php', { tzid }, success),
    portReload: (tzid) => call('rent/portReload.php', { tzid }, success),
  };
}

/** Booleans go out as 1/0: a PHP backend that casts the string "false" to bool reads it as true, and
 * `extension` (auto-renew, which spends money) defaults to true. 1/0 means the same under every reading. */
function wireValue(value: string | number | boolean): string {
  return typeof value === 'boolean' ? (value ? '1' : '0') : String(value);
}

/** An error code, with `guard_secs` when the provider says when a refused close becomes possible. */
function providerError(code: string, body: unknown): ProviderError {
  const guard = numberLike.safeParse((body as { guard_secs?: unknown }).guard_secs);
  return guard.success && guard.data > 0 ? { kind: 'provider', code, guardSecs: Math.ceil(guard.data) } : { kind: 'provider', code };
}

function present<T>(path: string, r: Result<T | null, ProviderError>): Result<T, ProviderError> {
  if (!r.ok) return r;
  return r.value === null ? err({ kind: 'bad-response', detail: `${path}: item missing` }) : ok(r.value);
}

/** What kind of unreadable body this was, for logs: never the body itself (it could echo anything). */
function describeUnreadable(text: string, response: Response): string {
  const type = response.headers.get('Content-Type') ?? 'no content type';
  const start = text.trimStart();
  if (start === '') return `empty body (${type})`;
  if (start.startsWith('<')) return `HTML or XML page instead of JSON (${type})`;
  if (start.startsWith('{') || start.startsWith('[')) return `truncated or malformed JSON (${text.length} chars)`;
  return `not JSON (${type})`;
}
