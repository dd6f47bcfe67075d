// @vitest-environment happy-dom
// The rent form tells when money leaves the balance: at once for `confirm` countries (tariffsRent's
// `confirm: true`), before the user presses the button that pays.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, expect, it } from 'vitest';
import { RentForm } from '../../components/RentForm.tsx';
import type { Tariff } from '../../lib/onlinesim/types.ts';

const root = document.createElement('main');
document.body.append(root);
afterEach(() => render(null, root));

const tariff = (country: number, chargedAtOnce: boolean): Tariff => ({
  country, name: String(country), enabled: true, periods: [{ days: 1, price: '30', inStock: 5 }], extendOptions: [], extendPerDay: '30', chargedAtOnce,
});

async function formText(tariffs: Tariff[]): Promise<string> {
  await act(async () => render(<RentForm tariffs={tariffs} balance={null} initial={null} lang="en" busy={false} onRent={() => {}} onCancel={() => {}} />, root));
  return root.textContent ?? '';
}

it('says "charged now" before paying for a country whose rentals are charged at once', async () => {
  expect(await formText([tariff(46, true)])).toContain('Charged now');
});

it('says nothing of the kind where the charge waits for the first SMS', async () => {
  expect(await formText([tariff(7, false)])).not.toContain('Charged now');
});
