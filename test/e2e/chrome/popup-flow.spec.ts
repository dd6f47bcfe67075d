// Money moves only through the popup here: every step is a click a user makes, and the stand-in's own
// state (not the popup's word for it) confirms what the provider was asked to do and what it charged.
import { expect, test, type Page } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';

const API_KEY = 'e2e-popup-7c2a';
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

/** Opens the rent form and picks Russia for 7 days; returns the form. */
async function fillRentForm(popup: Page) {
  await popup.getByRole('button', { name: 'Rent a number' }).click();
  const form = popup.getByRole('form', { name: 'Rent a number' });
  await form.getByLabel('Country').selectOption('7');
  await form.getByLabel('Period').selectOption('7');
  return form;
}

const cents = (amount: string): number => Math.round(Number(amount) * 100);

async function rentThroughForm(popup: Page, form: Awaited<ReturnType<typeof fillRentForm>>) {
  await form.getByRole('button', { name: /^Rent for / }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Number rented.' })).toBeVisible();
  const rentals = standIn.state().rentals;
  expect(rentals).toHaveLength(1);
  const rented = rentals[0]!;
  return { rented, card: popup.getByRole('article', { name: `Number ${rented.number}` }) };
}

/** A real popup closes when the user switches to the site for the SMS and is opened again to read it. */
async function reopenPopup(popup: Page): Promise<Page> {
  await popup.close();
  return openPopup();
}

async function closeThroughUi(popup: Page, tzid: number, number: string): Promise<void> {
  const card = popup.getByRole('article', { name: `Number ${number}` });
  await card.getByRole('button', { name: 'End rental' }).click();
  const confirm = card.getByRole('group', { name: 'End rental' });
  await expect(confirm).toContainText('the time already paid for is not refunded');
  expect(standIn.state().ended).toEqual([]); // asking is not closing
  await confirm.getByRole('button', { name: 'Yes, end it' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Rental ended.' })).toBeVisible();

  const closed = standIn.state();
  expect(closed.rentals).toEqual([]);
  expect(closed.ended).toEqual([{ tzid, reason: 'closed' }]);
  await expect(popup.getByRole('article')).toHaveCount(0);
  await expect(popup.getByText('No numbers rented yet.')).toBeVisible();
}

test('rent with auto-renew left off → SMS → code chip → close, each step confirmed by the stand-in', async () => {
  await saveSettings(ext, API_KEY, standIn.url);
  let popup = await openPopup();
  const balanceBefore = cents(standIn.state().balance);

  const form = await fillRentForm(popup);
  await expect(form.getByLabel('Renew automatically')).not.toBeChecked();
  await expect(form).toContainText('The number ends when the period is over');
  await expect(form).not.toContainText('renews itself');
  await expect(form).toContainText(/Price: 210[.,]5 units · Available: 500 units/);
  const { rented, card } = await rentThroughForm(popup, form);

  // The provider defaults to auto-renew ON when `extension` is left out: it must have been sent as false.
  expect(rented).toMatchObject({ country: 7, rentDays: 7, extension: false, extensionDefaulted: false, confirmed: false });
  expect(standIn.state().charges).toEqual([expect.objectContaining({ tzid: rented.tzid, kind: 'rent', amount: '210.50' })]);
  expect(cents(standIn.state().balance)).toBe(balanceBefore - 21050);
  await expect(card).toContainText('Auto-renew off');
  await expect(card).toContainText('Waiting for the first SMS');
  // The stand-in charges the price at once and also reports it frozen (zbalance) until the first SMS.
  await expect(popup.getByRole('banner')).toContainText('Available: 79 units');
  await expect(popup.getByRole('banner')).toContainText('210.5 units frozen');

  standIn.deliverSms({ tzid: rented.tzid, service: 'Example', text: 'Example: your code is 482913. Do not share it.' });
  popup = await reopenPopup(popup);
  const reopened = popup.getByRole('article', { name: `Number ${rented.number}` });
  await expect(reopened.getByRole('button', { name: 'Copy the code 482913' })).toBeVisible();
  await expect(reopened).toContainText('Example: your code is 482913');
  await expect(reopened).toContainText('Confirmed');

  await closeThroughUi(popup, rented.tzid, rented.number);
  // Nothing renewed itself behind the user's back, and nothing but the rent was charged.
  expect(standIn.state().charges.map((c) => c.kind)).toEqual(['rent']);
});

test('auto-renew turned on states its cost first → SMS → extend by a day → close, each step confirmed by the stand-in', async () => {
  await saveSettings(ext, API_KEY, standIn.url);
  let popup = await openPopup();
  const form = await fillRentForm(popup);
  await form.getByLabel('Renew automatically').check();
  // When, how much and how often, before any money is spent.
  await expect(form).toContainText(/On .+ it renews itself for 210[.,]5 units every 7 days, taken from your balance, until you end the rental\./);
  const { rented } = await rentThroughForm(popup, form);
  expect(rented).toMatchObject({ extension: true, extensionDefaulted: false, rentDays: 7 });

  standIn.deliverSms({ tzid: rented.tzid, service: 'Example', text: 'Example: your code is 604118.' });
  popup = await reopenPopup(popup);
  const card = popup.getByRole('article', { name: `Number ${rented.number}` });
  await expect(card.getByRole('button', { name: 'Copy the code 604118' })).toBeVisible();
  await expect(card).toContainText(/Renews on .+ for 210[.,]5/);
  const timer = card.getByRole('timer');
  await expect(timer).toContainText(/^6 days/);

  const minutesBefore = standIn.state().rentals[0]!.minutesLeft;
  await card.getByLabel('Extend by').selectOption('1');
  await card.getByRole('button', { name: 'Extend by 1 day for 30 units' }).click();
  await expect(popup.getByRole('status').filter({ hasText: 'Rental extended.' })).toBeVisible();
  const extended = standIn.state();
  expect(extended.charges.filter((c) => c.kind === 'extend')).toEqual([expect.objectContaining({ tzid: rented.tzid, amount: '30.00' })]);
  expect(extended.rentals[0]!.minutesLeft).toBeGreaterThanOrEqual(minutesBefore + 24 * 60 - 1);
  await expect(timer).toContainText(/^7 days/);

  await closeThroughUi(popup, rented.tzid, rented.number);
  expect(standIn.state().charges.map((c) => c.kind)).toEqual(['rent', 'extend']);
});
