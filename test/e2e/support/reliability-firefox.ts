// Firefox side of the reliability runs: the MV3 event page is unloaded after RIG_IDLE_MS without events
// (pref extensions.background.idle.timeout, in milliseconds: 30000 by default), the popup is open in a
// tab, and the popup page counts how often the event page went away (runtime.getContexts, sampled every 50 ms).
import type { Page } from 'puppeteer-core';
import { launchFirefox, type FirefoxWithExtension } from './firefox.ts';

export interface FirefoxRig {
  firefox: FirefoxWithExtension;
  /** The popup in a tab: its reconnecting port wakes the event page after each unload. */
  popup: Page;
  /** Times the event page was seen unloaded after having been up. */
  unloads(): Promise<number>;
  close(): Promise<void>;
}

const UNLOAD_COUNTER = `(() => {
  if (globalThis.__simfillUnloads !== undefined) return;
  globalThis.__simfillUnloads = 0;
  let up = false;
  setInterval(async () => {
    const now = (await browser.runtime.getContexts({ contextTypes: ['BACKGROUND'] })).length > 0;
    if (up && !now) globalThis.__simfillUnloads += 1;
    up = now;
  }, 50);
})()`;

/** Half a second idle unloads the page about once every two seconds and leaves it the time to store what a
 * poll brought. The pref was once set to 1 in the belief it counts seconds: one millisecond left a page
 * no time to finish an IndexedDB write after its last extension call, so how much reached storage depended
 * on how fast the extractor ran — a heavier one stored nothing. */
const RIG_IDLE_MS = 500;

export async function launchFirefoxRig(apiKey: string, apiAddress: string): Promise<FirefoxRig> {
  const firefox = await launchFirefox({ 'extensions.background.idle.timeout': RIG_IDLE_MS });
  const popup = await firefox.openExtensionPage('popup.html', 'body');
  // The walkthrough saves through the form; here the command it sends once the user ticked "Yes, send my
  // API key to HOST" goes straight in, so that it can be asked again: with a short idle timeout the event
  // page can be unloading just as the message goes out, which Firefox answers with "Receiving end does
  // not exist" instead of waking it: the popup's port wakes it; ask again.
  const command = { type: 'save-settings', apiKey, apiAddress, confirmedHost: new URL(apiAddress).host };
  const save = `browser.runtime.sendMessage(${JSON.stringify(command)})`;
  for (let attempt = 1; ; attempt++) {
    try {
      await popup.evaluate(save);
      break;
    } catch (error) {
      if (attempt === 10 || !String(error).includes('Receiving end does not exist')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 300));
    }
  }
  await popup.evaluate(UNLOAD_COUNTER);
  return {
    firefox,
    popup,
    unloads: () => popup.evaluate('globalThis.__simfillUnloads') as Promise<number>,
    close: () => firefox.close(),
  };
}
