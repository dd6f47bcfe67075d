// Chromium side of the reliability runs: an extension saved against the stand-in with its popup open
// in a tab, and a way to stop its service worker the way the browser does when it is idle.
import type { CDPSession, Page } from '@playwright/test';
import { launchChromium, saveSettings, type ExtensionBrowser } from './chromium.ts';

export interface ChromiumRig {
  ext: ExtensionBrowser;
  /** The popup, open in a tab: its port keeps the fast loop running and reconnects (waking the worker)
   * whenever the worker is stopped. Every storage and notification read goes through it too, so a read
   * never depends on the worker being up. */
  popup: Page;
  /** Stops the extension's service worker; false when none was running. */
  stopWorker(): Promise<boolean>;
  close(): Promise<void>;
}

export async function launchChromiumRig(apiKey: string, apiAddress: string): Promise<ChromiumRig> {
  const ext = await launchChromium();
  await saveSettings(ext, apiKey, apiAddress);
  const popup = await ext.context.newPage();
  await popup.goto(`chrome-extension://${ext.extensionId}/popup.html`);
  const browser = ext.context.browser();
  if (!browser) throw new Error('no browser behind the persistent context: cannot open a browser CDP session');
  const cdp: CDPSession = await browser.newBrowserCDPSession();
  const workerUrl = `chrome-extension://${ext.extensionId}/`;
  return {
    ext,
    popup,
    async stopWorker() {
      // Target.closeTarget on the worker target is what "the browser stopped the idle worker" looks like
      // to the extension: timers, in-memory state and open ports die; storage and alarms stay.
      const { targetInfos } = await cdp.send('Target.getTargets');
      const worker = targetInfos.find((t) => t.type === 'service_worker' && t.url.startsWith(workerUrl));
      if (!worker) return false;
      const { success } = await cdp.send('Target.closeTarget', { targetId: worker.targetId });
      return success;
    },
    async close() {
      await cdp.detach().catch(() => undefined);
      await ext.close();
    },
  };
}
