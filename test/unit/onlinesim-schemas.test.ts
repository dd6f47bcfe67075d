import { describe, expect, it } from 'vitest';
import {
  parseBalance,
  parseMessages,
  parseRental,
  parseRentalItem,
  parseRentalList,
  parseTariffs,
  readEnvelope,
} from '../../lib/onlinesim/schemas.ts';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const MIN = 60_000;

// The docs' own examples (docs/provider-api.md, "Examples"), verbatim.
const DOC_LIST = JSON.parse(
  '{"response":1,"list":[{"status":1,"extension":1,"messages":[{"id":1,"service":"Google","text":"Your verification code is 070051","code":"070051","created_at":"2022-07-17 21:46:58"}],"sum":"251.5","country":46,"checked_time":"2022-07-17 21:41:20","number":"9915584307","rent":4,"tzid":10000,"time":5750,"days":3,"hours":95,"extend":{"7":36},"checked":true,"reload":1,"day_extend":36,"m_ext":true,"freeze":true}]}',
);
const DOC_FRESH = JSON.parse(
  '{"response":1,"item":{"checked":false,"country":7,"days":0,"extend":{"1":30,"7":210,"15":450,"30":900},"hours":0,"messages":{"current_page":1,"data":[],"from":1,"last_page":1,"per_page":20,"to":0,"total":0},"number":"9313358547","reload":0,"rent":1,"status":0,"time":19,"tzid":3715}}',
);

function unwrap<T>(r: { ok: true; value: T } | { ok: false; error: unknown }): T {
  if (!r.ok) throw new Error(`expected ok, got ${JSON.stringify(r.error)}`);
  return r.value;
}

const rental = (extra: Record<string, unknown> = {}) => ({ tzid: 1, number: '9000000000', country: 7, time: 60, ...extra });
const msg = (extra: Record<string, unknown> = {}) => ({ id: 1, service: 'Google', text: 'G-123456', code: '123456', created_at: '2024-05-01 15:00:00', ...extra });

describe('envelope', () => {
  it.each([1, '1', true])('treats response %j as success', (response) => {
    expect(readEnvelope({ response })).toEqual({ kind: 'success' });
  });
  it('treats any other string as an error code, unknown ones included', () => {
    expect(readEnvelope({ response: 'WARNING_LOW_BALANCE' })).toEqual({ kind: 'error', code: 'WARNING_LOW_BALANCE' });
    expect(readEnvelope({ response: 'SOMETHING_NEW' })).toEqual({ kind: 'error', code: 'SOMETHING_NEW' });
  });
  it('knows when there is no envelope (tariffsRent) and when it is odd', () => {
    expect(readEnvelope({ 7: {} })).toEqual({ kind: 'absent' });
    expect(readEnvelope([])).toEqual({ kind: 'absent' });
    expect(readEnvelope({ response: 0 }).kind).toBe('odd');
  });
});

describe('rentals', () => {
  it("reads the docs' getRentState example into the internal shape", () => {
    const value = unwrap(parseRentalList(DOC_LIST, NOW));
    expect(value).toEqual({
      unreadable: [],
      partial: false,
      rentals: [{
        tzid: 10000,
        country: 46,
        number: '9915584307',
        confirmed: true,
        expiresAt: NOW + 5750 * MIN,
        rentDays: 4,
        autoRenew: true,
        extendOptions: [{ days: 7, price: '36' }],
        extendPerDay: '36',
        portReloadAvailable: false,
        price: '251.5',
        messages: [
          {
            id: '1',
            service: 'Google',
            text: 'Your verification code is 070051',
            providerCode: '070051',
            // 21:46:58 at UTC+3 is 18:46:58 UTC.
            receivedAt: Date.UTC(2022, 6, 17, 18, 46, 58),
          },
        ],
      }],
    });
  });

  it("reads the docs' fresh getRentNum example with a paginated, empty message list", () => {
    const value = unwrap(parseRentalItem(DOC_FRESH, NOW, null))!;
    expect(value.confirmed).toBe(false);
    expect(value.expiresAt).toBe(NOW + 19 * MIN);
    expect(value.portReloadAvailable).toBe(true);
    expect(value.price).toBeNull();
    expect(value.autoRenew).toBe(false);
    expect(value.messages).toEqual([]);
    expect(value.extendOptions.map((o) => o.days)).toEqual([1, 7, 15, 30]);
  });

  it('sorts string-keyed extend options by days and keeps prices as decimal strings', () => {
    const value = unwrap(parseRental(rental({ extend: { '30': 900, '1': '30.50', '7': 210.25, x: 5, '15': 'n/a' } }), NOW));
    expect(value.extendOptions).toEqual([
      { days: 1, price: '30.50' },
      { days: 7, price: '210.25' },
      { days: 30, price: '900' },
    ]);
  });

  it.each([[[]], [null], [undefined]])('reads extend %j as no options', (extend) => {
    expect(unwrap(parseRental(rental({ extend }), NOW)).extendOptions).toEqual([]);
  });

  it('keeps the number as text, never losing digits, and turns a numeric number into text', () => {
    expect(unwrap(parseRental(rental({ number: '0012345' }), NOW)).number).toBe('0012345');
    expect(unwrap(parseRental(rental({ number: 9915584307 }), NOW)).number).toBe('9915584307');
  });

  it('accepts ids and country as digit strings', () => {
    const value = unwrap(parseRental(rental({ tzid: '42', country: '77' }), NOW));
    expect(value.tzid).toBe(42);
    expect(value.country).toBe(77);
  });

  it('confirms on status 1 (number or string) or checked true', () => {
    const confirmed = (extra: Record<string, unknown>) => unwrap(parseRental(rental(extra), NOW)).confirmed;
    expect(confirmed({ status: 1, checked: false })).toBe(true);
    expect(confirmed({ status: '1' })).toBe(true);
    expect(confirmed({ status: 0, checked: true })).toBe(true);
    expect(confirmed({ status: 0, checked: false })).toBe(false);
    expect(confirmed({})).toBe(false);
  });

  it('never gives an end in the past of the receipt time, and falls back to hours when time is missing', () => {
    expect(unwrap(parseRental(rental({ time: -5 }), NOW)).expiresAt).toBe(NOW);
    expect(unwrap(parseRental(rental({ time: '30' }), NOW)).expiresAt).toBe(NOW + 30 * MIN);
    expect(unwrap(parseRental(rental({ time: undefined, hours: 2 }), NOW)).expiresAt).toBe(NOW + 120 * MIN);
  });

  it('offers a port reload only when reload is 0', () => {
    const reload = (value: unknown) => unwrap(parseRental(rental({ reload: value }), NOW)).portReloadAvailable;
    expect(reload(0)).toBe(true);
    expect(reload(1)).toBe(false);
    expect(reload(null)).toBe(false);
  });

  it.each([
    [1, true],
    ['1', true],
    [true, true],
    [0, false],
    ['0', false],
  ])('reads extension %j as autoRenew %j', (extension, expected) => {
    expect(unwrap(parseRental(rental({ extension }), NOW)).autoRenew).toBe(expected);
  });

  it('reads money from numbers or strings', () => {
    expect(unwrap(parseRental(rental({ sum: 251.5 }), NOW)).price).toBe('251.5');
    expect(unwrap(parseRental(rental({ sum: '251.50' }), NOW)).price).toBe('251.50');
    expect(unwrap(parseRental(rental({ sum: 'lots' }), NOW)).price).toBeNull();
    expect(unwrap(parseRental(rental({ sum: 1e21 }), NOW)).price).toBe('1000000000000000000000');
    expect(unwrap(parseRental(rental({ sum: 1e-7 }), NOW)).price).toBe('0.00');
  });

  it('ignores unknown extra fields', () => {
    const plain = unwrap(parseRental(rental(), NOW));
    const extra = unwrap(parseRental(rental({ checked_time: '2022-07-17 21:41:20', freeze: true, brand_new: { a: [1] } }), NOW));
    expect(extra).toEqual(plain);
  });

  it.each([[[]], [null], [{}]])('reads list %j as no rentals', (list) => {
    expect(unwrap(parseRentalList({ response: 1, list }, NOW)).rentals).toEqual([]);
  });

  it('reads a list sent as an object with numeric keys', () => {
    const value = unwrap(parseRentalList({ response: 1, list: { '0': rental({ tzid: 5 }), '1': rental({ tzid: 6 }) } }, NOW));
    expect(value.rentals.map((r) => r.tzid)).toEqual([5, 6]);
  });

  it('leaves out the messages a rental already has stored, by id, and reads the new ones', () => {
    const sms = (id: number | string, text: string) => ({ id, service: 'Shop', text, code: 0, created_at: '2026-11-30 12:00:00' });
    const list = [rental({ tzid: 5, messages: [sms(1, 'old'), sms('2', 'also old'), sms(3, 'Code 482913')] }), rental({ tzid: 6, messages: [sms(1, 'other rental')] })];
    const known = (tzid: number) => (tzid === 5 ? new Set(['1', '2']) : undefined);
    const value = unwrap(parseRentalList({ response: 1, list }, NOW, known));
    expect(value.rentals.map((r) => [r.tzid, r.messages.map((m) => m.text)])).toEqual([
      [5, ['Code 482913']],
      [6, ['other rental']],
    ]);
  });

  it('sets an unreadable rental aside by tzid and still reads the others', () => {
    const value = unwrap(parseRentalList({ response: 1, list: [rental(), { tzid: 77, number: [] }] }, NOW));
    expect(value.rentals.map((r) => r.tzid)).toEqual([rental().tzid]);
    expect(value).toMatchObject({ unreadable: [77], partial: false });
  });

  it('marks the answer partial when an unreadable rental has no tzid either, so nothing looks ended by mistake', () => {
    const value = unwrap(parseRentalList({ response: 1, list: [rental(), { number: '1' }] }, NOW));
    expect(value.rentals).toHaveLength(1);
    expect(value).toMatchObject({ unreadable: [], partial: true });
  });

  it('reads a rental that carries only its identity, with safe defaults', () => {
    expect(unwrap(parseRental({ tzid: 1, number: '9000000000', country: 7 }, NOW))).toEqual({
      tzid: 1,
      country: 7,
      number: '9000000000',
      confirmed: false,
      expiresAt: NOW,
      rentDays: 0,
      autoRenew: false,
      extendOptions: [],
      extendPerDay: null,
      portReloadAvailable: false,
      price: null,
      messages: [],
    });
  });

  it('rejects an answer without a list instead of reading it as "no rentals"', () => {
    expect(parseRentalList({ response: 1 }, NOW).ok).toBe(false);
    expect(parseRentalList([], NOW).ok).toBe(false);
  });

  it('reads a missing or empty item as "no rental in the answer", and rejects one that is not an object', () => {
    expect(unwrap(parseRentalItem({ response: 1 }, NOW, null))).toBeNull();
    expect(unwrap(parseRentalItem({ response: 1, item: [] }, NOW, null))).toBeNull();
    expect(parseRentalItem({ response: 1, item: 'x' }, NOW, null).ok).toBe(false);
  });
});

describe('messages', () => {
  const one = msg();
  it.each([
    ['a flat list', [one]],
    ['a paginator of messages', { current_page: 1, data: [one], total: 1 }],
    ['a paginator of pages', { current_page: 1, data: [[one]], total: 1 }],
    ['an object with numeric keys', { '0': one }],
  ])('reads %s', (_name, raw) => {
    expect(parseMessages(raw, NOW)).toEqual([
      { id: '1', service: 'Google', text: 'G-123456', providerCode: '123456', receivedAt: Date.UTC(2024, 4, 1, 12, 0, 0) },
    ]);
  });

  it.each([[[]], [null], [{}], [{ current_page: 1, data: [] }]])('reads %j as no messages', (raw) => {
    expect(parseMessages(raw, NOW)).toEqual([]);
  });

  it('flattens pages of a paginator and keeps every message', () => {
    const raw = { data: [[msg({ id: 1 }), msg({ id: 2 })], [msg({ id: 3 })]] };
    expect(parseMessages(raw, NOW).map((m) => m.id)).toEqual(['1', '2', '3']);
  });

  it('drops a bad message and keeps the rest', () => {
    const raw = [msg({ id: 1 }), { id: 2, service: 'X' }, msg({ id: 3, created_at: '2024-05-01 15:01:00' }), 'junk'];
    expect(parseMessages(raw, NOW).map((m) => m.id)).toEqual(['1', '3']);
    // Inside a rental the rental survives with the good messages.
    expect(unwrap(parseRental(rental({ messages: raw }), NOW)).messages.map((m) => m.id)).toEqual(['1', '3']);
  });

  it('keeps leading zeros in the provider code and reads 0/"0"/null/missing as no code', () => {
    const codes = [msg({ id: 1, code: '007' }), msg({ id: 2, code: 0 }), msg({ id: 3, code: '0' }), msg({ id: 4, code: null }), msg({ id: 5, code: undefined })];
    expect(parseMessages(codes, NOW).map((m) => m.providerCode)).toEqual(['007', null, null, null, null]);
  });

  it('keeps a message that has only an id and a text', () => {
    expect(parseMessages([{ id: 'abc', text: 'Your code: 5521' }], NOW)).toEqual([
      { id: 'abc', service: '', text: 'Your code: 5521', providerCode: null, receivedAt: NOW },
    ]);
  });

  it('turns numeric and string ids into the same string and de-duplicates them', () => {
    const parsed = parseMessages([msg({ id: 7 }), msg({ id: '7', text: 'later copy' })], NOW);
    expect(parsed).toHaveLength(1);
    expect(parsed[0]?.id).toBe('7');
  });

  it('orders messages oldest first whatever order the provider used', () => {
    const raw = [
      msg({ id: 10, created_at: '2024-05-01 15:02:00' }),
      msg({ id: 9, created_at: '2024-05-01 15:00:00' }),
      msg({ id: 11, created_at: '2024-05-01 15:01:00' }),
    ];
    expect(parseMessages(raw, NOW).map((m) => m.id)).toEqual(['9', '11', '10']);
  });

  it('reads created_at as UTC+3 and falls back to the receipt time when it is unreadable', () => {
    const parsed = parseMessages([msg({ id: 1, created_at: '2024-01-01 00:30:00' }), msg({ id: 2, created_at: 'yesterday' }), msg({ id: 3, created_at: '2024-02-31 10:00:00' })], NOW);
    expect(parsed.find((m) => m.id === '1')?.receivedAt).toBe(Date.UTC(2023, 11, 31, 21, 30, 0));
    expect(parsed.find((m) => m.id === '2')?.receivedAt).toBe(NOW);
    expect(parsed.find((m) => m.id === '3')?.receivedAt).toBe(NOW);
    expect(parsed).toHaveLength(3);
  });
});

describe('tariffs', () => {
  const russia = { code: 7, name: 'Russia', enabled: true, new: false, position: 2, days: { '1': 30, '7': '210.5' }, count: { '1': 12, '7': 0 }, extend: 1, confirm: 1 };
  const kz = { code: 77, name: 'Kazakhstan', enabled: 1, position: 1, days: { '30': 900 }, count: [] };

  it('reads the map keyed by country, ordered by position, with periods from days and count', () => {
    expect(unwrap(parseTariffs({ '7': russia, '77': kz }, null))).toEqual([
      { country: 77, name: 'Kazakhstan', enabled: true, periods: [{ days: 30, price: '900', inStock: 0 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false },
      {
        country: 7,
        name: 'Russia',
        enabled: true,
        periods: [
          { days: 1, price: '30', inStock: 12 },
          { days: 7, price: '210.5', inStock: 0 },
        ],
        // One number is the price of a day (docs, SDK types): no day-count options come from it.
        extendOptions: [],
        extendPerDay: '1',
        chargedAtOnce: true,
      },
    ]);
  });

  it('reads renewal prices when the tariff lists them as a map (days → price)', () => {
    const tariffs = unwrap(parseTariffs({ ...russia, extend: { '7': '210.50', '1': 30 } }, 7));
    expect(tariffs[0]?.extendOptions).toEqual([
      { days: 1, price: '30' },
      { days: 7, price: '210.50' },
    ]);
  });

  it('reads one tariff (the answer with a country)', () => {
    const tariffs = unwrap(parseTariffs(russia, 7));
    expect(tariffs).toHaveLength(1);
    expect(tariffs[0]?.country).toBe(7);
  });

  it.each([[[]], [null], [{}]])('reads %j as no tariffs', (body) => {
    expect(unwrap(parseTariffs(body, 7))).toEqual([]);
  });

  it('reads a disabled tariff and takes the country from the key when code is missing', () => {
    const tariffs = unwrap(parseTariffs({ '380': { name: 'Ukraine', enabled: false, days: [], count: null } }, null));
    expect(tariffs).toEqual([{ country: 380, name: 'Ukraine', enabled: false, periods: [], extendOptions: [], extendPerDay: null, chargedAtOnce: false }]);
  });

  it('skips an unreadable tariff in the map and keeps the others', () => {
    const tariffs = unwrap(parseTariffs({ '7': russia, '8': 'broken' }, null));
    expect(tariffs.map((t) => t.country)).toEqual([7]);
  });
});

describe('balance', () => {
  it("reads the docs' example", () => {
    expect(unwrap(parseBalance({ response: 1, balance: '230.25', zbalance: 120.5 }))).toEqual({ balance: '230.25', frozen: '120.5' });
  });
  it('accepts a numeric balance and a missing frozen amount', () => {
    expect(unwrap(parseBalance({ response: '1', balance: 5 }))).toEqual({ balance: '5', frozen: '0' });
  });
  it('rejects a body without a balance', () => {
    expect(parseBalance({ response: 1 }).ok).toBe(false);
  });
});
