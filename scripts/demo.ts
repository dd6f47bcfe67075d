// `npm run demo`: the newcomer's first run. Builds the Chrome extension, starts the local OnlineSim
// stand-in with one rental, opens Chromium with SimFill pointed at it, opens a sign-up page with an OTP
// field, and a few seconds later delivers an SMS, so the code visibly lands in the field by itself.
//   --screenshot FILE   save a screenshot of the page once the code landed, then exit (used for docs/)
//   --headless          no window (CI, or checking the demo works)
// The browser comes from CHROMIUM_PATH (default /usr/bin/chromium).
import { chromium, type BrowserContext } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startStandIn } from '../test/stand-in/server.ts';
import { startPagesServer } from '../test/e2e/support/pages-server.ts';
import { CHROME_BUILD, CHROMIUM_PATH, CLOSED_NETWORK_ARGS, saveSettings } from '../test/e2e/support/chromium.ts';
import { grantedBuild, LOOPBACK_GRANT } from '../test/e2e/support/granted-build.ts';

const { values: flags } = parseArgs({ options: { screenshot: { type: 'string' }, headless: { type: 'boolean', default: false } } });
const DEMO_KEY = 'demo-key';
const SMS_DELAY_MS = 4000;

if (!flags.headless && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
  console.error('No display found. Run the demo in a virtual one:  xvfb-run npm run demo');
  console.error('(or without any window:  npm run demo -- --headless --screenshot demo.png)');
  process.exit(2);
}

const build = spawnSync('npx', ['wxt', 'build', '--mv3'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

const cleanups: (() => Promise<unknown> | void)[] = [];
let stopping = false;
async function stop(code: number): Promise<never> {
  if (!stopping) {
    stopping = true;
    for (const cleanup of cleanups.reverse()) await Promise.resolve(cleanup()).catch(() => undefined);
  }
  process.exit(code);
}
process.on('SIGINT', () => void stop(0));
process.on('SIGTERM', () => void stop(0));

try {
  const standIn = await startStandIn({ apiKey: DEMO_KEY });
  cleanups.push(() => standIn.close());
  const rental = standIn.createRental({ country: 7, number: '9313358547', days: 7 });
  const pages = await startPagesServer();
  cleanups.push(() => pages.close());

  const profile = mkdtempSync(join(tmpdir(), 'simfill-demo-'));
  cleanups.push(() => rmSync(profile, { recursive: true, force: true }));
  // The stand-in's loopback host is granted up front: the Allow a user would click in the browser's
  // prompt, which a scripted browser cannot click (test/e2e/support/granted-build.ts).
  const build = await grantedBuild(CHROME_BUILD, LOOPBACK_GRANT);
  cleanups.push(() => build.remove());
  const context: BrowserContext = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: flags.headless,
    viewport: { width: 900, height: 640 },
    args: [...CLOSED_NETWORK_ARGS, `--disable-extensions-except=${build.dir}`, `--load-extension=${build.dir}`],
  });
  cleanups.push(() => context.close());
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;

  // Point SimFill at the stand-in the way a user would: through its settings page.
  await saveSettings({ context, extensionId }, DEMO_KEY, standIn.url);

  const site = await context.newPage();
  await site.goto(pages.url('e2e/otp-demo.html'));
  await site.bringToFront();
  console.log(`Stand-in: ${standIn.url}  rental +7 ${rental.number}`);
  console.log(`Demo page: ${site.url()} — an SMS arrives in ${SMS_DELAY_MS / 1000} s…`);

  await new Promise((resolve) => setTimeout(resolve, SMS_DELAY_MS));
  const code = String(100000 + Math.floor(Math.random() * 900000));
  standIn.deliverSms({ tzid: rental.tzid, service: 'Example', text: `Example: your verification code is ${code}. It expires in 10 minutes.` });
  console.log(`SMS delivered with code ${code}; waiting for SimFill to type it…`);

  await site.waitForFunction((want) => (window as unknown as { __otpState(): { value: string } }).__otpState().value === want, code, { timeout: 30_000 });
  console.log(`✔ The code ${code} is in the page's field.`);

  if (flags.screenshot) {
    await site.screenshot({ path: flags.screenshot });
    console.log(`Screenshot: ${flags.screenshot}`);
    await stop(0);
  }
  if (flags.headless) await stop(0);
  console.log('Open the SimFill toolbar button to see the rental and the message. Ctrl+C to quit.');
  context.on('close', () => void stop(0));
} catch (error) {
  console.error(`Demo failed: ${error instanceof Error ? error.message : String(error)}`);
  await stop(1);
}
