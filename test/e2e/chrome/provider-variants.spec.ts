// The real extension against the stand-in switched to each answer variant the provider is documented to
// give (test/stand-in/README.md, "Documented variants"): an empty account as `list: []` or `NO_NUMBER`,
// closeRentNum's `true` or `1`, a wrong key with HTTP 456 or 200, and booleans read by a PHP cast. The
// stand-in's own state and request log, not the popup's word, confirm what the provider was asked.
import { expect, test, type Page } from '@playwright/test';
import { startStandIn, type StandIn, type Variants } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, submitSettings, type ExtensionBrowser } from '../support/chromium.ts';

const API_KEY = 'e2e-variants-51d0';
let standIn: StandIn;
let ext: ExtensionBrowser;

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  ext = await launchChromium();
});

test.afterEach(async () => {
  await ext.close();
  await standIn.close();
});

async function openPopup(): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 800 });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(popup.getByRole('button', { name: 'Rent a number' })).toBeEnabled();
  return popup;
}

const EMPTY_ACCOUNTS: Variants['emptyAccount'][] = ['list', 'no-number'];

for (const emptyAccount of EMPTY_ACCOUNTS) {
  test(`empty account answered as ${emptyAccount}: "no numbers yet", and a rental that ends leaves "active" by itself, with no error`, async () => {
    standIn.setVariants({ emptyAccount });
    await saveSettings(ext, API_KEY, standIn.url);
    let popup = await openPopup();
    await expect(popup.getByText('No numbers rented yet.')).toBeVisible();
    await expect(popup.getByRole('alert')).toHaveCount(0);

    const { tzid, number } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
    await popup.close();
    popup = await openPopup();
    await expect(popup.getByRole('article', { name: `Number ${number}` })).toBeVisible();

    standIn.expire(tzid);
    standIn.clearRequests();
    // The open popup keeps polling; an ended rental must leave without an error in either variant
    // (that one poll suffices is pinned in test/contract/polling.test.ts).
    await expect(popup.getByRole('article')).toHaveCount(0);
    await expect(popup.getByText('No numbers rented yet.')).toBeVisible();
    await expect(popup.getByRole('alert')).toHaveCount(0);
    const polls = standIn.requests().filter((r) => r.path === '/api/rent/getRentState.php');
    expect(polls.length).toBeGreaterThanOrEqual(1);
    if (emptyAccount === 'no-number') expect(polls.every((p) => p.status === 200)).toBe(true);
  });
}

test('PHP-cast booleans and close answered with 1: rent without auto-renew stays without it, no close offered in the guard window, "charged now" shows first', async () => {
  standIn.setVariants({ booleans: 'php', closeResponse: 1, emptyAccount: 'no-number' });
  await saveSettings(ext, API_KEY, standIn.url);
  let popup = await openPopup();

  await popup.getByRole('button', { name: 'Rent a number' }).click();
  const form = popup.getByRole('form', { name: 'Rent a number' });
  // Country 44's tariff says `confirm: true`: charged at once, said before the pay button.
  await form.getByLabel('Country').selectOption('44');
  await expect(form).toContainText('Charged now');
  await form.getByLabel('Country').selectOption('7');
  await expect(form).not.toContainText('Charged now');
  await form.getByLabel('Period').selectOption('7');
  await expect(form.getByLabel('Renew automatically')).not.toBeChecked();
  await form.getByRole('button', { name: /^Rent for / }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Number rented.' })).toBeVisible();

  // Under a PHP cast `extension=false` would have turned auto-renew on; SimFill sent 0.
  const [rented] = standIn.state().rentals;
  expect(rented).toMatchObject({ extension: false, extensionDefaulted: false });
  const log = standIn.requests();
  expect(log.find((r) => r.path === '/api/rent/getRentNum.php')?.query).toMatchObject({ extension: '0', pagination: '0' });
  expect(log.filter((r) => r.notes.includes('boolean-as-text'))).toEqual([]);

  // The provider refuses to close a rental before its first SMS (NO_COMPLETE_TZID with guard_secs), so
  // the popup does not offer it then: it says until when the refund window runs instead.
  const card = popup.getByRole('article', { name: `Number ${rented!.number}` });
  await expect(card).toContainText(/Until then the rental cannot be ended by hand\./);
  await expect(card.getByRole('button', { name: 'End rental' })).toHaveCount(0);
  expect(standIn.state().rentals).toHaveLength(1);

  standIn.deliverSms({ tzid: rented!.tzid, service: 'Example', text: 'Example: your code is 482913.' });
  await popup.close();
  popup = await openPopup();
  const confirmed = popup.getByRole('article', { name: `Number ${rented!.number}` });
  await expect(confirmed).toContainText('Confirmed');
  await confirmed.getByRole('button', { name: 'End rental' }).click();
  await confirmed.getByRole('group', { name: 'End rental' }).getByRole('button', { name: 'Yes, end it' }).click();
  // `{"response":1}` is a success like `{"response":true}`.
  await expect(popup.getByRole('status').filter({ hasText: 'Rental ended.' })).toBeVisible();
  expect(standIn.state().ended).toEqual([{ tzid: rented!.tzid, reason: 'closed' }]);
  await expect(popup.getByText('No numbers rented yet.')).toBeVisible();
  expect(standIn.state().charges.map((c) => c.kind)).toEqual(['rent']);
});

for (const wrongKeyStatus of [456, 200] as const) {
  test(`a wrong key answered with HTTP ${wrongKeyStatus} is named as the key, not as a broken server`, async () => {
    standIn.setVariants({ wrongKeyStatus });
    const options = await submitSettings(ext, 'not-the-key', standIn.url);
    await expect(options.getByRole('alert')).toContainText('OnlineSim did not accept the API key.');
  });
}
