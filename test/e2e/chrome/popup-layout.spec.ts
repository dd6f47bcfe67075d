// The popup of someone who rents numbers all day, in the real build at Chrome's popup size: five
// rentals, one with a code that just arrived, one ending in 30 minutes, one waiting for its first SMS.
// Chrome caps a popup at 600 px tall and the popup is 360 px wide; what matters must be inside that
// box without scrolling, and feedback must be in view wherever the list is scrolled to.
import { expect, test, type Page } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';

const API_KEY = 'e2e-layout-5r';
const WIDTH = 360;
const HEIGHT = 600;
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

/** Five rentals in the provider's order (oldest first), the urgent ones deliberately not first. */
function seedFive() {
  const calm = standIn.createRental({ country: 7, number: '9310000001', days: 7, confirmed: true, autoRenew: true });
  const withCode = standIn.createRental({ country: 7, number: '9310000002', days: 7, confirmed: true });
  const waiting = standIn.createRental({ country: 380, number: '631230003', days: 1 });
  const later = standIn.createRental({ country: 77, number: '7010000004', days: 30, confirmed: true });
  const ending = standIn.createRental({ country: 7, number: '9310000005', days: 1, confirmed: true, minutesLeft: 30 });
  standIn.deliverSms({ tzid: withCode.tzid, service: 'Telegram', text: 'Telegram code: 51842. Do not give this code to anyone.' });
  return { calm, withCode, waiting, later, ending };
}

async function openPopup(): Promise<Page> {
  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: WIDTH, height: HEIGHT });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  return popup;
}

test('five rentals at 360 × 600: all shown, urgent first, nothing cut off, the new code in view without scrolling', async () => {
  await saveSettings(ext, API_KEY, standIn.url);
  const rentals = seedFive();
  const popup = await openPopup();
  const chip = popup.getByRole('button', { name: 'Copy the code 51842' });
  await expect(chip).toBeVisible();
  await expect(popup.getByRole('article')).toHaveCount(5);

  const order = await popup.getByRole('article').evaluateAll((cards) => cards.map((c) => c.getAttribute('aria-labelledby') && c.querySelector('h2')?.textContent));
  expect(order.slice(0, 3)).toEqual([`Number ${rentals.withCode.number}`, `Number ${rentals.ending.number}`, `Number ${rentals.waiting.number}`]);

  // "Rent a number" sits above the cards, at the top.
  const rent = await popup.getByRole('button', { name: 'Rent a number' }).boundingBox();
  const firstCard = await popup.getByRole('article').first().boundingBox();
  expect(rent!.y + rent!.height).toBeLessThanOrEqual(firstCard!.y);

  // Nothing is cut off: no sideways scrolling, every card whole inside the 600 px box, the code chip too.
  const layout = await popup.evaluate(() => ({
    scrollWidth: document.documentElement.scrollWidth,
    scrollY: window.scrollY,
    cards: [...document.querySelectorAll('article')].map((a) => a.getBoundingClientRect().toJSON() as DOMRect),
    // Text clipped by its box (the screen-reader-only headings are 1 px on purpose).
    clipped: [...document.querySelectorAll('article *:not(.sr-only)')]
      .filter((el) => el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible')
      .map((el) => el.outerHTML.slice(0, 80)),
  }));
  expect(layout.scrollWidth).toBeLessThanOrEqual(WIDTH);
  expect(layout.scrollY).toBe(0);
  expect(layout.clipped).toEqual([]);
  for (const card of layout.cards) {
    expect(card.left).toBeGreaterThanOrEqual(0);
    expect(card.right).toBeLessThanOrEqual(WIDTH);
    expect(card.bottom).toBeLessThanOrEqual(HEIGHT);
  }
  const code = await chip.boundingBox();
  expect(code!.y + code!.height).toBeLessThanOrEqual(HEIGHT);
  await expect(chip).toBeInViewport({ ratio: 1 });
  if (process.env.LAYOUT_SHOT) await popup.screenshot({ path: process.env.LAYOUT_SHOT });

  // The one ending in 30 minutes says so, with its end time beside the countdown.
  const ending = popup.getByRole('article', { name: `Number ${rentals.ending.number}` });
  await expect(ending).toContainText(/Ends soon/i);
  await expect(ending).toContainText(/(2\d|30)\smin,\s\d+\ssec left · ends \d{1,2}:\d{2}/);
  // The one waiting says what its clock is: a refund deadline, not time left, and offers no End rental.
  const waiting = popup.getByRole('article', { name: `Number ${rentals.waiting.number}` });
  await expect(waiting).toContainText(/Waiting for the first SMS · refund if no SMS by \d{1,2}:\d{2}/);
  await waiting.getByRole('button', { name: /^Details of / }).click();
  await expect(waiting.getByRole('button', { name: 'End rental' })).toHaveCount(0);
});

test('copy feedback is in view at the bottom of a long list, and a refused action’s error too', async () => {
  await saveSettings(ext, API_KEY, standIn.url);
  const rentals = seedFive();
  const popup = await openPopup();
  await expect(popup.getByRole('article')).toHaveCount(5);
  // Open every card so the page is far taller than the popup, then work on the last one.
  for (const toggle of await popup.getByRole('button', { name: /^Details of / }).all()) await toggle.click();
  const last = popup.getByRole('article').last();
  await last.scrollIntoViewIfNeeded();
  expect(await popup.evaluate(() => window.scrollY)).toBeGreaterThan(300);
  await last.getByRole('button', { name: /^Copy the number / }).click();
  const toast = popup.locator('.feedback [role="status"]');
  await expect(toast).toHaveText(/^(Copied \+|Could not copy)/);
  await expect(toast).toBeInViewport({ ratio: 1 });

  // A refusal from the provider (no money left), answered where the user is.
  standIn.setBalance(0);
  const calm = popup.getByRole('article', { name: `Number ${rentals.calm.number}` });
  await calm.getByRole('button', { name: /^Extend by \d+ days? for .+ units$/ }).click();
  const alert = popup.locator('.feedback [role="alert"]');
  await expect(alert).toBeVisible();
  await expect(alert).toBeInViewport({ ratio: 1 });
});
