// `node scripts/screenshots.ts`: the README's pictures of the popup, made from the real build against
// the local stand-in, so they show what a user sees and stay reproducible. Builds the Chrome extension,
// starts the stand-in with two rentals and a few messages (one with an ambiguous code), and saves
//   docs/screenshots/popup-{light,dark}-{en,ru}.png  (the popup at its 360 px width)
//   docs/screenshots/options-light-en.png
// Russian comes from the browser's own UI language (--lang=ru), the way a Russian user gets it; the
// script checks the popup really is in Russian before saving. The browser comes from CHROMIUM_PATH.
import { chromium, type BrowserContext, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startStandIn, type StandIn } from '../test/stand-in/server.ts';
import { CHROME_BUILD, CHROMIUM_PATH, CLOSED_NETWORK_ARGS } from '../test/e2e/support/chromium.ts';
import { grantedBuild, LOOPBACK_GRANT } from '../test/e2e/support/granted-build.ts';

const OUT = fileURLToPath(new URL('../docs/screenshots/', import.meta.url));
const KEY = 'screenshot-key';
const POPUP_WIDTH = 360;

type Lang = 'en' | 'ru';

/** What a user would have after a day of use: a confirmed number with codes, and a fresh one waiting. */
function seed(standIn: StandIn): void {
  const main = standIn.createRental({ country: 7, number: '9313358547', days: 7 });
  standIn.createRental({ country: 77, number: '7012345678', days: 1, autoRenew: true });
  standIn.deliverSms({ tzid: main.tzid, service: 'Telegram', text: 'Telegram code: 51842. Do not give this code to anyone, even if they say they are from Telegram!' });
  standIn.deliverSms({ tzid: main.tzid, service: 'Ozon', text: 'Заказ 4471 готов к выдаче. Код получения 9083, номер ячейки 215.' });
  standIn.deliverSms({ tzid: main.tzid, service: 'Google', text: 'G-738204 is your Google verification code.' });
}

/** `extensionDir`: the build with the stand-in's loopback host granted (granted-build.ts). */
async function launch(lang: Lang, profile: string, extensionDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    locale: lang === 'ru' ? 'ru-RU' : 'en-US',
    deviceScaleFactor: 2,
    args: [...CLOSED_NETWORK_ARGS, `--lang=${lang}`, `--disable-extensions-except=${extensionDir}`, `--load-extension=${extensionDir}`],
  });
}

/** Saved through the settings page like a user does; ids, not labels, since the labels are translated. */
async function saveSettings(context: BrowserContext, base: string, apiUrl: string): Promise<Page> {
  const options = await context.newPage();
  await options.setViewportSize({ width: 640, height: 400 });
  await options.goto(`${base}/options.html`);
  await options.locator('#api-key').fill(KEY);
  await options.locator('#api-address').fill(apiUrl);
  await options.locator('form.settings button[type=submit]').click();
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
      saved.push(await save(options, 'options-light-en.png'));
    }
    await options.close();

    const popup = await context.newPage();
    await popup.setViewportSize({ width: POPUP_WIDTH, height: 600 });
    await popup.goto(`${base}/popup.html`);
    await popup.locator('.chip-code').first().waitFor();
    await popup.locator('.chip-candidate').first().waitFor();
    // A rental without auto-renew gets its extend prices from the tariffs, asked for after opening.
    await popup.waitForFunction(() => document.querySelectorAll('.card .extend').length === document.querySelectorAll('.card').length);
    const shownLang = await popup.evaluate(() => document.documentElement.lang);
    const text = await popup.locator('body').innerText();
    if (shownLang !== lang || (lang === 'ru' && !/Баланс/.test(text))) {
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

async function save(page: Page, name: string): Promise<string> {
  const path = join(OUT, name);
  // Moves the pointer out of the way, so no hover state lands in the picture.
  await page.mouse.move(0, 0);
  await page.screenshot({ path, fullPage: true, animations: 'disabled', caret: 'hide' });
  return path;
}

const build = spawnSync('npx', ['wxt', 'build', '--mv3'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
mkdirSync(OUT, { recursive: true });

const standIn = await startStandIn({ apiKey: KEY });
try {
  seed(standIn);
  for (const lang of ['en', 'ru'] as const) {
    for (const path of await shoot(lang, standIn.url)) console.log(`saved ${path}`);
  }
} catch (error) {
  console.error(`screenshots failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await standIn.close();
}
