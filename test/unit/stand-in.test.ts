// The stand-in is what every client, e2e and demo test trusts to behave like OnlineSim, so its quirks
// are pinned here over real HTTP (docs/provider-api.md is the source of each expectation).
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startStandIn, type StandIn } from '../stand-in/server.ts';

const KEY = 'test-key';
// 18:40:00 UTC is 21:40:00 in the provider's (UTC+3) wall time.
const T0 = Date.UTC(2024, 6, 17, 18, 40, 0);
const MINUTE = 60_000;

let standIn: StandIn;
let clock: number;

beforeEach(async () => {
  clock = T0;
  standIn = await startStandIn({ now: () => clock });
});
afterEach(() => standIn.close());

interface Reply {
  status: number;
  headers: Headers;
  text: string;
}

async function raw(path: string, params: Record<string, string | number> = {}, key: string | null = KEY): Promise<Reply> {
  const url = new URL(path, standIn.url);
  for (const [k, v] of Object.entries(params)) url.searchParams.set(k, String(v));
  const res = await fetch(url, { headers: key === null ? {} : { Authorization: `Bearer ${key}` } });
  return { status: res.status, headers: res.headers, text: await res.text() };
}

// Tests read loosely-typed JSON on purpose: the wire is what is under test.
/* eslint-disable @typescript-eslint/no-explicit-any */
async function api(path: string, params: Record<string, string | number> = {}, key: string | null = KEY): Promise<any> {
  return JSON.parse((await raw(path, params, key)).text);
}

async function control(method: string, path: string, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(new URL(path, standIn.controlUrl), {
    method,
    headers: { 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: await res.json() };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 5));
}

const rentedTzid = async (params: Record<string, string | number> = {}): Promise<number> =>
  (await api('rent/getRentNum.php', { country: 7, days: 1, extension: 'false', ...params })).item.tzid;

describe('keys and addresses', () => {
  it('serves the API under /api/ on 127.0.0.1 with the key as a Bearer header', async () => {
    expect(standIn.url).toBe(`http://127.0.0.1:${standIn.port}/api/`);
    const balance = await api('getBalance.php');
    expect(balance).toMatchObject({ balance: '500.00', zbalance: 0 });
    expect([1, '1', true]).toContain(balance.response);
  });

  it('answers HTTP 456 ERROR_WRONG_KEY for a wrong key and ERROR_NO_KEY for none', async () => {
    const wrong = await raw('getBalance.php', {}, 'nope');
    expect(wrong.status).toBe(456);
    expect(JSON.parse(wrong.text)).toEqual({ response: 'ERROR_WRONG_KEY' });
    const none = await raw('getBalance.php', {}, null);
    expect(none.status).toBe(456);
    expect(JSON.parse(none.text)).toEqual({ response: 'ERROR_NO_KEY' });
  });

  it('accepts apikey= in the query but logs it as auth "query" without the key itself', async () => {
    const res = await raw(`getBalance.php?apikey=${KEY}`, {}, null);
    expect(res.status).toBe(200);
    const [entry] = standIn.requests();
    expect(entry).toMatchObject({ auth: 'query', keyOk: true, query: { apikey: '[redacted]' } });
    expect(entry?.notes).toContain('apikey-in-query');
    expect(JSON.stringify(standIn.requests())).not.toContain(KEY);
  });

  it('flags apikey= even when a header is sent too', async () => {
    await raw('getBalance.php', { apikey: 'other' });
    expect(standIn.requests()[0]).toMatchObject({ auth: 'query', keyOk: true });
  });

  it('follows a key change made through the control API', async () => {
    expect((await control('POST', 'key', { apiKey: 'new-key' })).status).toBe(200);
    expect((await raw('getBalance.php')).status).toBe(456);
    expect((await raw('getBalance.php', {}, 'new-key')).status).toBe(200);
  });

  it('answers REQUEST_NOT_FOUND for an unknown method under /api/, even without a key', async () => {
    expect(await api('rent/getNum.php', {}, null)).toEqual({ response: 'REQUEST_NOT_FOUND' });
  });

  it('answers an HTML 404 outside /api/, as a wrong API address would', async () => {
    const res = await fetch(new URL('/', standIn.url));
    expect(res.status).toBe(404);
    expect(res.headers.get('content-type')).toContain('text/html');
  });

  it('allows any origin and answers the CORS preflight', async () => {
    const pre = await fetch(standIn.url + 'getBalance.php', { method: 'OPTIONS' });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-headers')).toContain('Authorization');
    expect((await raw('getBalance.php')).headers.get('access-control-allow-origin')).toBe('*');
    expect(standIn.requests()).toHaveLength(1);
  });
});

describe('envelope quirks', () => {
  it('varies the success value between 1, "1" and true, deterministically', async () => {
    const seen = [];
    for (let i = 0; i < 3; i++) seen.push((await api('getBalance.php')).response);
    expect(new Set(seen)).toEqual(new Set([1, '1', true]));
    standIn.reset();
    const again = [];
    for (let i = 0; i < 3; i++) again.push((await api('getBalance.php')).response);
    expect(again).toEqual(seen);
  });

  it('answers the first close with the documented `true`', async () => {
    const tzid = standIn.createRental({ confirmed: true }).tzid;
    expect(await api('rent/closeRentNum.php', { tzid })).toEqual({ response: true });
  });

  it('lists tariffs keyed by country code, without a response key', async () => {
    const all = await api('rent/tariffsRent.php');
    expect(all).not.toHaveProperty('response');
    expect(Object.keys(all)).toEqual(expect.arrayContaining(['7', '77', '380', '44']));
    const ru = all['7'];
    expect(ru).toMatchObject({ code: 7, name: 'Россия', enabled: true });
    expect(ru.days['7']).toBe('210.50');
    expect(typeof ru.days['1']).toBe('number');
    expect(ru.count['1']).toBeGreaterThan(0);
    // As the docs and every SDK type have them: one number (a day's price) and a boolean.
    expect(ru).toMatchObject({ extend: 30, confirm: false });
    expect(all['44']).toMatchObject({ confirm: true });
  });

  it('gives one tariff for a country, [] for an unknown one, names in English with lang=en', async () => {
    expect(await api('rent/tariffsRent.php', { country: 77, lang: 'en' })).toMatchObject({ code: 77, name: 'Kazakhstan' });
    expect(await api('rent/tariffsRent.php', { country: 999 })).toEqual([]);
  });

  it('takes a rented number out of stock', async () => {
    const before = (await api('rent/tariffsRent.php', { country: 380 })).count['7'];
    await rentedTzid({ country: 380, days: 7 });
    expect((await api('rent/tariffsRent.php', { country: 380 })).count['7']).toBe(before - 1);
  });
});

describe('renting', () => {
  it('turns auto-renew ON when extension is absent, records it, and charges the price', async () => {
    const { item } = await api('rent/getRentNum.php', { country: 7, days: 7 });
    expect(item).toMatchObject({ extension: 1, status: 0, checked: false, rent: 7, time: 20, sum: '210.50' });
    expect(item.extend).toEqual({ '1': 30, '7': '210.50', '30': 800 });
    expect(standIn.state().rentals[0]).toMatchObject({ tzid: item.tzid, extension: true, extensionDefaulted: true });
    expect(standIn.requests()[0]?.notes).toContain('extension-defaulted-true');
    expect((await api('getBalance.php')).balance).toBe('289.50');
    expect(standIn.state().charges).toEqual([{ at: T0, tzid: item.tzid, kind: 'rent', amount: '210.50' }]);
  });

  it('keeps auto-renew off with extension=false, and sends `extend` as []', async () => {
    const { item } = await api('rent/getRentNum.php', { country: 77, days: 1, extension: 'false', pagination: 'false' });
    expect(item).toMatchObject({ extension: 0, extend: [], messages: [], country: 77 });
    expect(item.number).toMatch(/^\d{10}$/);
    expect(standIn.state().rentals[0]).toMatchObject({ extension: false, extensionDefaulted: false });
    expect(standIn.requests()[0]?.notes).not.toContain('extension-defaulted-true');
  });

  it.each([
    [{ country: 7, days: 3 }, 'UNDEFINED_DAYS'],
    [{ country: 999, days: 1 }, 'UNDEFINED_COUNTRY'],
    [{ days: 1 }, 'NO_COUNTRY'],
    [{ country: 44, days: 7 }, 'NO_NUMBER'],
  ])('refuses %o with %s and charges nothing', async (params, code) => {
    expect(await api('rent/getRentNum.php', params)).toEqual({ response: code });
    expect(standIn.state()).toMatchObject({ balance: '500.00', rentals: [] });
  });

  it('refuses with WARNING_LOW_BALANCE when the balance is short', async () => {
    standIn.setBalance('29.99');
    expect(await api('rent/getRentNum.php', { country: 7, days: 1 })).toEqual({ response: 'WARNING_LOW_BALANCE' });
  });

  it('freezes the price of an unconfirmed rental in zbalance', async () => {
    await rentedTzid();
    expect(await api('getBalance.php')).toMatchObject({ balance: '470.00', zbalance: 30 });
  });
});

describe('rental clock and messages', () => {
  it('shows the remaining time as minutes, hours and days, each floored', async () => {
    const { tzid } = standIn.createRental({ confirmed: true, days: 4, minutesLeft: 5750 });
    clock += 30_000;
    const { list } = await api('rent/getRentState.php', { tzid });
    expect(list).toHaveLength(1);
    expect(list[0]).toMatchObject({ tzid, time: 5749, hours: 95, days: 3, rent: 4, status: 1, checked: true });
  });

  it('counts down the 20-minute guard window, then starts the purchased days at the first SMS', async () => {
    const tzid = await rentedTzid({ days: 7 });
    clock += 5 * MINUTE;
    expect((await api('rent/getRentState.php', { tzid })).list[0]).toMatchObject({ time: 15, status: 0, checked: false });
    standIn.deliverSms({ tzid, text: 'Your code 070051', service: 'Google' });
    const rental = (await api('rent/getRentState.php', { tzid, pagination: 'false' })).list[0];
    expect(rental).toMatchObject({ status: 1, checked: true, time: 7 * 1440, days: 7, checked_time: '2024-07-17 21:45:00' });
    expect(rental.messages).toEqual([
      { id: expect.any(Number), service: 'Google', text: 'Your code 070051', code: '070051', created_at: '2024-07-17 21:45:00' },
    ]);
  });

  it('refunds and drops a rental whose guard window ends without an SMS', async () => {
    const tzid = await rentedTzid();
    clock += 20 * MINUTE;
    expect((await api('rent/getRentState.php')).list).toEqual([]);
    expect(await api('rent/getRentState.php', { tzid })).toEqual({ response: 'NO_NUMBER' });
    expect(standIn.state()).toMatchObject({ balance: '500.00', ended: [{ tzid, reason: 'refunded' }] });
  });

  it('drops an expired rental when auto-renew is off', async () => {
    const { tzid } = standIn.createRental({ confirmed: true, minutesLeft: 10 });
    clock += 10 * MINUTE;
    expect((await api('rent/getRentState.php')).list).toEqual([]);
    expect(standIn.state().ended).toEqual([{ tzid, reason: 'expired' }]);
  });

  it('renews (and charges for) an expiring rental when auto-renew is on', async () => {
    const { tzid } = standIn.createRental({ confirmed: true, autoRenew: true, minutesLeft: 10 });
    clock += 10 * MINUTE;
    expect((await api('rent/getRentState.php', { tzid })).list[0]).toMatchObject({ time: 1440, extension: 1 });
    expect(standIn.state()).toMatchObject({ balance: '470.00', charges: [{ tzid, kind: 'auto-renew', amount: '30.00' }] });
  });

  it('drops a rental expired through the control API', async () => {
    const { tzid } = standIn.createRental({ confirmed: true });
    expect((await control('POST', 'expire', { tzid })).body).toEqual({ ok: true });
    expect(await api('rent/getRentState.php', { tzid })).toEqual({ response: 'NO_NUMBER' });
    expect((await control('POST', 'expire', { tzid })).status).toBe(404);
  });

  it('sends codes as strings, notices with code 0, and honours an explicit code', async () => {
    const { tzid } = standIn.createRental({ confirmed: true });
    expect(standIn.deliverSms({ tzid, text: 'Code: 0042' }).code).toBe('0042');
    expect(standIn.deliverSms({ tzid, text: 'Your balance was topped up' }).code).toBe(0);
    expect(standIn.deliverSms({ tzid, text: 'G-412157 is your code', code: '412157' }).code).toBe('412157');
    const messages = (await api('rent/getRentState.php', { tzid, pagination: 'false' })).list[0].messages;
    expect(messages.map((m: { code: unknown }) => m.code).sort()).toEqual([0, '0042', '412157'].sort());
  });

  it('wraps messages in the paginator when pagination is on or absent', async () => {
    const { tzid } = standIn.createRental({ confirmed: true });
    for (let i = 0; i < 21; i++) standIn.deliverSms({ tzid, text: `code ${1000 + i}` });
    for (const params of [{}, { pagination: 'true' }] as Array<Record<string, string>>) {
      const { messages } = (await api('rent/getRentState.php', { tzid, ...params })).list[0];
      expect(messages).toMatchObject({ current_page: 1, last_page: 2, per_page: 20, total: 21, from: 1, to: 20 });
      expect(messages.data).toHaveLength(20);
    }
    const page2 = (await api('rent/getRentState.php', { tzid, page: 2 })).list[0].messages;
    expect(page2).toMatchObject({ current_page: 2, from: 21, to: 21 });
    expect(page2.data).toHaveLength(1);
  });

  it('lists every active rental when tzid is omitted', async () => {
    const a = standIn.createRental({ confirmed: true }).tzid;
    const b = standIn.createRental({ country: 380 }).tzid;
    const { list } = await api('rent/getRentState.php');
    expect(list.map((r: { tzid: number }) => r.tzid)).toEqual([a, b]);
    expect(list[1].number).toMatch(/^\d{9}$/);
  });
});

describe('extending, closing, port reload', () => {
  it('extends by purchased days and charges the renewal price', async () => {
    const { tzid } = standIn.createRental({ confirmed: true, days: 1 });
    const { item } = await api('rent/extendRentState.php', { tzid, days: 7 });
    expect(item).toMatchObject({ tzid, rent: 8, time: 8 * 1440 });
    expect(standIn.state()).toMatchObject({ balance: '289.50', charges: [{ tzid, kind: 'extend', amount: '210.50' }] });
  });

  it('refuses bad extensions with string codes', async () => {
    const { tzid } = standIn.createRental({ confirmed: true });
    expect(await api('rent/extendRentState.php', { tzid, days: 2 })).toEqual({ response: 'UNDEFINED_DAYS' });
    expect(await api('rent/extendRentState.php', { tzid: 1, days: 1 })).toEqual({ response: 'ERROR_WRONG_TZID' });
    expect(await api('rent/extendRentState.php', { days: 1 })).toEqual({ response: 'ERROR_NO_TZID' });
    standIn.setBalance(0);
    expect(await api('rent/extendRentState.php', { tzid, days: 1 })).toEqual({ response: 'WARNING_LOW_BALANCE' });
    standIn.expire(tzid);
    expect(await api('rent/extendRentState.php', { tzid, days: 1 })).toEqual({ response: 'LIFICYCLE_NUM_EXPIRED' });
  });

  it('refuses to close an unconfirmed rental in its guard window with NO_COMPLETE_TZID', async () => {
    const tzid = await rentedTzid();
    expect(await api('rent/closeRentNum.php', { tzid })).toEqual({ response: 'NO_COMPLETE_TZID', guard_secs: 20 * 60 });
    expect(standIn.state().rentals).toHaveLength(1);
  });

  it('closes a confirmed rental for good', async () => {
    const { tzid } = standIn.createRental({ confirmed: true });
    expect([1, '1', true]).toContain((await api('rent/closeRentNum.php', { tzid })).response);
    expect((await api('rent/getRentState.php')).list).toEqual([]);
    expect(await api('rent/closeRentNum.php', { tzid })).toEqual({ response: 'ERROR_WRONG_TZID' });
    expect(standIn.state().ended).toEqual([{ tzid, reason: 'closed' }]);
  });

  it('answers portReload for a live rental only', async () => {
    const { tzid } = standIn.createRental({ confirmed: true });
    expect(await api('rent/portReload.php', { tzid })).toEqual({ response: 1 });
    expect(await api('rent/portReload.php', { tzid: 5 })).toEqual({ response: 'ERROR_WRONG_TZID' });
  });
});

describe('faults', () => {
  it('answers 5xx with an HTML page by default, or with JSON when asked', async () => {
    standIn.queueFaults([{ kind: 'status', status: 502 }, { kind: 'status', status: 503, body: 'json' }]);
    const html = await raw('getBalance.php');
    expect(html.status).toBe(502);
    expect(() => JSON.parse(html.text)).toThrow();
    const json = await raw('getBalance.php');
    expect(json.status).toBe(503);
    expect(JSON.parse(json.text)).toEqual({ response: 'ERROR_UNDEFINED' });
  });

  it('rate-limits with 429, Retry-After and TRY_AGAIN_LATER', async () => {
    standIn.queueFaults([{ kind: 'rate-limit', retryAfterSeconds: 7 }]);
    const res = await raw('rent/getRentState.php');
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBe('7');
    expect(JSON.parse(res.text)).toEqual({ response: 'TRY_AGAIN_LATER' });
  });

  it('cuts a valid response in half', async () => {
    standIn.queueFaults([{ kind: 'truncated' }]);
    const cut = await raw('rent/tariffsRent.php');
    const whole = await raw('rent/tariffsRent.php');
    expect(cut.status).toBe(200);
    expect(() => JSON.parse(cut.text)).toThrow();
    expect(cut.text).toBe(whole.text.slice(0, Math.floor(whole.text.length / 2)));
  });

  it('still applies the state change behind a truncated answer', async () => {
    standIn.queueFaults([{ kind: 'truncated' }]);
    await raw('rent/getRentNum.php', { country: 7, days: 1, extension: 'false' });
    expect(standIn.state()).toMatchObject({ balance: '470.00', rentals: [{ country: 7 }] });
  });

  it('serves an HTML error page with status 200', async () => {
    standIn.queueFaults([{ kind: 'html' }]);
    const res = await raw('getBalance.php');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/html');
    expect(res.text).toContain('<html');
  });

  it('answers a slow request correctly, and logs overlapping requests as in flight', async () => {
    standIn.queueFaults([{ kind: 'slow', ms: 200 }]);
    const slow = raw('getBalance.php');
    await until(() => standIn.requests().length === 1);
    await raw('rent/tariffsRent.php');
    const res = await slow;
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toMatchObject({ balance: '500.00' });
    expect(standIn.requests().map((e) => [e.fault, e.inFlight, e.status])).toEqual([
      ['slow', 1, 200],
      [null, 2, 200],
    ]);
  });

  it('hangs until the stand-in closes', async () => {
    standIn.queueFaults([{ kind: 'hang' }]);
    const hung = raw('getBalance.php');
    await until(() => standIn.requests().length === 1);
    expect(standIn.requests()[0]).toMatchObject({ fault: 'hang', status: null });
    await standIn.close();
    await expect(hung).rejects.toThrow();
  });

  it('answers an arbitrary error code as the provider does', async () => {
    standIn.queueFaults([{ kind: 'error', code: 'INTERVAL_CONCURRENT_REQUESTS_ERROR' }]);
    const res = await raw('rent/getRentState.php');
    expect(res.status).toBe(200);
    expect(JSON.parse(res.text)).toEqual({ response: 'INTERVAL_CONCURRENT_REQUESTS_ERROR' });
  });

  it('resets the connection', async () => {
    standIn.queueFaults([{ kind: 'reset' }]);
    await expect(raw('getBalance.php')).rejects.toThrow();
    expect(standIn.requests()[0]).toMatchObject({ fault: 'reset', status: null });
  });

  it('spends one fault per API request, never on control requests', async () => {
    await control('POST', 'faults', { faults: [{ kind: 'status', status: 500 }, { kind: 'rate-limit' }] });
    expect((await control('GET', 'state')).body.faultsQueued).toBe(2);
    expect((await raw('getBalance.php')).status).toBe(500);
    const limited = await raw('getBalance.php');
    expect([limited.status, limited.headers.get('retry-after')]).toEqual([429, '1']);
    expect((await raw('getBalance.php')).status).toBe(200);
  });

  it('rejects a malformed fault instead of queueing it', async () => {
    const res = await control('POST', 'faults', { faults: [{ kind: 'status', status: 404 }] });
    expect(res.status).toBe(400);
    expect(standIn.state().faultsQueued).toBe(0);
  });
});

describe('control API over HTTP', () => {
  it('creates a rental, delivers an SMS and shows both in the state', async () => {
    const rental = await control('POST', 'rentals', { country: 380, number: '671234567', days: 7 });
    expect(rental.body).toMatchObject({ country: 380, number: '671234567', status: 0, time: 20, extension: 0 });
    const sms = await control('POST', 'sms', { tzid: rental.body.tzid, text: 'Telegram code 12345', service: 'Telegram' });
    expect(sms.body).toMatchObject({ code: '12345', service: 'Telegram', created_at: '2024-07-17 21:40:00' });
    const state = await control('GET', 'state');
    expect(state.body.rentals).toEqual([
      expect.objectContaining({ tzid: rental.body.tzid, confirmed: true, extension: false, messageCount: 1, minutesLeft: 7 * 1440 }),
    ]);
  });

  it('says 404 for an SMS to an unknown rental and 400 for a malformed body', async () => {
    expect((await control('POST', 'sms', { tzid: 42, text: 'x' })).status).toBe(404);
    expect((await control('POST', 'sms', { text: 'x' })).status).toBe(400);
    expect((await control('POST', 'nothing', {})).status).toBe(404);
  });

  it('sets the balance, advances the clock and resets everything', async () => {
    expect((await control('POST', 'balance', { balance: '12.30' })).body.balance).toBe('12.30');
    const { tzid } = standIn.createRental({ confirmed: true, minutesLeft: 90 });
    expect((await control('POST', 'clock', { advanceMs: 30 * MINUTE })).body.now).toBe(T0 + 30 * MINUTE);
    expect((await api('rent/getRentState.php', { tzid })).list[0].time).toBe(60);
    expect((await control('POST', 'reset')).status).toBe(200);
    expect((await control('GET', 'requests')).body).toEqual([]);
    expect(standIn.state()).toMatchObject({ balance: '500.00', rentals: [], now: T0 });
  });

  it('logs API requests with method, path, query, key check and status, and clears the log', async () => {
    await api('rent/getRentState.php', { pagination: 'false' });
    await raw('getBalance.php', {}, 'bad');
    const log = (await control('GET', 'requests')).body;
    expect(log).toEqual([
      { at: T0, method: 'GET', path: '/api/rent/getRentState.php', query: { pagination: 'false' }, auth: 'bearer', keyOk: true, status: 200, inFlight: 1, fault: null, notes: ['boolean-as-text'] },
      expect.objectContaining({ path: '/api/getBalance.php', auth: 'bearer', keyOk: false, status: 456 }),
    ]);
    await control('DELETE', 'requests');
    expect(standIn.requests()).toEqual([]);
  });
});

describe('documented variants', () => {
  it('answers an empty account with list: [] by default and with NO_NUMBER when switched', async () => {
    expect(await api('rent/getRentState.php', { pagination: 0 })).toMatchObject({ list: [] });
    expect((await control('POST', 'variants', { emptyAccount: 'no-number' })).body).toMatchObject({ emptyAccount: 'no-number' });
    expect(await api('rent/getRentState.php', { pagination: 0 })).toEqual({ response: 'NO_NUMBER' });
    // Only an empty account: with a rental, the list comes back.
    const { tzid } = standIn.createRental({ confirmed: true });
    expect((await api('rent/getRentState.php', { pagination: 0 })).list.map((r: { tzid: number }) => r.tzid)).toEqual([tzid]);
  });

  it('answers a close with true by default and with 1 when switched', async () => {
    const first = standIn.createRental({ confirmed: true }).tzid;
    expect(await api('rent/closeRentNum.php', { tzid: first })).toEqual({ response: true });
    standIn.setVariants({ closeResponse: 1 });
    const second = standIn.createRental({ confirmed: true }).tzid;
    expect(await api('rent/closeRentNum.php', { tzid: second })).toEqual({ response: 1 });
  });

  it('answers a wrong key with HTTP 456 by default and with 200 when switched, same body', async () => {
    standIn.setVariants({ wrongKeyStatus: 200 });
    const wrong = await raw('getBalance.php', {}, 'nope');
    expect([wrong.status, JSON.parse(wrong.text)]).toEqual([200, { response: 'ERROR_WRONG_KEY' }]);
  });

  it('reads extension=false as auto-renew ON under a PHP cast, and 0 as off under either reading', async () => {
    standIn.setVariants({ booleans: 'php' });
    await api('rent/getRentNum.php', { country: 7, days: 1, extension: 'false', pagination: 'false' });
    await api('rent/getRentNum.php', { country: 7, days: 1, extension: 0, pagination: 0 });
    expect(standIn.state().rentals.map((r) => r.extension)).toEqual([true, false]);
    expect(standIn.requests().map((r) => r.notes)).toEqual([['boolean-as-text'], []]);
  });

  it('goes back to the defaults on reset, and refuses an unknown variant', async () => {
    standIn.setVariants({ emptyAccount: 'no-number', closeResponse: 1, wrongKeyStatus: 200, booleans: 'php' });
    await control('POST', 'reset');
    expect(standIn.setVariants({})).toEqual({ emptyAccount: 'list', closeResponse: true, wrongKeyStatus: 456, booleans: 'strict' });
    expect((await control('POST', 'variants', { closeResponse: '1' })).status).toBe(400);
  });
});

describe('CLI', () => {
  it('prints its URL, serves, and exits cleanly on SIGTERM even with a hanging request', async () => {
    const child = spawn(process.execPath, ['test/stand-in/main.ts', '--port', '0', '--key', 'cli-key'], { stdio: ['ignore', 'pipe', 'inherit'] });
    const [line] = (await once(createInterface({ input: child.stdout }), 'line')) as [string];
    const url = /^stand-in listening on (http:\/\/127\.0\.0\.1:\d+\/api\/)$/.exec(line)?.[1];
    expect(url).toBeDefined();
    const res = await fetch(`${url}getBalance.php`, { headers: { Authorization: 'Bearer cli-key' } });
    expect(res.status).toBe(200);
    await fetch(new URL('/control/faults', url), { method: 'POST', body: JSON.stringify({ faults: [{ kind: 'hang' }] }) });
    const hung = fetch(`${url}getBalance.php`).catch(() => 'closed');
    // Wait until the stand-in holds the request open, so SIGTERM really has a hanging socket to close.
    let log: Array<{ fault: string | null }> = [];
    while (log.length < 2) log = await (await fetch(new URL('/control/requests', url))).json();
    expect(log[1]?.fault).toBe('hang');
    const exited = once(child, 'exit');
    child.kill('SIGTERM');
    expect(await exited).toEqual([0, null]);
    expect(await hung).toBe('closed');
  });
});
