// The engine's dependencies as the unit tests give them: a clock the engine's own sleeps move on, fixed
// jitter, the test's provider client, and browser-facing effects (notifications, badge, tabs) that do
// nothing. Tests override what they look at.
import { vi } from 'vitest';
import type { EngineDeps } from '../../../lib/background/engine.ts';
import type { OnlineSimClient } from '../../../lib/onlinesim/client.ts';
import type { FieldReport } from '../../../lib/messages.ts';
import { firstDigits, T0 } from './rentals.ts';

export function testEngineDeps(client: OnlineSimClient, start = T0, overrides: Partial<EngineDeps> = {}) {
  let clock = start;
  const deps: EngineDeps = {
    now: () => clock,
    random: () => 0.5,
    sleep: async (ms) => void (clock += ms),
    lang: 'en',
    loadClient: async () => client,
    extract: firstDigits,
    notify: vi.fn(async () => undefined),
    setBadge: vi.fn(async () => undefined),
    activeTab: async () => null,
    topOrigin: async () => null,
    sendFill: async () => null,
    fillPhone: async () => null,
    ...overrides,
  };
  return { deps, advance: (ms: number) => void (clock += ms), now: () => clock };
}

export const DOC = 'doc-0001';
/** A field report as the content script sends it: a visible field in document DOC. */
export const shown = (over: Partial<FieldReport> = {}): FieldReport => ({ type: 'otp-field', present: true, doc: DOC, focused: false, checked: false, ...over });
