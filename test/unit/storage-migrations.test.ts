// Versioned migrations of stored items (lib/storage/migrations.ts). The real example: version 1 of the
// status kept the last failure as words in the worker's language; version 2 keeps the failure itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import { sayIn } from '../../lib/i18n.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { describeError } from '../../lib/onlinesim/errors.ts';
import { repairStoredState } from '../../lib/storage/repair.ts';
import { rentalsItem } from '../../lib/storage/rentals.ts';
import { engineStatusSchema } from '../../lib/storage/schemas.ts';
import { statusItem, type EngineStatus } from '../../lib/storage/status.ts';
import { moveOutOfLocalStorage, privateItem, readPrivate, versionKey, writePrivate, writePrivateKeys } from '../../lib/storage/store.ts';
import { z } from '../../lib/zod.ts';
import { testEngineDeps } from './support/engine.ts';
import { T0 } from './support/rentals.ts';

/** What SimFill 0.1 (status version 1) stored after a wrong key, while the browser spoke Russian. */
const V1_WRONG_KEY = {
  balance: { balance: '230.25', frozen: '0' },
  lastPollAt: T0,
  lastError: {
    kind: 'provider',
    code: 'ERROR_WRONG_KEY',
    message: 'OnlineSim не принял API-ключ.',
    nextStep: 'Скопируйте ключ заново из профиля OnlineSim и сохраните его в настройках. До этого проверка приостановлена.',
    at: T0,
  },
  stopped: true,
};

async function startUp() {
  const log = vi.fn<(msg: string) => void>();
  const repaired = await repairStoredState(log);
  return { repaired, lines: log.mock.calls.map(([line]) => line) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('status version 1 → 2: the failure as a value, not as words', () => {
  it('a version-1 status (no version recorded) keeps balance, stop and the failure, now shown in any language', async () => {
    await writePrivate('status', V1_WRONG_KEY);
    const { repaired, lines } = await startUp();
    expect(repaired).toEqual([]);
    expect(lines).toEqual(['storage: status migrated from version 1 to 2']);
    const status = await statusItem.getValue();
    expect(status).toEqual<EngineStatus>({ balance: V1_WRONG_KEY.balance, lastPollAt: T0, lastError: { error: { kind: 'provider', code: 'ERROR_WRONG_KEY' }, at: T0 }, stopped: true });
    expect(engineStatusSchema.safeParse(status).success).toBe(true);
    expect(await readPrivate(versionKey('status'))).toEqual({ v: 2 });
    // Met in Russian, read in English.
    expect(describeError(status.lastError!.error, sayIn('en')).message).toBe('OnlineSim did not accept the API key.');
    // Migrated once: the next start-up finds the current version.
    expect(await startUp()).toEqual({ repaired: [], lines: [] });
  });

  it.each(['timeout', 'offline'] as const)('a %s comes through exactly', async (kind) => {
    await writePrivate('status', { ...V1_WRONG_KEY, lastError: { kind, code: null, message: 'x', nextStep: 'y', at: T0 }, stopped: false });
    await startUp();
    expect((await statusItem.getValue()).lastError).toEqual({ error: { kind }, at: T0 });
  });

  it('a failure whose details only the words held is dropped with its stop, and the next poll states it again', async () => {
    // A refused host: version 1 kept its name only inside the words.
    await writePrivate('status', { ...V1_WRONG_KEY, lastError: { kind: 'refused', code: null, message: 'SimFill не может отправить API-ключ на evil.example', nextStep: '…', at: T0 }, stopped: true });
    await startUp();
    expect(await statusItem.getValue()).toMatchObject({ lastError: null, stopped: false, balance: V1_WRONG_KEY.balance });

    await rentalsItem.setValue({ active: [], ended: [] });
    const refused = { kind: 'refused', reason: 'no-permission', host: 'evil.example' } as const;
    const client = { getRentState: vi.fn(async () => ({ ok: false, error: refused })) } as unknown as OnlineSimClient;
    await createEngine(testEngineDeps(client, T0 + 1000).deps).poll(true);
    expect(await statusItem.getValue()).toMatchObject({ lastError: { error: refused, at: T0 + 1000 }, stopped: true });
  });

  it('a status older versions left in storage.local is moved, then migrated', async () => {
    await fakeBrowser.storage.local.set({ status: V1_WRONG_KEY, status$: { v: 1 } });
    await moveOutOfLocalStorage(['status']);
    await startUp();
    expect((await statusItem.getValue()).lastError).toEqual({ error: { kind: 'provider', code: 'ERROR_WRONG_KEY' }, at: T0 });
  });

  it('what this version writes carries its version, so no start-up migrates it again', async () => {
    const current: EngineStatus = { balance: null, lastPollAt: T0, lastError: { error: { kind: 'http', status: 503 }, at: T0 }, stopped: false };
    await statusItem.setValue(current);
    expect(await readPrivate(versionKey('status'))).toEqual({ v: 2 });
    expect(await startUp()).toEqual({ repaired: [], lines: [] });
    expect(await statusItem.getValue()).toEqual(current);
  });
});

describe('a version this SimFill does not know', () => {
  it('from a newer SimFill: the original is kept aside untouched, the item reads what fits, the log says so', async () => {
    const newer = { balance: { balance: '5', frozen: '0' }, lastPollAt: T0, lastError: { error: { kind: 'quota', left: 0 }, at: T0, seen: true }, stopped: false, region: 'eu' };
    await writePrivateKeys([['status', newer], [versionKey('status'), { v: 9 }]]);
    const { repaired, lines } = await startUp();
    expect(lines[0]).toBe('storage: status was written by version 9, this SimFill reads version 2; kept the original under status@v9 and read what fits');
    expect(repaired).toEqual(['status']);
    expect(await readPrivate('status@v9')).toEqual(newer);
    const status = await statusItem.getValue();
    expect(engineStatusSchema.safeParse(status).success).toBe(true);
    expect(status).toEqual<EngineStatus>({ balance: newer.balance, lastPollAt: T0, lastError: null, stopped: false });
    expect(await startUp()).toEqual({ repaired: [], lines: [] });
  });

  it('a recorded version that is no version at all is treated the same way', async () => {
    await writePrivateKeys([['status', V1_WRONG_KEY], [versionKey('status'), { v: 'two' }]]);
    const { lines } = await startUp();
    expect(lines[0]).toMatch(/^storage: status was written by an unknown version.*status@vunknown/);
    expect(await readPrivate('status@vunknown')).toEqual(V1_WRONG_KEY);
  });

  it('a step that throws on what it finds keeps the original aside and lets the repair keep what fits', async () => {
    const item = privateItem<{ n: number }>('probe', { n: 0 }, [
      () => {
        throw new TypeError('unexpected shape');
      },
    ]);
    await writePrivate('probe', { n: 4, old: true });
    const log = vi.fn<(msg: string) => void>();
    const schema = z.object({ n: z.number() }).strict();
    const salvage = (raw: unknown) => ({ n: z.number().catch(0).parse((raw as { n?: unknown }).n) });
    await repairStoredState(log, [{ item, schema, salvage } as never]);
    expect(log.mock.calls[0]![0]).toBe('storage: probe could not be migrated from version 1 (TypeError); kept the original under probe@v1 and read what fits');
    expect(await readPrivate('probe@v1')).toEqual({ n: 4, old: true });
    expect(await item.getValue()).toEqual({ n: 4 });
  });
});
