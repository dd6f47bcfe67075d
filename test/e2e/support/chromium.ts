// Launches Debian's Chromium with the built Chrome extension.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { grantedBuild, LOOPBACK_GRANT } from './granted-build.ts';

export const CHROME_BUILD = fileURLToPath(new URL('../../../.output/chrome-mv3', import.meta.url));
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CLOSED_NETWORK_ARGS = [
  '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--no-first-run', '--disable-sync', '--disable-quic',
];

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  worker(): Promise<Worker>;
  close(): Promise<void>;
}

/** `grantedHosts`: host permissions the user is taken to have allowed (granted-build.ts); by default the
 * loopback address of the stand-in. `args`: extra command-line switches. `lang`: the browser's UI
 * language (`--lang`), which is what SimFill speaks; English by default. */
export async function launchChromium(
  {
    extensionDir = CHROME_BUILD,
    grantedHosts = LOOPBACK_GRANT,
    args = [],
    lang,
  }: { extensionDir?: string; grantedHosts?: readonly string[]; args?: string[]; lang?: string } = {},
): Promise<ExtensionBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'simfill-chromium-'));
  const build = await grantedBuild(extensionDir, grantedHosts);
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    ...(lang ? { locale: lang } : {}),
    args: [
      ...CLOSED_NETWORK_ARGS,
      ...args,
      ...(lang ? [`--lang=${lang}`] : []),
      `--disable-extensions-except=${build.dir}`,
      `--load-extension=${build.dir}`,
    ],
  });
  const first = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(first.url()).host;
  return {
    context,
    extensionId,
    // The worker can be stopped and restarted: always ask for the current one.
    async worker() {
      return context.serviceWorkers().find((w) => w.url().includes(extensionId)) ?? context.waitForEvent('serviceworker');
    },
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
      await build.remove();
    },
  };
}

/** Types the key and address into the options page as a user would, ticks "Yes, send my API key to
 * HOST" when the page asks for it (any address but OnlineSim's own, the stand-in's included) unless
 * `confirm` is false, and presses Save. The page stays open so the caller can read what it answered. */
export async function submitSettings(
  ext: Pick<ExtensionBrowser, 'context' | 'extensionId'>,
  apiKey: string,
  apiAddress: string,
  { confirm = true }: { confirm?: boolean } = {},
): Promise<Page> {
  const options = await ext.context.newPage();
  await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
  // Ids, not labels: the page may be in any of SimFill's languages.
  await options.locator('#api-key').fill(apiKey);
  await options.locator('#api-address').fill(apiAddress);
  const confirmation = options.locator('#confirm-host');
  if (confirm && (await confirmation.count()) > 0) await confirmation.check();
  await options.locator('form.settings button[type=submit]').click();
  return options;
}

/** submitSettings, then waits for the page to say it saved (the key was accepted), and closes it. */
export async function saveSettings(ext: Pick<ExtensionBrowser, 'context' | 'extensionId'>, apiKey: string, apiAddress: string): Promise<void> {
  const options = await submitSettings(ext, apiKey, apiAddress);
  await options.locator('.outcome:not(.outcome-error) p').first().waitFor({ timeout: 20_000 });
  await options.close();
}

/**
 * Clicks SimFill's toolbar button for the tab showing `page`, as a user would (CDP's
 * Extensions.triggerAction): the browser then grants the extension activeTab on that tab, which is what
 * lets the background inject on-demand scripts there. The popup it opens is not one Playwright attaches
 * to, so tests press the popup's buttons in a popup page of their own, with the same effect.
 */
export async function clickToolbarButton(ext: ExtensionBrowser, page: Page): Promise<void> {
  // The Extensions domain answers only a browser-level session ("Method not allowed" on a page's).
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser behind the context');
  const session = await browser.newBrowserCDPSession();
  try {
    const { targetInfos } = (await session.send('Target.getTargets' as never, { filter: [{ type: 'tab' }] } as never)) as {
      targetInfos: { targetId: string; url: string }[];
    };
    const tab = targetInfos.find((t) => t.url === page.url());
    if (!tab) throw new Error(`no tab target shows ${page.url()}`);
    await session.send('Extensions.triggerAction' as never, { id: ext.extensionId, targetId: tab.targetId } as never);
  } finally {
    await session.detach().catch(() => undefined); // gone already when the popup took the focus
  }
}
