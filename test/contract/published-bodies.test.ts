// Contract: answers of the OnlineSim rent API as others published them (the provider's docs, its
// official SDKs and their mocks), each quoted verbatim with its source, fed through SimFill's real
// client, and checked for the meaning the API gives them. None of these bodies was written by SimFill's
// team; none was tuned on: where a body and SimFill disagreed, the client changed, not the body.
import { describe, expect, it } from 'vitest';
import { formatPhone } from '../../lib/format.ts';
import { answer, MIN, NOW, published } from './support.ts';

// ---------------------------------------------------------------- getRentState

describe('getRentState', () => {
  it('docs example: one confirmed rental with its SMS, auto-renew on, a day price', async () => {
    // https://onlinesim.io/docs/api/en/rent/getRentState (also openapi_docs/Onlinesim-API-UN/get/api_rent_getRentState_php)
    const { client } = answer(
      '{"response":1,"list":[{"status":1,"extension":1,"messages":[{"id":1,"service":"Google","text":"Your verification code is 070051","code":"070051","created_at":"2022-07-17 21:46:58"}],"sum":"251.5","country":46,"checked_time":"2022-07-17 21:41:20","number":"9915584307","rent":4,"tzid":10000,"time":5750,"days":3,"hours":95,"extend":{"#period_in_days#":36},"checked":true,"reload":1,"day_extend":36,"m_ext":true,"freeze":true}]}',
    );
    const result = await client.getRentState();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.unreadable).toEqual([]);
    const [rental] = result.value.rentals;
    expect(rental).toMatchObject({ tzid: 10000, country: 46, number: '9915584307', confirmed: true, autoRenew: true, rentDays: 4, price: '251.5' });
    expect(formatPhone(rental!.country, rental!.number)).toBe('+46 9915584307');
    // time is minutes: 5750 min = 3 days 23 h 50 min, which agrees with days 3 / hours 95.
    expect(rental!.expiresAt).toBe(NOW + 5750 * MIN);
    expect(rental!.extendPerDay).toBe('36');
    // "#period_in_days#" is the docs' placeholder, not a day count: no extension period is invented from it.
    expect(rental!.extendOptions).toEqual([]);
    expect(rental!.messages).toEqual([
      { id: '1', service: 'Google', text: 'Your verification code is 070051', providerCode: '070051', receivedAt: Date.UTC(2022, 6, 17, 18, 46, 58) },
    ]);
  });

  it('PHP SDK: an account without rentals answers NO_NUMBER, which means "no active rentals"', async () => {
    // s00d/onlinesim-php-api@8f2721970982762ce0abbded88cc1e5059fa670b:src/Apis/GetRent.php — state() sends
    // getRentState with pagination and no tzid, `catch (NoNumberException $e) { return new State([]); }`;
    // the body behind NoNumberException is `{"response":"NO_NUMBER"}` (s00d/onlinesim-js-api@01249dbcc25d3081ab650f4ba3abcc7491d2c720:src/Apis/_base.ts).
    const { client } = answer('{"response":"NO_NUMBER"}');
    expect(await client.getRentState()).toEqual({ ok: true, value: { rentals: [], unreadable: [], partial: false } });
  });

  it('PHP SDK: NO_NUMBER for one tzid means that rental is gone', async () => {
    // s00d/onlinesim-php-api@8f2721970982762ce0abbded88cc1e5059fa670b:src/Apis/GetRent.php — stateOne($tzid)
    // `catch (NoNumberException $e) { return null; }`
    const { client } = answer('{"response":"NO_NUMBER"}');
    const result = await client.getRentState({ tzid: 10000 });
    expect(result.ok && result.value.rentals).toEqual([]);
  });

  it('Rust SDK mock: numbers with "+country", time in seconds, money as floats', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_rent_state(), for
    // a rent of country 1 (its DEFAULT_COUNTRY), serialised by serde_json:
    const { client } = answer(
      '{"response":1,"list":[{"tzid":1000,"status":1,"messages":[],"country":1,"rent":1,"number":"+19000000000","time":86400,"hours":24,"extend":{},"checked":true,"reload":0,"day_extend":0.0}]}',
    );
    const result = await client.getRentState();
    const rental = result.ok ? result.value.rentals[0] : undefined;
    expect(rental).toMatchObject({ tzid: 1000, country: 1, number: '9000000000', confirmed: true, portReloadAvailable: true, extendPerDay: '0' });
    expect(formatPhone(rental!.country, rental!.number)).toBe('+1 900 000 0000');
    // "hours":24 bounds the time left: 86400 cannot be minutes (60 days) next to 24 hours.
    expect(rental!.expiresAt).toBeGreaterThanOrEqual(NOW + 24 * 60 * MIN);
    expect(rental!.expiresAt).toBeLessThan(NOW + 25 * 60 * MIN);
  });

  it('Python SDK mock: the rented number as a list entry, "+7…" number and an empty extend object', async () => {
    // s00d/onlinesim-python-api@5dbacdcb3f076e69ddcbeb7b00e957a2db51031f:tests/mock_data.py, "rented_number"
    // (Python literals False → false), placed in the list get_numbers() reads from getRentState:
    const { client } = answer(
      '{"response":1,"list":[{"status":1,"extension":0,"messages":[],"sum":"1.00","country":7,"checked_time":"2024-01-15 10:30:00","number":"+79001234567","rent":1,"tzid":12345678,"time":86400,"days":1,"hours":24,"extend":{},"checked":false,"reload":0,"day_extend":0,"m_ext":false,"freeze":false}]}',
    );
    const result = await client.getRentState();
    const rental = result.ok ? result.value.rentals[0] : undefined;
    expect(rental).toMatchObject({ tzid: 12345678, country: 7, number: '9001234567', autoRenew: false, price: '1.00', extendOptions: [] });
    expect(formatPhone(rental!.country, rental!.number)).toBe('+7 900 123-45-67');
    expect(rental!.expiresAt).toBeLessThan(NOW + 25 * 60 * MIN);
  });

  it('JS SDK test mock: a minimal rental without number or country is set aside by tzid, never dropped', async () => {
    // s00d/onlinesim-js-api@01249dbcc25d3081ab650f4ba3abcc7491d2c720:tests/GetRent.test.ts —
    // `mockResolvedValue({ list: [{ tzid: 1, status: 1 }] })` for state(); with the envelope the API adds:
    const { client } = answer('{"response":1,"list":[{"tzid":1,"status":1}]}');
    const result = await client.getRentState();
    expect(result).toEqual({ ok: true, value: { rentals: [], unreadable: [1], partial: false } });
  });

  it('one broken rental next to the docs example does not hide the good one', async () => {
    // The docs example (above) and the JS SDK's minimal rental, in one list.
    const { client } = answer(
      '{"response":1,"list":[{"tzid":1,"status":1},{"status":1,"extension":1,"messages":[],"sum":"251.5","country":46,"number":"9915584307","rent":4,"tzid":10000,"time":5750,"days":3,"hours":95,"extend":{"#period_in_days#":36},"checked":true,"reload":1,"day_extend":36}]}',
    );
    const result = await client.getRentState();
    expect(result.ok && result.value.rentals.map((r) => r.tzid)).toEqual([10000]);
    expect(result.ok && result.value.unreadable).toEqual([1]);
  });
});

// ---------------------------------------------------------------- getRentNum

describe('getRentNum', () => {
  it('docs example: an unconfirmed new rental with paginated messages; its guard window counts down', async () => {
    // https://onlinesim.io/docs/api/en/rent/getRentNum (openapi_docs/Onlinesim-API-UN/get/api_rent_getRentNum_php)
    const { client } = answer(
      '{"response":1,"item":{"status":0,"messages":{"current_page":1,"data":[{}],"from":1,"last_page":12,"per_page":20,"to":2,"total":4},"country":46,"rent":0,"extension":1,"checked_time":"2022-07-17 11:55:13","sum":215.5,"number":"9108501010","tzid":10000,"time":19,"days":0,"hours":14,"extend":{"\\"prolongation_period_in days\\"":0},"checked":true,"reload":1,"day_extend":36,"m_ext":true,"freeze":true}}',
    );
    const result = await client.getRentNum({ country: 46, days: 1, autoRenew: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value).toMatchObject({ tzid: 10000, country: 46, number: '9108501010', price: '215.5', extendPerDay: '36', extendOptions: [] });
    expect(result.value.expiresAt).toBe(NOW + 19 * MIN);
    // `data: [{}]` holds an empty placeholder object, not an SMS.
    expect(result.value.messages).toEqual([]);
  });

  it('Rust SDK mock: the rent answer, read with the country it was rented for', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_rent_get_inner()
    const { client } = answer(
      '{"response":1,"item":{"tzid":1000,"status":1,"messages":[],"country":380,"rent":1,"extension":0,"sum":50.0,"number":"+3809000000000","time":86400,"hours":24,"extend":{},"checked":true,"reload":0,"day_extend":0.0}}',
    );
    const result = await client.getRentNum({ country: 380, days: 1, autoRenew: false });
    expect(result.ok && result.value).toMatchObject({ tzid: 1000, country: 380, number: '9000000000', price: '50', autoRenew: false });
  });

  it('JS SDK test mock: a rental without country takes the country it was rented for', async () => {
    // s00d/onlinesim-js-api@01249dbcc25d3081ab650f4ba3abcc7491d2c720:tests/GetRent.test.ts mocks
    // `{ item: { tzid: 1, status: 1 } }`; with a number (every real answer has one) and the envelope:
    const { client } = answer('{"response":1,"item":{"tzid":1,"status":1,"number":"9313358547"}}');
    const result = await client.getRentNum({ country: 7, days: 1, autoRenew: false });
    expect(result.ok && result.value).toMatchObject({ tzid: 1, country: 7, number: '9313358547', confirmed: true });
  });
});

// ---------------------------------------------------------------- extendRentState

describe('extendRentState', () => {
  it('old docs page: `{response:1, item => []}` is a successful extension without the rental', async () => {
    // https://onlinesim.io/docs/api/en/rent/extendRentState — "json {response:1, item => []}" (PHP notation)
    const { client } = answer('{"response":1,"item":[]}');
    expect(await client.extendRentState(10000, 30)).toEqual({ ok: true, value: null });
  });

  it('OpenAPI docs example: the extended rental with paginated messages', async () => {
    // https://onlinesim.io/openapi_docs/Onlinesim-API-UN/get/api_rent_extendRentState_php
    const { client } = answer(
      '{"response":1,"item":{"status":1,"extension":1,"messages":{"current_page":1,"data":[{"id":1,"service":"Google","text":"Your verification code is 070051","code":"070051","created_at":"2022-07-17 21:46:58"}],"from":1,"last_page":12,"per_page":20,"to":12,"total":234},"sum":251.5,"country":46,"checked_time":"2022-07-17 21:41:20","number":"9915584307","rent":4,"tzid":10000,"time":5750,"days":3,"hours":95,"extend":{"#period_in_days#":36},"checked":true,"reload":1,"day_extend":36,"m_ext":true,"freeze":true}}',
    );
    const result = await client.extendRentState(10000, 7);
    expect(result.ok && result.value).toMatchObject({ tzid: 10000, expiresAt: NOW + 5750 * MIN, messages: [{ id: '1', providerCode: '070051' }] });
  });

  it('Rust SDK mock: the extended rental with a price map and a day price', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_rent_extend_inner(), days=1
    const { client } = answer(
      '{"response":1,"item":{"tzid":1000,"status":1,"messages":[],"country":1,"rent":1,"extension":1,"sum":50.0,"number":"+19000000000","time":86400,"hours":24,"extend":{"1":40.0,"7":200.0},"checked":true,"reload":0,"day_extend":40.0}}',
    );
    const result = await client.extendRentState(1000, 1);
    expect(result.ok && result.value).toMatchObject({
      autoRenew: true,
      extendPerDay: '40',
      extendOptions: [
        { days: 1, price: '40' },
        { days: 7, price: '200' },
      ],
    });
  });
});

// ---------------------------------------------------------------- tariffsRent

describe('tariffsRent', () => {
  it('docs example: `extend` is one number, `confirm: true` means charged at once', async () => {
    // https://onlinesim.io/docs/api/en/rent/tariffsRent (openapi_docs/Onlinesim-API-UN/get/api_rent_tariffsRent_php), ?country=46
    const { client } = answer('{"code":46,"enabled":true,"new":true,"position":1,"count":{"\\"period_in_days\\"":20},"days":{"\\"period_in_days\\"":0},"extend":0,"confirm":true}');
    const result = await client.tariffsRent(46);
    expect(result.ok && result.value).toEqual([
      // "period_in_days" is a placeholder, so no period can be offered from it; the tariff itself is read.
      { country: 46, name: '46', enabled: true, periods: [], extendOptions: [], extendPerDay: '0', chargedAtOnce: true },
    ]);
  });

  it('Rust SDK mock: all tariffs keyed by country, with a `response` key among them and extend 40.0', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_rent_tariffs() without country
    const { client } = answer(
      '{"response":"1","1":{"code":1,"enabled":true,"name":"USA","new":false,"position":1,"count":{"1":10.0},"days":{"1":50.0,"7":200.0},"extend":40.0}}',
    );
    const result = await client.tariffsRent();
    expect(result.ok && result.value).toEqual([
      {
        country: 1,
        name: 'USA',
        enabled: true,
        periods: [
          { days: 1, price: '50', inStock: 10 },
          { days: 7, price: '200', inStock: 0 },
        ],
        extendOptions: [],
        extendPerDay: '40',
        chargedAtOnce: false,
      },
    ]);
  });

  it('Rust SDK mock: one tariff for a country, with `response: "1"` inside', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_rent_tariffs() with country
    const { client } = answer('{"code":1,"enabled":true,"name":"USA","new":false,"position":1,"count":{"1":10.0},"days":{"1":50.0,"7":200.0},"extend":40.0,"response":"1"}');
    const result = await client.tariffsRent(1);
    expect(result.ok && result.value.map((t) => [t.country, t.periods.length, t.extendPerDay])).toEqual([[1, 2, '40']]);
  });
});

// ---------------------------------------------------------------- closeRentNum, portReload, getBalance

describe('closing, port reload and balance', () => {
  it('docs: closeRentNum answers `{"response":true}`', async () => {
    // https://onlinesim.io/docs/api/en/rent/closeRentNum
    expect(await answer('{"response":true}').client.closeRentNum(10000)).toEqual({ ok: true, value: undefined });
  });

  it('Rust SDK mock: closeRentNum answers `{"response":1,"tzid":…}`', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_close_inner()
    expect(await answer('{"response":1,"tzid":1000}').client.closeRentNum(1000)).toEqual({ ok: true, value: undefined });
  });

  it('Rust SDK mock: an unknown tzid on close is ERROR_NO_TZID, the rental is gone', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_close_inner()
    expect(await answer('{"response":"ERROR_NO_TZID"}').client.closeRentNum(1)).toEqual({ ok: false, error: { kind: 'provider', code: 'ERROR_NO_TZID' } });
  });

  it('Rust SDK mock: portReload answers `{"response":"1","tzid":…}`', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_rent_port_reload_inner()
    expect(await answer('{"response":"1","tzid":1000}').client.portReload(1000)).toEqual({ ok: true, value: undefined });
  });

  it('docs: getBalance, money as a string and frozen funds as a number', async () => {
    // https://onlinesim.io/docs/api/en/getBalance
    expect(await answer('{"response":1,"balance":"230.25","zbalance":120.5}').client.getBalance()).toEqual({ ok: true, value: { balance: '230.25', frozen: '120.5' } });
  });

  it('Rust SDK mock: getBalance with floats and extra income fields', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs, handle_balance()
    const body = '{"response":"1","balance":100.0,"zbalance":0.0,"income":25.0,"income_usd":25.0}';
    expect(await answer(body).client.getBalance()).toEqual({ ok: true, value: { balance: '100', frozen: '0' } });
  });
});

// ---------------------------------------------------------------- a wrong key, both ways

describe('a wrong key', () => {
  it('JS SDK 2.1.0 changelog: the real backend answers HTTP 456 for a wrong key', async () => {
    // https://raw.githubusercontent.com/s00d/onlinesim-js-api/HEAD/CHANGELOG.md — 2.1.0: "HTTP 456 for a wrong key"
    const { client } = published([456, '{"response":"ERROR_WRONG_KEY"}']);
    expect(await client.getBalance()).toEqual({ ok: false, error: { kind: 'provider', code: 'ERROR_WRONG_KEY' } });
  });

  it('Rust SDK mock: ERROR_WRONG_KEY with HTTP 200 means the same', async () => {
    // s00d/onlinesim-rs-api@0de3d6faefea1e2b34710f0d56b395d00fc07cec:src/mock/mod.rs — fail_balance("ERROR_WRONG_KEY")
    // makes handle_balance() answer `{"response": code}` through ResponseTemplate::new(200).
    const { client } = published([200, '{"response":"ERROR_WRONG_KEY"}']);
    expect(await client.getBalance()).toEqual({ ok: false, error: { kind: 'provider', code: 'ERROR_WRONG_KEY' } });
  });
});
