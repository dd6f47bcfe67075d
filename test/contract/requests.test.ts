// Contract: what SimFill sends. The provider's OpenAPI pages list two ways to send the key, `apikey`
// and `BearerAuth` (https://virtual-test-server.on-mail.ru/openapi_docs/Onlinesim-API-UN/Onlinesim-API-UN-get-api-getbalance-php,
// "Security: apikey, BearerAuth"); the newest
// SDKs send Bearer only, and "booleans as 1/0" (s00d/onlinesim-swift-api release v1.0.0:
// https://github.com/s00d/onlinesim-swift-api/releases/tag/v1.0.0). A PHP backend casting the string
// "false" to bool reads true, and `extension` (auto-renew) defaults to true in the docs
// (https://onlinesim.io/docs/api/en/rent/getRentNum: "Auto-prolongation … Example: true").
import { describe, expect, it } from 'vitest';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { KEY, published, type Sent } from './support.ts';

const OK = '{"response":1,"item":{"tzid":1,"number":"9313358547","country":7,"time":19}}';
const CALLS: [name: string, run: (c: OnlineSimClient) => Promise<unknown>, path: string, params: Record<string, string>, body: string][] = [
  ['getBalance', (c) => c.getBalance(), '/api/getBalance.php', {}, '{"response":1,"balance":"1.00","zbalance":0}'],
  ['tariffsRent', (c) => c.tariffsRent(), '/api/rent/tariffsRent.php', {}, '{}'],
  ['tariffsRent(7)', (c) => c.tariffsRent(7), '/api/rent/tariffsRent.php', { country: '7' }, '[]'],
  ['getRentNum', (c) => c.getRentNum({ country: 7, days: 1, autoRenew: false }), '/api/rent/getRentNum.php', { country: '7', days: '1', extension: '0', pagination: '0' }, OK],
  ['getRentNum auto-renew', (c) => c.getRentNum({ country: 7, days: 7, autoRenew: true }), '/api/rent/getRentNum.php', { country: '7', days: '7', extension: '1', pagination: '0' }, OK],
  ['getRentState', (c) => c.getRentState(), '/api/rent/getRentState.php', { pagination: '0' }, '{"response":1,"list":[]}'],
  ['getRentState(tzid)', (c) => c.getRentState({ tzid: 1 }), '/api/rent/getRentState.php', { tzid: '1', pagination: '0' }, '{"response":1,"list":[]}'],
  ['extendRentState', (c) => c.extendRentState(1, 30), '/api/rent/extendRentState.php', { tzid: '1', days: '30', pagination: '0' }, '{"response":1,"item":[]}'],
  ['closeRentNum', (c) => c.closeRentNum(1), '/api/rent/closeRentNum.php', { tzid: '1' }, '{"response":true}'],
  ['portReload', (c) => c.portReload(1), '/api/rent/portReload.php', { tzid: '1' }, '{"response":1}'],
];

async function send(run: (c: OnlineSimClient) => Promise<unknown>, body: string): Promise<Sent> {
  const { client, sent } = published([200, body]);
  await run(client);
  expect(sent).toHaveLength(1);
  return sent[0]!;
}

describe('every request', () => {
  it.each(CALLS)('%s: GET, its own parameters, booleans as 1/0, the key only in the Authorization header', async (_name, run, path, params, body) => {
    const { method, url, headers } = await send(run, body);
    expect(method).toBe('GET');
    expect(url.origin + url.pathname).toBe(`https://onlinesim.io${path}`);
    expect(Object.fromEntries(url.searchParams)).toEqual({ lang: 'en', ...params });
    for (const value of url.searchParams.values()) expect(value).not.toMatch(/^(true|false)$/i);
    expect(url.href).not.toContain(KEY);
    expect(url.searchParams.has('apikey')).toBe(false);
    expect(headers.get('Authorization')).toBe(`Bearer ${KEY}`);
  });

  it('a rent without auto-renew says so explicitly: the provider would renew, and spend, by default', async () => {
    const { url } = await send((c) => c.getRentNum({ country: 44, days: 1, autoRenew: false }), OK);
    expect(url.searchParams.get('extension')).toBe('0');
  });
});
