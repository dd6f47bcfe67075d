// The ledger of use as the engine writes it: every fill of a rental's number or code names the site, and
// the list outlives the worker and reaches the expiry notice of a number that will not renew itself.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import type { Rental } from '../../lib/onlinesim/types.ts';
import { sitesOf } from '../../lib/rentals/ledger.ts';
import { rentalsItem } from '../../lib/storage/rentals.ts';
import { ledgerItem } from '../../lib/storage/ledger.ts';
import { shown, testEngineDeps } from './support/engine.ts';
import { listed, message, rental, T0 } from './support/rentals.ts';

function provider(rentals: Rental[]) {
  return { getRentState: async () => ({ ok: true, value: listed(rentals) }) } as unknown as OnlineSimClient;
}

beforeEach(() => fakeBrowser.reset());

describe('ledger of use', () => {
  it('records the registrable domain of each number fill and each code fill, and a restarted worker still has them', async () => {
    const fillPhone = vi.fn(async () => ({ ok: true as const, host: 'id.vk.com', form: 'national' as const }));
    const sendFill = vi.fn(async () => ({ ok: true as const, host: 'www.ozon.ru' }));
    const first = testEngineDeps(provider([rental(1)]), T0, { activeTab: async () => 5, fillPhone, sendFill });
    const engine = createEngine(first.deps);
    await engine.poll(true);
    expect((await engine.fillNumber(1))?.ok).toBe(true);
    expect(fillPhone).toHaveBeenCalledWith(5, 0, { dial: '7', national: '9313358547', international: '+79313358547', region: 'RU' });

    // The code arrives; the user fills it from the popup on another site.
    const withSms = testEngineDeps(provider([rental(1, [message(7, 'Code 482913', T0)])]), T0 + 60_000, { activeTab: async () => 5, fillPhone, sendFill });
    const restarted = createEngine(withSms.deps); // a new worker: nothing in memory, only storage
    await restarted.poll(true);
    await restarted.fieldReported(5, 0, 'https://www.ozon.ru/verify', shown());
    await restarted.settled();

    const ledger = await ledgerItem.getValue();
    expect(ledger.entries.map(({ site, what, value }) => ({ site, what, value }))).toEqual([
      { site: 'vk.com', what: 'number', value: '9313358547' },
      { site: 'ozon.ru', what: 'code', value: '482913' },
    ]);
    expect(sitesOf(ledger, 1)).toEqual(['ozon.ru', 'vk.com']);
  });

  it('records nothing when the fill did not verify or could not run', async () => {
    const { deps } = testEngineDeps(provider([rental(1)]), T0, {
      activeTab: async () => 5,
      fillPhone: async () => ({ ok: false as const, host: 'vk.com', reason: 'not-verified' as const }),
    });
    const engine = createEngine(deps);
    await engine.poll(true);
    expect(await engine.fillNumber(1)).toEqual({ ok: false, host: 'vk.com', reason: 'not-verified' });
    expect(await engine.fillNumber(99)).toBeNull(); // no such rental
    expect((await ledgerItem.getValue()).entries).toEqual([]);
  });

  it('the day-before notice of a number without auto-renew lists the sites it was used on', async () => {
    const ending = rental(1, [message(7, 'Code 482913', T0 - 3_600_000)], { confirmed: true, autoRenew: false, expiresAt: T0 + 12 * 3_600_000 });
    await ledgerItem.setValue({ entries: [{ tzid: 1, site: 'vk.com', at: T0 - 1000, what: 'number', value: '9313358547' }] });
    const { deps } = testEngineDeps(provider([ending]), T0);
    const engine = createEngine(deps);
    await engine.poll(true);
    const notices = vi.mocked(deps.notify).mock.calls.map(([n]) => n);
    const expiry = notices.find((n) => n.id === 'expiry:1:day');
    expect(expiry?.message).toContain('Used on vk.com');
    expect((await rentalsItem.getValue()).active[0]!.warned.day).toBe(true);
  });

  it('warns of the end once a day before and once an hour before; a rental first seen within the hour gets the hour notice alone', async () => {
    const hours = (n: number) => n * 3_600_000;
    const { deps, advance } = testEngineDeps(provider([rental(1, [], { confirmed: true, autoRenew: false, expiresAt: T0 + hours(12) })]), T0);
    const engine = createEngine(deps);
    const ids = () => vi.mocked(deps.notify).mock.calls.map(([n]) => n.id);
    await engine.poll(true);
    await engine.poll(true);
    expect(ids()).toEqual(['expiry:1:day']);
    advance(hours(11.5));
    await engine.poll(true);
    await engine.poll(true);
    expect(ids()).toEqual(['expiry:1:day', 'expiry:1:hour']);

    fakeBrowser.reset();
    const late = testEngineDeps(provider([rental(2, [], { confirmed: true, autoRenew: false, expiresAt: T0 + hours(0.5) }), rental(3, [], { confirmed: false, expiresAt: T0 + hours(0.2) })]), T0);
    await createEngine(late.deps).poll(true);
    // An unconfirmed rental's clock is its refund window: nothing to warn of.
    expect(vi.mocked(late.deps.notify).mock.calls.map(([n]) => n.id)).toEqual(['expiry:2:hour']);
  });
});
