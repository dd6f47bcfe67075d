// Every item SimFill stores, taken from the start-up repair's own list (lib/storage/repair.ts
// GUARDED_ITEMS), so an item added there without examples here fails this file:
// - each versioned item has an example of what every one of its versions wrote, and the start-up brings
//   each to the current shape, stamped with the current version, without needing a repair;
// - a value from a newer SimFill is kept aside untouched and read as far as it fits;
// - an item that fails its schema in one place keeps everything else: every other top-level field, and
//   every other element of a list (start-up repair loses nothing salvageable).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { GUARDED_ITEMS, repairStoredState } from '../../lib/storage/repair.ts';
import { rentalsItem, rentalsSummaryItem, rewriteRentals, summarize, type RentalsState } from '../../lib/storage/rentals.ts';
import type { EngineStatus } from '../../lib/storage/status.ts';
import type { Settings } from '../../lib/storage/settings.ts';
import type { Ledger } from '../../lib/storage/ledger.ts';
import type { PollState } from '../../lib/storage/session.ts';
import { asideKey } from '../../lib/storage/migrations.ts';
import { readPrivate, versionKey, writePrivate, writePrivateKeys, type PrivateItem, type StoredItem } from '../../lib/storage/store.ts';
import { storedMessage, storedRental, T0 } from './support/rentals.ts';

const rentals: RentalsState = {
  active: [
    storedRental({ tzid: 1, messages: [storedMessage({ id: 'a', unread: true, notified: false }), storedMessage({ id: 'b', code: null, candidates: ['1234', '5678'], autoFill: false })] }),
    storedRental({ tzid: 2, messages: [storedMessage({ id: 'c', origin: 'bank.example', code: 'A1B2C3D4E5F6', filledInto: { host: 'bank.example', at: T0 } })] }),
  ],
  ended: [storedRental({ tzid: 3, endedAt: T0, warned: { day: true, hour: true } })],
};
const status: EngineStatus = { balance: { balance: '230.25', frozen: '12.5' }, lastPollAt: T0, lastError: { error: { kind: 'provider', code: 'ERROR_WRONG_KEY' }, at: T0 }, stopped: true };
const settings: Settings = {
  apiAddress: 'http://127.0.0.1:8080/api/', confirmedHost: '127.0.0.1:8080', hasKey: true, fillMode: 'off',
  disabledSites: ['bank.example', 'shop.example'], showCodesInNotifications: false, keepEndedMessagesDays: 7,
};
const ledger: Ledger = {
  entries: [
    { tzid: 1, site: 'shop.example', at: T0, what: 'number', value: '+79313358547' },
    { tzid: 1, site: 'shop.example', at: T0 + 1, what: 'code', value: '482913' },
    { tzid: 2, site: 'bank.example', at: T0 + 2, what: 'code', value: 'A1B2C3D4E5F6' },
  ],
};
const field = (frameId: number) => ({ tabId: 5, frameId, frameUrl: 'https://shop.example/', doc: `doc-000${frameId}`, since: T0, focused: false, checked: true, used: false });
const poll: PollState = { failures: 2, notBefore: T0, fastUntil: T0 + 1000, waiting: [field(0), field(1), field(2)] };

/** What SimFill 0.1 (status version 1) stored after a wrong key: the failure as words, in Russian. */
const statusV1 = {
  ...status,
  lastError: { kind: 'provider', code: 'ERROR_WRONG_KEY', message: 'OnlineSim не принял API-ключ.', nextStep: 'Скопируйте ключ заново.', at: T0 },
};

/** Per item: the current shape, and for versioned items what each version wrote (index: version − 1). */
const EXAMPLES: Record<string, { current: unknown; versions?: unknown[] }> = {
  // Version 2 keeps each rental's messages in a record of its own (lib/storage/rentals-layout.ts), and still reads
  // them inline as version 1 wrote them: both examples are the inline form (test/unit/storage-rental-records.test.ts
  // covers the records).
  rentals: { current: rentals, versions: [rentals, rentals] },
  status: { current: status, versions: [statusV1, status] },
  settings: { current: settings, versions: [settings] },
  ledger: { current: ledger, versions: [ledger] },
  poll: { current: poll },
};

const isVersioned = (item: StoredItem<unknown>): item is PrivateItem<unknown> => 'version' in item;

async function store(item: StoredItem<unknown>, value: unknown, version?: number): Promise<void> {
  if (!isVersioned(item)) return item.setValue(value);
  await writePrivateKeys(version === undefined ? [[item.key, value]] : [[item.key, value], [versionKey(item.key), { v: version }]]);
}

async function startUp() {
  const log = vi.fn<(msg: string) => void>();
  const repaired = await repairStoredState(log);
  return { repaired, lines: log.mock.calls.map(([line]) => line) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('every stored item has examples here', () => {
  it('of its current shape, and of each of its versions', () => {
    expect(GUARDED_ITEMS.map((g) => g.item.key).sort()).toEqual(Object.keys(EXAMPLES).sort());
    for (const { item, schema } of GUARDED_ITEMS) {
      const example = EXAMPLES[item.key]!;
      expect(schema.safeParse(example.current).success, item.key).toBe(true);
      expect(example.versions?.length, `${item.key}: one example per version`).toBe(isVersioned(item) ? item.version : undefined);
    }
  });
});

describe('migrations: every version of every item comes up current', () => {
  const cases = GUARDED_ITEMS.filter((g) => isVersioned(g.item)).flatMap(({ item }) =>
    EXAMPLES[item.key]!.versions!.map((value, i) => ({ key: item.key, item: item as PrivateItem<unknown>, value, version: i + 1 })),
  );

  it.each(cases)('$key version $version', async ({ key, item, value, version }) => {
    await store(item, value, version);
    const { repaired } = await startUp();
    expect(repaired).toEqual([]);
    expect(await item.getValue()).toEqual(EXAMPLES[key]!.current);
    expect(await readPrivate(versionKey(key))).toEqual(version === item.version ? { v: version } : { v: item.version });
    // Done once: the next start-up has nothing to do.
    expect(await startUp()).toEqual({ repaired: [], lines: [] });
  });

  it.each(cases.filter((c) => c.version === 1))('$key as stored before versions were recorded (no version beside it) reads as version 1', async ({ key, item, value }) => {
    await store(item, value);
    expect((await startUp()).repaired).toEqual([]);
    expect(await item.getValue()).toEqual(EXAMPLES[key]!.current);
  });

  it.each(GUARDED_ITEMS.filter((g) => isVersioned(g.item)).map((g) => ({ key: g.item.key, item: g.item as PrivateItem<unknown> })))(
    '$key from a newer SimFill is kept aside untouched and read as far as it fits',
    async ({ key, item }) => {
      const newer = { ...(EXAMPLES[key]!.current as object), addedLater: { x: 1 } };
      await store(item, newer, item.version + 1);
      const { lines } = await startUp();
      expect(lines[0]).toContain(`kept the original under ${asideKey(key, item.version + 1)}`);
      expect(await readPrivate(asideKey(key, item.version + 1))).toEqual(newer);
      // What this version knows is all there; the newer field rides along unread.
      expect(await item.getValue()).toMatchObject(EXAMPLES[key]!.current as object);
    },
  );
});

/** A value of another type than `value`, so the schema refuses it. */
const broken = (value: unknown): unknown => (typeof value === 'string' ? 42 : 'broken');

/** Every place one value can break: each top-level field, and each element of a top-level list. */
function breakages(example: Record<string, unknown>): { where: string; value: Record<string, unknown>; keep: (after: Record<string, unknown>) => void }[] {
  return Object.entries(example).flatMap(([field, inner]) => {
    const others = (after: Record<string, unknown>) => {
      for (const other of Object.keys(example)) if (other !== field) expect(after[other], `${other} kept when ${field} broke`).toEqual(example[other]);
    };
    const whole = { where: field, value: { ...example, [field]: broken(inner) }, keep: others };
    if (!Array.isArray(inner)) return [whole];
    return [
      whole,
      ...inner.map((_, i) => ({
        where: `${field}[${i}]`,
        value: { ...example, [field]: inner.map((element, j) => (j === i ? { broken: element === null } : element)) },
        keep: (after: Record<string, unknown>) => {
          others(after);
          expect(after[field], `the rest of ${field} kept when element ${i} broke`).toEqual(inner.filter((_, j) => j !== i));
        },
      })),
    ];
  });
}

/** Where the repair deliberately changes another field too, and why. */
const COUPLED: Record<string, Record<string, string[]>> = {
  // An unreadable "never fill here" list must not leave filling automatic on the sites it named; a
  // confirmed host belongs to the address it was confirmed for, so an address reset drops it.
  settings: { disabledSites: ['fillMode'], apiAddress: ['confirmedHost'] },
};

describe('repair: an item broken in one place keeps everything else', () => {
  const cases = GUARDED_ITEMS.flatMap(({ item }) => breakages(EXAMPLES[item.key]!.current as Record<string, unknown>).map((b) => ({ key: item.key, item, ...b })));

  it.each(cases)('$key: $where', async ({ key, item, where, value, keep }) => {
    await store(item, value, isVersioned(item) ? item.version : undefined);
    const { repaired } = await startUp();
    expect(repaired).toEqual([key]);
    const after = (await item.getValue()) as Record<string, unknown>;
    const coupled = COUPLED[key]?.[where.replace(/\[\d+\]$/, '')] ?? [];
    keep(Object.fromEntries(Object.entries(after).map(([k, v]) => [k, coupled.includes(k) ? (EXAMPLES[key]!.current as Record<string, unknown>)[k] : v])));
  });
});

describe('the popup summary (not repaired: derived from the rentals)', () => {
  it('whatever a stopped worker or an older SimFill left is rewritten from the rentals at start-up', async () => {
    await rentalsItem.setValue(rentals);
    await writePrivate(rentalsSummaryItem.key, { active: 'garbage' });
    await rewriteRentals();
    expect(await rentalsSummaryItem.getValue()).toEqual(summarize(rentals));
  });
});
