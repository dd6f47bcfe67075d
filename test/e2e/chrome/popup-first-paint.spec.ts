// The popup paints before it reads (issue 17): the cards come from the small summary the background
// keeps beside the rentals, and the full message lists, read after, move nothing. Ten rentals of 100 SMS
// each, learnt by the background from the stand-in; the popup opened again records every card's box
// when the cards first appear and once all ten and the full lists are in (its main region stops being busy).
import { expect, test } from '@playwright/test';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { readPrivateScript } from '../support/private-store.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';

const API_KEY = 'e2e-first-paint';
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

interface Boxes {
  first?: string[];
  complete?: string[];
  busyAtFirst?: string | null;
}

test('10 rentals × 100 SMS: cards drawn from the summary keep their boxes when the full lists arrive', async () => {
  await saveSettings(ext, API_KEY, standIn.url);
  for (let r = 0; r < 10; r++) {
    const { tzid } = standIn.createRental({ country: 7, number: String(9310000100 + r), days: 30, confirmed: true });
    for (let i = 0; i < 100; i++) {
      standIn.deliverSms({ tzid, service: `Shop ${i % 4}`, text: `Your code is ${100000 + r * 1000 + i}. Do not share it.`, ageMs: (20 + 100 - i) * 60_000 });
    }
  }
  const learn = await ext.context.newPage();
  await learn.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await expect(learn.getByRole('article')).toHaveCount(10, { timeout: 30_000 });
  await expect(learn.getByRole('button', { name: /^Details of/ }).first()).toBeVisible();
  await learn.close();
  const worker = await ext.worker();
  const summaryBytes = ((await worker.evaluate(`${readPrivateScript('rentals-summary')}.then((v) => JSON.stringify(v).length)`)) as number);
  const fullBytes = ((await worker.evaluate(`${readPrivateScript('rentals')}.then((v) => JSON.stringify(v).length)`)) as number);
  expect(summaryBytes).toBeLessThan(fullBytes / 5);

  const popup = await ext.context.newPage();
  await popup.setViewportSize({ width: 360, height: 600 });
  await popup.addInitScript(() => {
    const w = window as unknown as { __boxes: Boxes };
    w.__boxes = {};
    const boxes = () => [...document.querySelectorAll('article.card')].map((c) => JSON.stringify(c.getBoundingClientRect()));
    new MutationObserver(() => {
      const main = document.querySelector('main');
      const count = document.querySelectorAll('article.card').length;
      if (!w.__boxes.first && count > 0) {
        w.__boxes.first = boxes();
        w.__boxes.busyAtFirst = main?.getAttribute('aria-busy') ?? null;
      }
      if (w.__boxes.first && !w.__boxes.complete && count === 10 && main?.getAttribute('aria-busy') === 'false') w.__boxes.complete = boxes();
    }).observe(document, { childList: true, subtree: true, attributes: true, attributeFilter: ['aria-busy'] });
  });
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  await popup.waitForFunction(() => (window as unknown as { __boxes: Boxes }).__boxes.complete !== undefined);
  const boxes = await popup.evaluate(() => (window as unknown as { __boxes: Boxes }).__boxes);
  // The first cards came before the full lists, and they did not move or resize when those and the
  // cards below the fold (the first frame draws eight) arrived.
  expect(boxes.busyAtFirst).toBe('true');
  expect(boxes.first!.length).toBeGreaterThanOrEqual(8);
  expect(boxes.complete!.slice(0, boxes.first!.length)).toEqual(boxes.first);
});
