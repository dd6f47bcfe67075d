import { describe, expect, it } from 'vitest';
import { validateApiAddress } from '../../lib/onlinesim/address.ts';
import { createClient, type ClientConfig } from '../../lib/onlinesim/client.ts';
import { retryAfterMs } from '../../lib/onlinesim/retry-after.ts';

const KEY = 'k3y-SECRET-0123456789';
const BASE = 'http://127.0.0.1:8080/api/';
const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

type Reply = Response | (() => Response | Promise<Response>);

/** A fetch that answers from a queue and records what it was asked. */
function fakeFetch(...replies: Reply[]) {
  const seen: Seen[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(input), init });
    const next = replies.shift();
    if (!next) throw new Error('no canned reply left');
    return typeof next === 'function' ? next() : next;
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
const text = (body: string, status = 200, type = 'text/html') => new Response(body, { status, headers: { 'Content-Type': type } });

function client(fetch: typeof globalThis.fetch, extra: Partial<ClientConfig> = {}) {
  return createClient({ baseUrl: BASE, apiKey: KEY, lang: 'en', confirmedHost: new URL(BASE).host, hostGranted: async () => true, fetch, now: () => NOW, ...extra });
}

const rental = { tzid: 3715, number: '9313358547', country: 7, status: 0, checked: false, time: 19, rent: 1, extend: [], extension: 0, reload: 0, messages: [] };

describe('requests', () => {
  it('sends the key only in the Authorization header, never in any URL', async () => {
    const { fetch, seen } = fakeFetch(
      json({ response: 1, balance: '1.00', zbalance: 0 }),
      json({ '7': { code: 7, name: 'Russia', days: { '1': 30 }, count: { '1': 3 } } }),
      json({ response: 1, item: rental }),
      json({ response: 1, list: [rental] }),
      json({ response: 1, item: rental }),
      json({ response: true }),
      json({ response: 1 }),
    );
    const c = client(fetch);
    await c.getBalance();
    await c.tariffsRent();
    await c.getRentNum({ country: 7, days: 1, autoRenew: false });
    await c.getRentState();
    await c.extendRentState(3715, 7);
    await c.closeRentNum(3715);
    await c.portReload(3715);
    expect(seen).toHaveLength(7);
    for (const { url, init } of seen) {
      expect(url).not.toContain(KEY);
      expect(url).not.toMatch(/apikey/i);
      expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${KEY}`);
      expect(init?.method).toBe('GET');
      expect(new URL(url).searchParams.get('lang')).toBe('en');
    }
  });

  it('joins the address the same way with or without a trailing slash', async () => {
    const urls: string[] = [];
    for (const baseUrl of ['http://127.0.0.1:8080/api', 'http://127.0.0.1:8080/api/', '  http://127.0.0.1:8080/api/  ']) {
      const { fetch, seen } = fakeFetch(json({ response: 1, list: [] }));
      await client(fetch, { baseUrl }).getRentState();
      urls.push(seen[0]!.url);
    }
    expect(new Set(urls).size).toBe(1);
    expect(urls[0]).toBe('http://127.0.0.1:8080/api/rent/getRentState.php?lang=en&pagination=0');
  });

  it.each([true, false])('always states extension explicitly (autoRenew %j) and turns pagination off', async (autoRenew) => {
    const { fetch, seen } = fakeFetch(json({ response: 1, item: rental }));
    await client(fetch, { lang: 'ru' }).getRentNum({ country: 77, days: 7, autoRenew });
    const url = new URL(seen[0]!.url);
    expect(url.pathname).toBe('/api/rent/getRentNum.php');
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'ru', country: '77', days: '7', extension: autoRenew ? '1' : '0', pagination: '0' });
  });

  it('asks for all rentals without tzid and for one rental with it', async () => {
    const { fetch, seen } = fakeFetch(json({ response: 1, list: [] }), json({ response: 1, list: [rental] }));
    const c = client(fetch);
    await c.getRentState();
    const one = await c.getRentState({ tzid: 3715 });
    expect(new URL(seen[0]!.url).searchParams.has('tzid')).toBe(false);
    expect(new URL(seen[1]!.url).searchParams.get('tzid')).toBe('3715');
    expect(one.ok && one.value.rentals.map((r) => r.tzid)).toEqual([3715]);
  });

  it('asks tariffs for one country when given one', async () => {
    const { fetch, seen } = fakeFetch(json({ code: 7, name: 'Russia', days: { '1': 30 }, count: { '1': 3 } }));
    const result = await client(fetch).tariffsRent(7);
    expect(new URL(seen[0]!.url).searchParams.get('country')).toBe('7');
    expect(result).toEqual({ ok: true, value: [{ country: 7, name: 'Russia', enabled: true, periods: [{ days: 1, price: '30', inStock: 3 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false }] });
  });

  it('does not spend a request on an empty key', async () => {
    const { fetch, seen } = fakeFetch();
    const result = await client(fetch, { apiKey: '  ' }).getBalance();
    expect(result).toEqual({ ok: false, error: { kind: 'provider', code: 'ERROR_NO_KEY' } });
    expect(seen).toHaveLength(0);
  });
});

describe('answers', () => {
  it('reads a rental with an absolute end from the local clock at receipt', async () => {
    const { fetch } = fakeFetch(json({ response: '1', item: { ...rental, time: 19 } }));
    const result = await client(fetch).getRentNum({ country: 7, days: 1, autoRenew: false });
    expect(result.ok && result.value.expiresAt).toBe(NOW + 19 * 60_000);
  });

  it.each([{ response: true }, { response: 1 }, { response: '1' }])('treats close answer %j as done', async (body) => {
    const { fetch } = fakeFetch(json(body));
    expect(await client(fetch).closeRentNum(1)).toEqual({ ok: true, value: undefined });
  });

  it('reads the balance', async () => {
    const { fetch } = fakeFetch(json({ response: 1, balance: '230.25', zbalance: 120.5 }));
    expect(await client(fetch).getBalance()).toEqual({ ok: true, value: { balance: '230.25', frozen: '120.5' } });
  });

  it('keeps the good messages when one is bad', async () => {
    const messages = [
      { id: 1, service: 'A', text: 'code 1111', code: '1111', created_at: '2024-05-01 14:00:00' },
      { id: 2, service: 'B' },
      { id: 3, service: 'C', text: 'code 3333', code: '3333', created_at: '2024-05-01 14:01:00' },
    ];
    const { fetch } = fakeFetch(json({ response: 1, list: [{ ...rental, messages }] }));
    const result = await client(fetch).getRentState();
    expect(result.ok && result.value.rentals[0]?.messages.map((m) => m.text)).toEqual(['code 1111', 'code 3333']);
  });
});

describe('the same answer again', () => {
  const withSms = { ...rental, messages: [{ id: 1, service: 'Shop', text: 'Code 482913', code: null, created_at: '2024-05-01 11:59:00' }] };
  const answer = (r: object) => () => json({ response: 1, list: [r] });
  const known = (ids: string[]) => () => new Set(ids);

  it('is not read again while the known messages stay the same: the rentals keep the expiry counted when it came', async () => {
    let clock = NOW;
    const { fetch, seen } = fakeFetch(answer(withSms), answer(withSms), answer({ ...withSms, time: 18 }));
    const c = client(fetch, { now: () => clock });
    const knownIds = known(['1']);
    const first = await c.getRentState({ known: knownIds });
    clock += 40_000;
    const again = await c.getRentState({ known: knownIds });
    clock += 20_000;
    const changed = await c.getRentState({ known: knownIds });
    expect(seen).toHaveLength(3);
    // Read again, 40 s later, the same 19 minutes would end 40 s later: the rental would seem to gain time.
    expect(again.ok && again.value.rentals[0]!.expiresAt).toBe(NOW + 19 * 60_000);
    expect(again).toEqual(first);
    // A new text is read: one minute less, counted from now.
    expect(changed.ok && changed.value.rentals[0]!.expiresAt).toBe(clock + 18 * 60_000);
  });

  it('is read again against other known messages, and for one rental', async () => {
    const { fetch } = fakeFetch(answer(withSms), answer(withSms), answer(withSms));
    const c = client(fetch);
    const before = await c.getRentState({ known: known([]) });
    const after = await c.getRentState({ known: known(['1']) });
    const one = await c.getRentState({ tzid: 3715, known: known([]) });
    expect(before.ok && before.value.rentals[0]!.messages.map((m) => m.text)).toEqual(['Code 482913']);
    expect(after.ok && after.value.rentals[0]!.messages).toEqual([]);
    expect(one.ok && one.value.rentals[0]!.messages).toHaveLength(1);
  });

  it('after an answer that could not be read, the same text is read (and refused) again', async () => {
    const broken = { response: 1, list: 'not a list' };
    const { fetch } = fakeFetch(() => json(broken), () => json(broken));
    const c = client(fetch);
    expect((await c.getRentState()).ok).toBe(false);
    expect((await c.getRentState()).ok).toBe(false);
  });
});

describe('errors', () => {
  const call = (fetch: typeof globalThis.fetch) => client(fetch).getRentState();

  it('returns any error string in response as a provider error, unknown codes verbatim', async () => {
    expect(await call(fakeFetch(json({ response: 'WARNING_LOW_BALANCE' })).fetch)).toEqual({ ok: false, error: { kind: 'provider', code: 'WARNING_LOW_BALANCE' } });
    expect(await call(fakeFetch(json({ response: 'BRAND_NEW_CODE' })).fetch)).toEqual({ ok: false, error: { kind: 'provider', code: 'BRAND_NEW_CODE' } });
  });

  it('reads HTTP 456 as a wrong key, with or without a body', async () => {
    const wrong = { ok: false, error: { kind: 'provider', code: 'ERROR_WRONG_KEY' } };
    expect(await call(fakeFetch(json({ response: 'ERROR_WRONG_KEY' }, 456)).fetch)).toEqual(wrong);
    expect(await call(fakeFetch(text('<html>456</html>', 456)).fetch)).toEqual(wrong);
  });

  it('reads HTTP 429 as rate limited and honours Retry-After in seconds', async () => {
    const reply = json({ response: 'TRY_AGAIN_LATER' }, 429, { 'Retry-After': '7' });
    expect(await call(fakeFetch(reply).fetch)).toEqual({ ok: false, error: { kind: 'rate-limited', retryAfterMs: 7000 } });
  });

  it('honours Retry-After as an HTTP date', async () => {
    const at = new Date(NOW + 30_000).toUTCString();
    const reply = text('Too many', 429, 'text/plain');
    reply.headers.set('Retry-After', at);
    expect(await call(fakeFetch(reply).fetch)).toEqual({ ok: false, error: { kind: 'rate-limited', retryAfterMs: 30_000 } });
  });

  it.each(['TRY_AGAIN_LATER', 'INTERVAL_CONCURRENT_REQUESTS_ERROR'])('reads %s in a 200 answer as rate limited', async (code) => {
    expect(await call(fakeFetch(json({ response: code })).fetch)).toEqual({ ok: false, error: { kind: 'rate-limited', retryAfterMs: null } });
  });

  it('reads a 5xx HTML page as an HTTP error', async () => {
    expect(await call(fakeFetch(text('<html><body>502 Bad Gateway</body></html>', 502)).fetch)).toEqual({ ok: false, error: { kind: 'http', status: 502 } });
  });

  it('reads an HTML page with status 200 as a bad response', async () => {
    const result = await call(fakeFetch(text('<!doctype html><html><body>Maintenance</body></html>')).fetch);
    expect(result.ok === false && result.error.kind).toBe('bad-response');
    expect(result.ok === false && result.error.kind === 'bad-response' && result.error.detail).toMatch(/HTML/);
  });

  it('reads truncated JSON as a bad response', async () => {
    const body = JSON.stringify({ response: 1, list: [rental] }).slice(0, 40);
    const result = await call(fakeFetch(text(body, 200, 'application/json')).fetch);
    expect(result.ok === false && result.error.kind === 'bad-response' && result.error.detail).toMatch(/truncated/);
  });

  it('reads JSON of the wrong shape as a bad response', async () => {
    const result = await call(fakeFetch(json({ response: 1, list: 'abc' })).fetch);
    expect(result.ok === false && result.error.kind).toBe('bad-response');
    const odd = await call(fakeFetch(json({ response: 0 })).fetch);
    expect(odd.ok === false && odd.error.kind).toBe('bad-response');
  });

  it('reads a refused connection as offline', async () => {
    const fetch = (async () => {
      throw new TypeError('fetch failed');
    }) as typeof globalThis.fetch;
    expect(await call(fetch)).toEqual({ ok: false, error: { kind: 'offline' } });
  });

  it('gives up after the timeout and aborts the request', async () => {
    let aborted = false;
    const fetch = ((_input: string | URL | Request, init?: RequestInit) =>
      new Promise<Response>((_resolve, reject) => {
        init?.signal?.addEventListener('abort', () => {
          aborted = true;
          reject(new DOMException('aborted', 'AbortError'));
        });
      })) as typeof globalThis.fetch;
    expect(await client(fetch, { timeoutMs: 20 }).getRentState()).toEqual({ ok: false, error: { kind: 'timeout' } });
    expect(aborted).toBe(true);
  });

  it('times out even when the fetch ignores the abort signal, or the body never ends', async () => {
    const hang = (() => new Promise<Response>(() => undefined)) as typeof globalThis.fetch;
    expect(await client(hang, { timeoutMs: 20 }).getBalance()).toEqual({ ok: false, error: { kind: 'timeout' } });
    const slowBody = (async () => new Response(new ReadableStream({ start: () => undefined }))) as typeof globalThis.fetch;
    expect(await client(slowBody, { timeoutMs: 20 }).getBalance()).toEqual({ ok: false, error: { kind: 'timeout' } });
  });

  it('turns a thrown bug into a bad response whose detail never holds the key', async () => {
    const fetch = (async () => {
      throw new Error(`header Bearer ${KEY} is broken`);
    }) as typeof globalThis.fetch;
    const result = await call(fetch);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.error.kind).toBe('bad-response');
    expect(JSON.stringify(result)).not.toContain(KEY);
  });

  it('reads other non-2xx statuses without a usable body as HTTP errors', async () => {
    expect(await call(fakeFetch(text('Not Found', 404, 'text/plain')).fetch)).toEqual({ ok: false, error: { kind: 'http', status: 404 } });
    expect(await call(fakeFetch(json({ response: 1, list: [] }, 500)).fetch)).toEqual({ ok: false, error: { kind: 'http', status: 500 } });
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates, and ignores garbage', () => {
    expect(retryAfterMs('120', NOW)).toBe(120_000);
    expect(retryAfterMs(' 0 ', NOW)).toBe(0);
    expect(retryAfterMs(new Date(NOW + 90_000).toUTCString(), NOW)).toBe(90_000);
    expect(retryAfterMs(new Date(NOW - 90_000).toUTCString(), NOW)).toBe(0);
    expect(retryAfterMs('soon', NOW)).toBeNull();
    expect(retryAfterMs('-5', NOW)).toBeNull();
    expect(retryAfterMs(null, NOW)).toBeNull();
  });
  it('caps an absurd wait at an hour', () => {
    expect(retryAfterMs('99999999', NOW)).toBe(3_600_000);
  });
});

describe('validateApiAddress', () => {
  it.each([
    ['https://onlinesim.io/api', 'https://onlinesim.io/api/'],
    ['  https://onlinesim.io/api/  ', 'https://onlinesim.io/api/'],
    ['http://127.0.0.1:8080/api', 'http://127.0.0.1:8080/api/'],
    ['http://localhost:8080/api/', 'http://localhost:8080/api/'],
    ['http://[::1]:8080/api/', 'http://[::1]:8080/api/'],
    ['https://onlinesim.io/api/?apikey=x#top', 'https://onlinesim.io/api/'],
  ])('normalises %j to %j', (input, expected) => {
    expect(validateApiAddress(input)).toEqual({ ok: true, value: expected });
  });
  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['onlinesim.io/api', 'not-url'],
    ['ftp://onlinesim.io/api/', 'not-http'],
    ['javascript:alert(1)', 'not-http'],
    // Plain http leaves this computer only in clear text: refused, whatever the host.
    ['http://onlinesim.io/api/', 'not-https'],
    ['http://192.168.1.10:8080/api/', 'not-https'],
    ['http://127.0.0.1.evil.example/api/', 'not-https'],
    ['http://localhost.evil.example/api/', 'not-https'],
  ])('rejects %j as %s', (input, reason) => {
    expect(validateApiAddress(input)).toEqual({ ok: false, error: reason });
  });
});
