// axe-core on the real pages in Chromium, light and dark: the popup in each state a user meets (first
// run, rentals with messages, the rent form) and the settings page. Every finding fails, moderate and
// minor ones too (landmarks, heading order, region), and is printed with its count.
import { expect, test, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, submitSettings, type ExtensionBrowser } from '../support/chromium.ts';

const API_KEY = 'e2e-a11y-91b4';
const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
let standIn: StandIn;
let ext: ExtensionBrowser;

interface Finding {
  id: string;
  impact: string | null;
  help: string;
  nodes: number;
  targets: string[];
}

test.beforeEach(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  ext = await launchChromium();
});

test.afterEach(async () => {
  await ext.close();
  await standIn.close();
});

/** Runs axe in the page. Injected through evaluate, not a <script> tag: extension pages' CSP refuses
 * inline scripts, and a refused axe would make every scan pass. */
async function scan(page: Page): Promise<{ findings: Finding[]; passed: string[] }> {
  const source = await readFile(AXE_PATH, 'utf8');
  await page.evaluate(source);
  return page.evaluate(async () => {
    type Rule = { id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> };
    const axe = (window as unknown as { axe: { run(ctx: Document): Promise<{ violations: Rule[]; passes: Rule[] }> } }).axe;
    const result = await axe.run(document);
    const findings = result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.length,
      targets: v.nodes.map((n) => n.target.join(' ')),
    }));
    return { findings, passed: result.passes.map((p) => p.id) };
  });
}

/** Scans the page as it is in light and in dark, prints the counts, fails on any finding. */
async function scanBothSchemes(page: Page, label: string): Promise<void> {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    const { findings, passed } = await scan(page);
    // A scan that checked nothing would pass too: contrast and names must really have been looked at.
    expect(passed).toEqual(expect.arrayContaining(['color-contrast', 'button-name']));
    const count = (impact: string) => findings.filter((f) => f.impact === impact).reduce((n, f) => n + f.nodes, 0);
    console.log(
      `axe ${label} (${colorScheme}): critical ${count('critical')}, serious ${count('serious')}, moderate ${count('moderate')}, minor ${count('minor')}` +
        findings.map((f) => `\n  ${f.impact} ${f.id} ×${f.nodes}: ${f.help} [${f.targets.join(', ')}]`).join(''),
    );
    expect(findings, `${label} in ${colorScheme}`).toEqual([]);
  }
}

async function openPage(name: 'popup' | 'options', width: number): Promise<Page> {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width, height: 700 });
  await page.goto(`chrome-extension://${ext.extensionId}/${name}.html`);
  return page;
}


/** Two rentals: one confirmed with a clear code and an ambiguous message, one still in its guard window,
 * both cards opened so their details are scanned too. Selectors are language-independent. */
async function popupWithRentals(): Promise<Page> {
  await saveSettings(ext, API_KEY, standIn.url);
  const confirmed = standIn.createRental({ country: 7, number: '9313358547', days: 7 });
  standIn.createRental({ country: 380, number: '631234567', days: 1, autoRenew: true });
  standIn.deliverSms({ tzid: confirmed.tzid, service: 'Telegram', text: 'Telegram code: 51842. Do not give this code to anyone.' });
  standIn.deliverSms({ tzid: confirmed.tzid, service: 'Ozon', text: 'Заказ 4471 готов к выдаче. Код получения 9083, номер ячейки 215.' });
  const popup = await openPage('popup', 360);
  await expect(popup.getByRole('article')).toHaveCount(2);
  for (const toggle of await popup.locator('button.expand').all()) await toggle.click();
  await expect(popup.locator('.card-details')).toHaveCount(2);
  await expect(popup.locator('.chip-code').first()).toBeVisible();
  await expect(popup.locator('.chip-candidate').first()).toBeVisible();
  return popup;
}

test('popup, first run (no key yet)', async () => {
  const popup = await openPage('popup', 360);
  await expect(popup.getByRole('link', { name: /API key/i })).toBeVisible();
  await expect(popup.getByLabel('Paste your API key here:')).toBeVisible();
  await scanBothSchemes(popup, 'popup first run');
});

test('popup with rentals and messages', async () => {
  const popup = await popupWithRentals();
  await scanBothSchemes(popup, 'popup with rentals');
});

test('popup with the rent form open and auto-renew on', async () => {
  const popup = await popupWithRentals();
  await popup.getByRole('button', { name: 'Rent a number' }).click();
  const form = popup.getByRole('form', { name: 'Rent a number' });
  await form.getByLabel('Renew automatically').check();
  await expect(form).toContainText('renews itself');
  await scanBothSchemes(popup, 'popup rent form');
});

test('settings page, with a failed save on screen', async () => {
  const options = await submitSettings(ext, 'not-the-key', standIn.url);
  await options.setViewportSize({ width: 800, height: 800 });
  await expect(options.getByRole('alert')).toContainText(/key/i);
  await scanBothSchemes(options, 'settings');
});

// The same scans in SimFill's other languages: longer words wrap differently, and names, labels and
// landmarks must hold in each. The browser's UI language is what SimFill speaks.
for (const lang of ['ru', 'uk', 'kk'] as const) {
  test(`popup with rentals and the rent form, in ${lang}`, async () => {
    // A second browser and four scans: more than the default minute on a busy machine.
    test.setTimeout(150_000);
    await ext.close();
    ext = await launchChromium({ lang });
    const popup = await popupWithRentals();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await scanBothSchemes(popup, `popup with rentals (${lang})`);
    await popup.locator('main > button.primary.wide').click();
    await popup.locator('form.rent input[type=checkbox]').check();
    await expect(popup.locator('form.rent .summary')).toBeVisible();
    await scanBothSchemes(popup, `popup rent form (${lang})`);
  });

  test(`popup first run, in ${lang}`, async () => {
    test.setTimeout(150_000);
    await ext.close();
    ext = await launchChromium({ lang });
    const popup = await openPage('popup', 360);
    await expect(popup.locator('#first-run-key')).toBeVisible();
    expect(await popup.evaluate(() => document.documentElement.lang)).toBe(lang);
    await scanBothSchemes(popup, `popup first run (${lang})`);
  });
}
