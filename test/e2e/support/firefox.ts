// Launches Firefox ESR with the built Firefox extension through puppeteer-core over WebDriver BiDi:
// there is no geckodriver here, and BiDi's webExtension.install loads a temporary add-on.
import puppeteer, { TimeoutError, type Browser, type Page } from 'puppeteer-core';
import { fileURLToPath } from 'node:url';
import { GECKO_ID } from '../../../lib/gecko-id.ts';
import { grantedBuild, LOOPBACK_GRANT } from './granted-build.ts';

export const FIREFOX_BUILD = fileURLToPath(new URL('../../../.output/firefox-mv3', import.meta.url));
export const FIREFOX_PATH = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Pinned so extension pages have a known address. */
export const FIXED_UUID = '4d7c8b1e-5f0a-4a8e-9c3d-2b6e1f0a9c11';
export const EXTENSION_ORIGIN = `moz-extension://${FIXED_UUID}`;

export interface FirefoxWithExtension {
  browser: Browser;
  /** Opens an extension page; such documents fire no load event, so this waits for a selector instead. */
  openExtensionPage(path: string, readySelector: string): Promise<Page>;
  close(): Promise<void>;
}

/** `grantedHosts`: host permissions the user is taken to have allowed; `permissions`: extra ones a test
 * harness needs (granted-build.ts). */
export async function launchFirefox(
  prefs: Record<string, unknown> = {},
  { grantedHosts = LOOPBACK_GRANT, permissions = [] }: { grantedHosts?: readonly string[]; permissions?: readonly string[] } = {},
): Promise<FirefoxWithExtension> {
  const build = await grantedBuild(FIREFOX_BUILD, grantedHosts, permissions);
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX_PATH,
    headless: true,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: FIXED_UUID }),
      ...prefs,
    },
  });
  await browser.installExtension(build.dir);
  return {
    browser,
    async openExtensionPage(path, readySelector) {
      const page = await browser.newPage();
      void page.goto(`${EXTENSION_ORIGIN}/${path}`).catch(() => undefined);
      await waitForExtensionDocument(page, readySelector);
      return page;
    },
    async close() {
      await browser.close();
      await build.remove();
    },
  };
}

/** Types the key and address into the options page as a user would, ticks "Yes, send my API key to
 * HOST" when the page asks for it (any address but OnlineSim's own, the stand-in's included) unless
 * `confirm` is false, and presses Save. The page stays open so the caller can read what it answered. */
export async function submitSettings(
  firefox: FirefoxWithExtension,
  apiKey: string,
  apiAddress: string,
  { confirm = true }: { confirm?: boolean } = {},
): Promise<Page> {
  const options = await firefox.openExtensionPage('options.html', '#api-address');
  // Ids, not labels: the page may be in any of SimFill's languages. Triple-click selects the default address.
  await options.type('#api-key', apiKey);
  await options.click('#api-address', { count: 3 });
  await options.type('#api-address', apiAddress);
  if (confirm && (await options.$('#confirm-host'))) await options.click('#confirm-host');
  await options.click('form.settings button[type=submit]');
  return options;
}

/** submitSettings, then waits for the page to say it saved (the key was accepted), and closes it. */
export async function saveSettings(firefox: FirefoxWithExtension, apiKey: string, apiAddress: string): Promise<void> {
  const options = await submitSettings(firefox, apiKey, apiAddress);
  await options.waitForSelector('.outcome:not(.outcome-error) p', { timeout: 20_000 });
  await options.close();
}

/**
 * Waits for the selector in the extension document itself. Firefox's BiDi can fail an evaluate with
 * a ProtocolError while the tab swaps about:blank for the extension page (the realm goes away under
 * the call), so such an error means "not yet": try again until the deadline. A timeout is real.
 */
async function waitForExtensionDocument(page: Page, selector: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const remaining = Math.max(1, deadline - Date.now());
    try {
      // page.url() keeps saying about:blank for extension documents, so ask the document itself.
      await page.waitForFunction(
        (origin, css) => location.href.startsWith(origin) && document.querySelector(css) !== null,
        { timeout: remaining, polling: 100 },
        EXTENSION_ORIGIN,
        selector,
      );
      return;
    } catch (error) {
      if (error instanceof TimeoutError || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }
}
