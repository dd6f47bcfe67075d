// The Chromium without SimFill for side-by-side runs: launched exactly like the extension browser
// (same binary, flags, headless mode, a fresh persistent profile) so the only difference is SimFill.
import { chromium, type BrowserContext } from '@playwright/test';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH, CLOSED_NETWORK_ARGS } from '../../test/e2e/support/chromium.ts';

export interface PlainBrowser {
  context: BrowserContext;
  close(): Promise<void>;
}

export async function launchPlainChromium(): Promise<PlainBrowser> {
  const profile = await mkdtemp(join(tmpdir(), 'simfill-bench-plain-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath: CHROMIUM_PATH, headless: true, args: CLOSED_NETWORK_ARGS });
  return {
    context,
    async close() {
      await context.close();
      await rm(profile, { recursive: true, force: true });
    },
  };
}
