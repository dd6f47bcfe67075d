// `node scripts/screenshots.ts`: the README's pictures of the popup, made from the real build against
// the local stand-in, so they show what a user sees and stay reproducible. Builds the Chrome extension,
// starts the stand-in with four rentals (one with fresh codes, one ending within the hour, one waiting
// for its first SMS, one calm), opens the first card's details, and saves
//   docs/screenshots/popup-{light,dark}-{en,ru,kk}.png  (the popup at its 360 × 600 size)
//   docs/screenshots/options-light-en.png
// The language comes from the browser's own UI language (--lang), the way a user gets it; the script
// checks the popup really is in that language before saving. The browser comes from CHROMIUM_PATH.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStandIn, type StandIn } from '../test/stand-in/server.ts';
import { CHROME_BUILD, CHROMIUM_PATH, CLOSED_NETWORK_ARGS, submitSettings } from '../test/e2e/support/chromium.ts';
import { grantedBuild, LOOPBACK_GRANT } from '../test/e2e/support/granted-build.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const KEY = 'screenshot-key';
const POPUP_WIDTH = 360;

type Lang = 'en' | 'ru' | 'kk';
/** A word the popup shows only in that language: proof the screenshot is not English in disguise. */
const PROOF: Record<Lang, RegExp> = { en: /Available/, ru: /Доступно/, kk: /Қолжетімді/ };

/** What a user has after a day of use: a number with fresh codes, one ending within the hour, a new
 * one waiting for its first SMS and a calm one. */
function seed(standIn: StandIn): void {
  standIn.createRental({ country: 77, number: '7012345678', days: 30, confirmed: true });
  standIn.createRental({ country: 7, number: '9219876543', days: 1, confirmed: true, minutesLeft: 41 });
  standIn.createRental({ country: 380, number: '631234567', days: 1, autoRenew: true });
  const main = standIn.createRental({ country: 7, number: '9313358547', days: 7 });
  standIn.deliverSms({ tzid: main.tzid, service: 'Telegram', text: 'Telegram code: 51842. Do not give this code to anyone, even if they say they are from Telegram!' });
  standIn.deliverSms({ tzid: main.tzid, service: 'Ozon', text: 'Заказ 4471 готов к выдаче. Код получения 9083, номер ячейки 215.' });
  standIn.deliverSms({ tzid: main.tzid, service: 'Google', text: 'G-738204 is your Google verification code.' });
}

/** `extensionDir`: the build with the stand-in's loopback host granted (granted-build.ts). */
async function launch(lang: Lang, profile: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: { en: 'en-US', ru: 'ru-RU', kk: 'kk-KZ' }[lang],
    deviceScaleFactor: 2,
    args: [...CLOSED_NETWORK_ARGS, `--lang=${lang}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

/** Saved through the settings page like a user does; ids, not labels, since the labels are translated. */
async function saveSettings(context: BrowserContext, base: string, apiUrl: string): Promise<Page> {
  const options = await submitSettings({ context, extensionId: new URL(base).host }, KEY, apiUrl);
  await options.setViewportSize({ width: 640, height: 400 });
  await options.locator('.outcome:not(.outcome-error) p').first().waitFor();
  return options;
}

async function shoot(lang: Lang, apiUrl: string): Promise<string[]> {
  const profile = mkdtempSync(join(tmpdir(), `simfill-shots-${lang}-`));
  const build = await grantedBuild(CHROME_BUILD, LOOPBACK_GRANT);
  const context = await launch(lang, profile, build.dir);
  const saved: string[] = [];
  try {
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const base = `chrome-extension://${new URL(worker.url()).host}`;
    const options = await saveSettings(context, base, apiUrl);
    if (lang === 'en') {
      // The key field stays empty on purpose: the page never shows a saved key back.
      await options.reload();
      await options.locator('#api-key').waitFor();
      saved.push(await save(options, 'options-light-en.png', true));
    }
    await options.close();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await popup.goto(`${base}/popup.html`);
    await popup.locator('.card').nth(3).waitFor();
    await popup.locator('.card-new .chip').first().waitFor();
    await popup.locator('.card-new button.expand').click();
    await popup.locator('.chip-candidate').first().waitFor();
    await popup.locator('.card-details .actions').waitFor();
    const shownLang = await popup.evaluate(() => document.documentElement.lang);
    const text = await popup.locator('body').innerText();
    if (shownLang !== lang || !PROOF[lang].test(text)) {
      throw new Error(`the popup is not in ${lang} (html lang="${shownLang}"): ${text.slice(0, 120)}`);
    }
    for (const scheme of ['light', 'dark'] as const) {
      await popup.emulateMedia({ colorScheme: scheme });
      saved.push(await save(popup, `popup-${scheme}-${lang}.png`));
    }
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
    await build.remove();
  }
  return saved;
}

/** `whole`: the full page (the settings page); otherwise the viewport, the popup's real 360 × 600 box. */
async function save(page: Page, name: string, whole = false): Promise<string> {
  const path = join(OUT, name);
  // Moves the pointer out of the way, so no hover state lands in the picture.
  await page.mouse.move(0, 0);
  await page.screenshot({ path, fullPage: whole, animations: 'disabled', caret: 'hide' });
  return path;
}

const build = spawnSync('npx', ['wxt', 'build', '--mv3'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(OUT, { recursive: true });

const standIn = await startStandIn({ apiKey: KEY });
try {
  seed(standIn);
  for (const lang of ['en', 'ru', 'kk'] as const) {
    for (const path of await shoot(lang, standIn.url)) console.log(`saved ${path}`);
  }
} catch (error) {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await standIn.close();
}
