// The notice SimFill shows on a page after a fill, for a Kazakh user of Chromium: Chrome has no kk UI
// locale, so its i18n answers in English; the notice must come in Kazakh all the same (the background
// sends it with the code). Read from the page's closed shadow root through DevTools, which pierces it.
import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { startStandIn, type StandIn } from '../../stand-in/server.ts';
import { launchChromium, saveSettings, type ExtensionBrowser } from '../support/chromium.ts';
import { SESSION_SCRIPT } from '../support/otp-pages.ts';
import { startPagesServer, type PagesServer } from '../support/pages-server.ts';
import type { PollState } from '../../../lib/storage/session.ts';

const API_KEY = 'e2e-notice-kk';
let standIn: StandIn;
let pages: PagesServer;
let ext: ExtensionBrowser;

test.beforeAll(async () => {
  standIn = await startStandIn({ apiKey: API_KEY });
  pages = await startPagesServer();
  ext = await launchChromium({ lang: 'kk' });
  await saveSettings(ext, API_KEY, standIn.url);
});

test.afterAll(async () => {
  await ext.close();
  await pages.close();
  await standIn.close();
});

interface DomNode {
  nodeName: string;
  nodeValue?: string;
  children?: DomNode[];
  shadowRoots?: DomNode[];
}

/** Every text inside <simfill-notice>, closed shadow root included. */
function noticeTexts(node: DomNode, inside = false): string[] {
  const here = inside || node.nodeName === 'SIMFILL-NOTICE';
  const own = here && node.nodeName === '#text' && node.nodeValue ? [node.nodeValue] : [];
  return [...own, ...[...(node.children ?? []), ...(node.shadowRoots ?? [])].flatMap((n) => noticeTexts(n, here))];
}

test('a code filled for a Kazakh user is announced in Kazakh', async () => {
  const kk = JSON.parse(await readFile(new URL('../../../public/_locales/kk/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;
  const { tzid } = standIn.createRental({ country: 7, confirmed: true, days: 7 });
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`); // keeps the fast loop running
  // Known before its SMS comes: what a rental's first sync finds is history, never filled by itself.
  await expect(popup.getByRole('article')).toHaveCount(1, { timeout: 15_000 });
  const page = await ext.context.newPage();
  await page.goto(pages.url('pages/p03-kazakh-label.html'));
  await page.bringToFront();
  const worker = await ext.worker();
  await expect.poll(async () => ((await worker.evaluate(SESSION_SCRIPT)) as PollState).waiting.length, { timeout: 10_000 }).toBeGreaterThan(0);
  standIn.deliverSms({ tzid, service: 'Example', text: 'Растау коды: 418207' });
  await expect(page.locator('#kz')).toHaveValue('418207', { timeout: 15_000 });
  const cdp = await ext.context.newCDPSession(page);
  // Shown once the fill is done, for 2.5 s.
  const shown = async () => noticeTexts(((await cdp.send('DOM.getDocument', { depth: -1, pierce: true })) as { root: DomNode }).root);
  await expect.poll(shown, { timeout: 2500, intervals: [100] }).toEqual([kk.codeFilledNotice!.message]);
});
