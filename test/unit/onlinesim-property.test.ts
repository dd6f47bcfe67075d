// Property-based tests of the provider edge: the documented answers (docs/provider-api.md, Examples),
// mutated by fast-check (fields replaced by any JSON, dropped, wrapped in lists, numbers as strings,
// huge values, prototype keys, deep nesting), and raw bytes and truncations as HTTP bodies. Whatever
// arrives: nothing throws, whatever is accepted has SimFill's internal shape (what the engine would
// store passes the stored-state schemas), and an answer that is refused never changes stored rentals.
// Seeds are fixed so a failure reproduces; fast-check prints the shrunk counterexample.
import fc from 'fast-check';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import { createClient, type OnlineSimClient } from '../../lib/onlinesim/client.ts';
import type { ProviderError } from '../../lib/onlinesim/errors.ts';
import { parseBalance, parseMessages, parseRentalItem, parseRentalList, parseTariffs } from '../../lib/onlinesim/schemas.ts';
import type { Message, Rental, RentalList, Tariff } from '../../lib/onlinesim/types.ts';
import { reconcile } from '../../lib/rentals/reconcile.ts';
import { rentalsItem, type RentalsState } from '../../lib/storage/rentals.ts';
import { engineStatusSchema, rentalsStateSchema, storedRentalSchema } from '../../lib/storage/schemas.ts';
import { z } from '../../lib/zod.ts';
import { testEngineDeps } from './support/engine.ts';
import { firstDigits } from './support/rentals.ts';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const RUNS = 10_000;
const KEY = 'k3y-SECRET-0123456789';

// ---------------------------------------------------------------- the documented answers

const RENT_STATE = {
  response: 1,
  list: [
    {
      status: 1, extension: 1, sum: '251.5', country: 46, checked_time: '2022-07-17 21:41:20', number: '9915584307', rent: 4,
      tzid: 10000, time: 5750, days: 3, hours: 95, extend: { '7': 36 }, checked: true, reload: 1, day_extend: 36, m_ext: true, freeze: true,
      messages: [
        { id: 1, service: 'Google', text: 'Your verification code is 070051', code: '070051', created_at: '2022-07-17 21:46:58' },
        { id: '2', service: 'Bank', text: 'Balance 100', code: 0, created_at: '2022-07-17 21:50:00' },
      ],
    },
    { status: 0, extension: 0, country: 7, number: '9313358547', rent: 1, tzid: 3715, time: 19, extend: [], checked: false, reload: 0, messages: [] },
  ],
};
const RENT_NUM = {
  response: 1,
  item: {
    checked: false, country: 7, days: 0, extend: { '1': 30, '7': 210, '15': 450, '30': 900 }, hours: 0, number: '9313358547', reload: 0,
    rent: 1, status: 0, time: 19, tzid: 3715,
    messages: { current_page: 1, data: [[{ id: 5, service: 'Shop', text: 'Code 4821', code: '4821', created_at: '2022-07-17 21:46:58' }]], from: 1, last_page: 1, per_page: 20, to: 0, total: 0 },
  },
};
const TARIFFS = {
  '7': { code: 7, name: 'Russia', enabled: true, new: false, position: 2, days: { '1': 30, '7': '210.5' }, count: { '1': 12, '7': '3' }, extend: 1, confirm: 1 },
  '380': { code: 380, name: 'Ukraine', enabled: 1, position: 1, days: { '7': 150 }, count: [] },
};
const ONE_TARIFF = TARIFFS['7'];
const BALANCE = { response: 1, balance: '230.25', zbalance: 120.5 };
const MESSAGES = RENT_STATE.list[0]!.messages;

// ---------------------------------------------------------------- mutations

const HUGE: unknown[] = [
  1e308, -1e308, 2 ** 53 + 2, -(2 ** 63), 1e21, 5e-324, -1, 0, -0, '9'.repeat(400), '-' + '9'.repeat(30), '1e400', 'x'.repeat(100_000),
  '0'.repeat(50), ' 7 ', '\u0000', '٣', '１２３', '2022-02-31 10:00:00', '9999-12-31 23:59:59', '0000-01-01 00:00:00',
];
const PROTO_KEYS = ['__proto__', 'constructor', 'prototype', 'toString', 'hasOwnProperty', 'valueOf', 'then', 'toJSON'];
const KINDS = ['replace', 'drop', 'wrap', 'stringify', 'numberify', 'huge', 'proto', 'nest', 'empty', 'duplicate'] as const;

interface Op {
  kind: (typeof KINDS)[number];
  at: number;
  value: unknown;
  depth: number;
}

/** Any JSON, the odd values above, and (for direct calls) what JSON cannot carry: NaN, infinities. */
const oddValue = fc.oneof(
  { weight: 4, arbitrary: fc.jsonValue({ maxDepth: 2 }) },
  { weight: 2, arbitrary: fc.constantFrom(...HUGE) },
  { weight: 1, arbitrary: fc.double() },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
);
const opArb: fc.Arbitrary<Op> = fc.record({ kind: fc.constantFrom(...KINDS), at: fc.nat(), value: oddValue, depth: fc.integer({ min: 2, max: 300 }) });

type Slot = { parent: Record<string, unknown> | unknown[] | null; key: string | number };

/** Every place in the value (the root has no parent). */
function slots(value: unknown): Slot[] {
  const out: Slot[] = [{ parent: null, key: '' }];
  const walk = (v: unknown) => {
    if (typeof v !== 'object' || v === null) return;
    for (const key of Object.keys(v)) {
      const child = (v as Record<string, unknown>)[key];
      out.push({ parent: v as Record<string, unknown>, key: Array.isArray(v) ? Number(key) : key });
      if (out.length < 5_000) walk(child);
    }
  };
  walk(value);
  return out;
}

function setOwn(target: object, key: string | number, value: unknown): void {
  // defineProperty makes "__proto__" an own key (as JSON.parse does), instead of changing the prototype.
  Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
}

function nest(value: unknown, depth: number): unknown {
  let out = value;
  for (let i = 0; i < depth; i++) out = i % 3 === 0 ? { data: out } : i % 3 === 1 ? [out] : { '0': out };
  return out;
}

function apply(root: unknown, op: Op): unknown {
  const all = slots(root);
  const { parent, key } = all[op.at % all.length]!;
  const current = parent === null ? root : (parent as Record<string | number, unknown>)[key];
  let next: unknown;
  switch (op.kind) {
    case 'replace': next = op.value; break;
    case 'drop':
      if (parent === null) return undefined;
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else delete parent[key];
      return root;
    case 'wrap': next = [current]; break;
    case 'stringify': next = typeof current === 'string' ? current : JSON.stringify(current) ?? 'undefined'; break;
    case 'numberify': next = typeof current === 'string' ? Number(current) : typeof current === 'boolean' ? Number(current) : op.value; break;
    case 'huge': next = HUGE[op.at % HUGE.length]; break;
    case 'proto': {
      // Only on plain objects: a list with an own "constructor" breaks Array methods in any JS program.
      const target = typeof current === 'object' && current !== null && !Array.isArray(current) ? current : {};
      setOwn(target, PROTO_KEYS[op.at % PROTO_KEYS.length]!, op.value);
      next = target;
      break;
    }
    case 'nest': next = nest(current, op.depth); break;
    case 'empty': next = [[], {}, null, ''][op.at % 4]; break;
    case 'duplicate':
      if (Array.isArray(current) && current.length > 0) next = [...current, structuredClone(current[op.at % current.length])];
      else if (typeof current === 'object' && current !== null) next = { ...current, '99': structuredClone(current) };
      else next = [current, current];
      break;
  }
  if (parent === null) return next;
  (parent as Record<string | number, unknown>)[key] = next;
  return root;
}

/** The base answer with one to five mutations; the list of operations shrinks to the smallest failing one. */
const mutated = (base: unknown) =>
  fc.array(opArb, { minLength: 1, maxLength: 5 }).map((ops) => ops.reduce<unknown>((value, op) => apply(value, op), structuredClone(base)));

// ---------------------------------------------------------------- shapes of accepted results

const decimal = z.string().regex(/^-?\d+(\.\d+)?$/);
const tariffsSchema = z.array(
  z.object({
    country: z.number().int(),
    name: z.string(),
    enabled: z.boolean(),
    periods: z.array(z.object({ days: z.number().int().positive(), price: decimal, inStock: z.number().nonnegative().refine(Number.isInteger) })),
    extendPerDay: decimal.nullable(),
    chargedAtOnce: z.boolean(),
  }),
);
const balanceSchema = engineStatusSchema.shape.balance.unwrap();
const messageSchema = storedRentalSchema.shape.messages.element.pick({ id: true, service: true, text: true, providerCode: true, receivedAt: true });

/** A plain throw: ten thousand runs of `expect` calls cost more than the parsing they check. */
function check(holds: boolean, what: string): void {
  if (!holds) throw new Error(what);
}

const strictMessage = messageSchema.strict();

function expectMessages(messages: Message[]): void {
  for (const m of messages) {
    const checked = strictMessage.safeParse(m);
    if (!checked.success) throw new Error(`accepted message does not fit: ${z.prettifyError(checked.error)}`);
    check(m.providerCode !== '0', 'provider code "0" means no code');
  }
  check(new Set(messages.map((m) => m.id)).size === messages.length, 'message ids are unique');
  for (let i = 1; i < messages.length; i++) check(messages[i]!.receivedAt >= messages[i - 1]!.receivedAt, 'messages in arrival order');
}

/** What the engine would store from these rentals passes the stored-state schema. */
function expectRentals(rentals: Rental[]): void {
  const stored = reconcile({ active: [], ended: [] }, { rentals, unreadable: [], partial: false }, NOW, firstDigits).state;
  const checked = rentalsStateSchema.safeParse(stored);
  if (!checked.success) throw new Error(`accepted rentals do not fit the stored schema: ${z.prettifyError(checked.error)}`);
  for (const r of rentals) {
    check(r.expiresAt >= NOW, 'a rental never ends before it was seen');
    expectMessages(r.messages);
  }
}

function expectTariffs(tariffs: Tariff[]): void {
  const checked = tariffsSchema.safeParse(tariffs);
  if (!checked.success) throw new Error(`accepted tariffs do not fit: ${z.prettifyError(checked.error)}`);
}

// ---------------------------------------------------------------- the parser, called directly

const tally: string[] = [];
afterAll(() => console.info(`onlinesim-property (seeded):\n  ${tally.join('\n  ')}`));

/** Runs a property over mutated answers, counting how many the parser accepted. */
function checkParser(name: string, base: unknown, parse: (body: unknown) => boolean, seed: number, runs = RUNS): void {
  let accepted = 0;
  let tried = 0;
  fc.assert(
    fc.property(mutated(base), (body) => {
      tried++;
      if (parse(body)) accepted++;
    }),
    { numRuns: runs, seed },
  );
  tally.push(`${name}: ${tried} mutated answers, ${accepted} accepted, ${tried - accepted} refused`);
  // Both paths must be exercised, or the property says little.
  expect(accepted).toBeGreaterThan(runs / 20);
  expect(tried - accepted).toBeGreaterThan(runs / 20);
}

describe('parser over mutated documented answers', () => {
  it(`parseRentalList: ${RUNS} getRentState answers`, () => {
    checkParser('parseRentalList', RENT_STATE, (body) => {
      const r = parseRentalList(body, NOW);
      if (r.ok) expectRentals(r.value.rentals);
      return r.ok;
    }, 101);
  });

  it(`parseRentalItem: ${RUNS} getRentNum answers`, () => {
    checkParser('parseRentalItem', RENT_NUM, (body) => {
      const r = parseRentalItem(body, NOW, null);
      if (r.ok && r.value) expectRentals([r.value]);
      return r.ok;
    }, 102);
  });

  it(`parseTariffs: ${RUNS} tariff maps and single tariffs`, () => {
    checkParser('parseTariffs (map)', TARIFFS, (body) => {
      const r = parseTariffs(body, null);
      if (r.ok) expectTariffs(r.value);
      return r.ok && r.value.length > 0;
    }, 103, RUNS / 2);
    checkParser('parseTariffs (one country)', ONE_TARIFF, (body) => {
      const r = parseTariffs(body, 7);
      if (r.ok) expectTariffs(r.value);
      return r.ok && r.value.length > 0;
    }, 104, RUNS / 2);
  });

  it(`parseBalance: ${RUNS} balances`, () => {
    checkParser('parseBalance', BALANCE, (body) => {
      const r = parseBalance(body);
      if (r.ok) check(balanceSchema.strict().safeParse(r.value).success, 'balance is two decimal strings');
      return r.ok;
    }, 105);
  });

  it(`parseMessages: ${RUNS} message lists (bad items dropped, never thrown)`, () => {
    checkParser('parseMessages', MESSAGES, (raw) => {
      const r = parseMessages(raw, NOW);
      expectMessages(r);
      // "Accepted": every documented message was read.
      return r.length === MESSAGES.length;
    }, 106);
  });
});

// ---------------------------------------------------------------- the whole client, over HTTP

function clientAnswering(body: BodyInit, status: number, retryAfter: string | null): OnlineSimClient {
  const fetch = (async () => new Response(body, { status, headers: retryAfter === null ? {} : { 'Retry-After': retryAfter } })) as typeof globalThis.fetch;
  return createClient({ baseUrl: 'http://127.0.0.1:8080/api/', apiKey: KEY, lang: 'en', confirmedHost: '127.0.0.1:8080', hostGranted: async () => true, fetch, now: () => NOW });
}

const ERROR_KINDS = ['provider', 'http', 'rate-limited', 'bad-response', 'timeout', 'offline'];

type Endpoint = { name: string; base: unknown; call: (c: OnlineSimClient) => Promise<{ ok: boolean; value?: unknown; error?: ProviderError }>; check: (value: unknown) => void };
const ENDPOINTS: Endpoint[] = [
  { name: 'getRentState', base: RENT_STATE, call: (c) => c.getRentState(), check: (v) => expectRentals((v as RentalList).rentals) },
  { name: 'getRentNum', base: RENT_NUM, call: (c) => c.getRentNum({ country: 7, days: 1, autoRenew: false }), check: (v) => expectRentals([v as Rental]) },
  { name: 'extendRentState', base: RENT_NUM, call: (c) => c.extendRentState(3715, 7), check: (v) => expectRentals(v === null ? [] : [v as Rental]) },
  { name: 'tariffsRent', base: TARIFFS, call: (c) => c.tariffsRent(), check: (v) => expectTariffs(v as Tariff[]) },
  { name: 'tariffsRent(7)', base: ONE_TARIFF, call: (c) => c.tariffsRent(7), check: (v) => expectTariffs(v as Tariff[]) },
  { name: 'getBalance', base: BALANCE, call: (c) => c.getBalance(), check: (v) => check(balanceSchema.safeParse(v).success, 'balance shape') },
  { name: 'closeRentNum', base: { response: true }, call: (c) => c.closeRentNum(3715), check: (v) => check(v === undefined, 'nothing returned') },
  { name: 'portReload', base: { response: 1 }, call: (c) => c.portReload(3715), check: (v) => check(v === undefined, 'nothing returned') },
];

/** Calls one endpoint; the promise must resolve to a Result whose error, if any, is typed and key-free. */
async function expectResult(endpoint: Endpoint, client: OnlineSimClient): Promise<boolean> {
  const result = await endpoint.call(client);
  if (result.ok) {
    endpoint.check(result.value);
    return true;
  }
  check(ERROR_KINDS.includes(result.error!.kind), `typed error, got ${result.error!.kind}`);
  check(!JSON.stringify(result.error).includes(KEY), 'the key never appears in an error');
  return false;
}

const endpointArb = fc.constantFrom(...ENDPOINTS);
const statusArb = fc.constantFrom(200, 200, 200, 200, 201, 204, 301, 404, 429, 456, 500, 502, 503);
const retryAfterArb = fc.option(fc.oneof(fc.string({ maxLength: 30 }), fc.integer({ min: -10, max: 1e9 }).map(String)), { nil: null });

describe('client over mutated HTTP answers', () => {
  it(`${RUNS} mutated JSON bodies with odd statuses, on every endpoint: a typed Result, never an exception`, async () => {
    let tried = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(
        endpointArb.chain((e) => fc.tuple(fc.constant(e), mutated(e.base))),
        statusArb,
        retryAfterArb,
        async ([endpoint, body], status, retryAfter) => {
          tried++;
          // An undefined root (the whole answer dropped) goes over the wire as an empty body.
          const text = body === undefined ? '' : JSON.stringify(body);
          if (await expectResult(endpoint, clientAnswering(text, status === 204 ? 200 : status, retryAfter))) accepted++;
        },
      ),
      { numRuns: RUNS, seed: 201 },
    );
    tally.push(`client, mutated JSON: ${tried} answers over ${ENDPOINTS.length} endpoints, ${accepted} accepted`);
    expect(accepted).toBeGreaterThan(RUNS / 20);
  });

  const bytesArb = fc.oneof(
    fc.uint8Array({ maxLength: 600 }).map((bytes) => ({ kind: 'bytes', body: bytes as BodyInit })),
    fc.string({ unit: 'binary', maxLength: 600 }).map((text) => ({ kind: 'text', body: text as BodyInit })),
    fc.tuple(endpointArb, fc.nat()).map(([e, cut]) => {
      const text = JSON.stringify(e.base);
      return { kind: 'truncated', body: text.slice(0, cut % text.length) as BodyInit };
    }),
    fc.constantFrom('<html><body>502 Bad Gateway</body></html>', '', ' ', 'null', 'true', '"1"', '1', '[]', '{}', '{"response":null}').map((text) => ({ kind: 'odd', body: text as BodyInit })),
  );

  it(`${RUNS} bodies of raw bytes, binary text, truncated JSON and HTML pages: a typed Result, never an exception`, async () => {
    let tried = 0;
    await fc.assert(
      fc.asyncProperty(endpointArb, bytesArb, statusArb, async (endpoint, { body }, status) => {
        tried++;
        await expectResult(endpoint, clientAnswering(body, status === 204 ? 200 : status, null));
      }),
      { numRuns: RUNS, seed: 202 },
    );
    tally.push(`client, raw bodies: ${tried} answers`);
  });
});

// ---------------------------------------------------------------- invalid data never changes stored state

describe('engine over mutated getRentState answers', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it(`a refused answer leaves the stored rentals exactly as they were; an accepted one stores a valid state`, async () => {
    let answer: ReturnType<typeof parseRentalList> = parseRentalList(RENT_STATE, NOW);
    // A provider client that hands the engine what the parser made of the body, as createClient does.
    const client = {
      getRentState: async () =>
        answer.ok ? { ok: true, value: answer.value } : { ok: false, error: { kind: 'bad-response', detail: answer.error } },
    } as unknown as OnlineSimClient;
    const { deps, advance, now } = testEngineDeps(client, NOW);
    const engine = createEngine(deps);
    // The state a user has after one good poll: both documented rentals, with their SMS.
    await engine.poll(true);
    const known: RentalsState = await rentalsItem.getValue();
    expect(known.active.map((r) => r.tzid)).toEqual([10000, 3715]);

    let refused = 0;
    let accepted = 0;
    await fc.assert(
      fc.asyncProperty(mutated(RENT_STATE), async (body) => {
        await rentalsItem.setValue(known);
        advance(1_000);
        answer = parseRentalList(body, now());
        await engine.poll(true);
        const after = await rentalsItem.getValue();
        if (answer.ok) {
          accepted++;
          check(rentalsStateSchema.safeParse(after).success, 'stored state fits its schema');
        } else {
          refused++;
          expect(after).toEqual(known);
        }
      }),
      { numRuns: RUNS, seed: 301 },
    );
    tally.push(`engine: ${refused + accepted} polls, ${refused} refused answers left stored rentals unchanged, ${accepted} accepted and stored valid`);
    expect(refused).toBeGreaterThan(RUNS / 50);
    expect(accepted).toBeGreaterThan(RUNS / 50);
    // Each poll reads and writes the private store, an in-memory IndexedDB here (fake-indexeddb): about
    // 5 ms a poll on the shared 2 cores, 51 s for the 10 000 alone, more beside other test files.
  }, 300_000);
});
