// @vitest-environment happy-dom
// axe-core over the rendered components. happy-dom has no layout, so colour contrast is left to the
// browser scan; names, roles, labels and ARIA use are checked here, where a regression is cheapest.
import axe from 'axe-core';
import { render, type ComponentChildren } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { ClockContext } from '../../components/clock.ts';
import { FillSettings } from '../../components/FillSettings.tsx';
import { Feedback } from '../../components/Feedback.tsx';
import { FirstRun } from '../../components/FirstRun.tsx';
import { Header } from '../../components/Header.tsx';
import { RentalCard } from '../../components/RentalCard.tsx';
import { RentForm } from '../../components/RentForm.tsx';
import { SettingsForm } from '../../components/SettingsForm.tsx';
import { cardRental, type StoredRental } from '../../lib/storage/rentals.ts';

const NOW = Date.UTC(2025, 5, 1, 12);
const noop = () => {};

const rental: StoredRental = {
  tzid: 1, country: 380, number: '931234567', confirmed: false, expiresAt: NOW + 600_000, rentDays: 7, autoRenew: true,
  extendOptions: [{ days: 7, price: '210' }], extendPerDay: null, portReloadAvailable: true, price: '210', endedAt: null,
  warned: { day: false, hour: false },
  messages: [
    { id: '1', service: 'Shop', text: 'Order 4821, code 7719', providerCode: null, receivedAt: NOW, code: null,
      candidates: ['4821', '7719'], origin: 'shop.example', embeddedOrigin: null, seenAt: NOW, autoFill: true, unread: true, filledInto: null, notified: true },
    { id: '2', service: 'Google', text: 'G-070051', providerCode: '070051', receivedAt: NOW - 1, code: '070051',
      candidates: [], origin: null, embeddedOrigin: null, seenAt: NOW, autoFill: true, unread: false, filledInto: { host: 'accounts.google.com', at: NOW }, notified: true },
  ],
};

const root = document.createElement('main');
document.body.append(root);
document.documentElement.lang = 'en';
document.title = 'SimFill';
afterEach(() => render(null, root));

async function seriousViolations(tree: ComponentChildren) {
  // At NOW, so the confirmed card shows its time left (the timer) rather than "ended".
  const atNow = <ClockContext.Provider value={() => NOW}>{tree}</ClockContext.Provider>;
  await act(async () => render(atNow, root));
  const result = await axe.run(document, { rules: { 'color-contrast': { enabled: false } } });
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.html).join(', ')}`);
}

it('popup pieces: header, first run, a rental with ambiguous and filled codes, the rent form', async () => {
  expect(
    await seriousViolations(
      <>
        <Header balance={{ balance: '12.5', frozen: '0' }} lang="en" refreshing={false} onRefresh={noop} onSettings={noop} />
        <FirstRun busy={false} onSaveKey={noop} onOpenSettings={noop} />
        <RentalCard rental={cardRental(rental)} extendOptions={rental.extendOptions} balance={null} now={NOW} lang="en" busy={false} sites={['vk.com']} expanded onToggle={noop}
          isNew={() => true} shortcut="Alt+Shift+K" neverFill={() => noop} onCopy={noop} onFill={noop} onExtend={noop} onClose={noop} onPortReload={noop} />
        <RentalCard rental={cardRental({ ...rental, tzid: 2, confirmed: true })} extendOptions={rental.extendOptions} balance={null} now={NOW} lang="en" busy={false} sites={[]}
          expanded={false} onToggle={noop} isNew={() => false} shortcut="" neverFill={() => undefined} onCopy={noop} onExtend={noop} onClose={noop} onPortReload={noop} />
        <Feedback toast="Copied 070051" failure={{ message: 'OnlineSim refused.', nextStep: 'Try later.' }} onDismiss={noop} />
        <RentForm
          tariffs={[{ country: 7, name: 'Россия', enabled: true, periods: [{ days: 1, price: '30', inStock: 2 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false }]}
          balance={null} initial={null} lang="en" busy={false} onRent={noop} onCancel={noop}
        />
      </>,
    ),
  ).toEqual([]);
});

it('options page pieces: settings form with an error, fill settings with a site', async () => {
  expect(
    await seriousViolations(
      <>
        <SettingsForm apiAddress="https://onlinesim.io/api/" confirmedHost={null} hasKey busy={false} onSave={noop}
          outcome={{ ok: false, message: 'Enter your API key.', nextStep: 'Copy it from your profile.' }} />
        <FillSettings fillMode="ask" disabledSites={['shop.example']} onFillMode={noop} onDisabledSites={noop} />
      </>,
    ),
  ).toEqual([]);
});
