// Where the API key goes, checked in both browsers against servers of our own that log every request
// (key-trap.ts): never to a host the user did not confirm on the settings page (though the browser grants
// it, as Firefox grants every host), never over plain http to another computer, never after a redirect.
// The save-settings command is also sent straight from an extension page, as a compromised or buggy page
// could: the background itself must refuse. Each case has a control showing that the trap does log what
// reaches it, so an empty log means nothing was sent.
import { expect, test } from '@playwright/test';
import { LOOPBACK_GRANT } from './granted-build.ts';
import { startKeyTrap, type KeyTrap } from './key-trap.ts';
import type { CommandReply } from '../../../lib/messages.ts';

export const API_KEY = 'e2e-secret-key-5d93be';
/** A name for another computer: each browser is told to resolve it to the trap on loopback. */
export const REMOTE = 'trap.test';
/** Host permissions the browser is launched with: the loopback traps and the "other computer". */
export const TRAP_GRANTS = [...LOOPBACK_GRANT, `http://${REMOTE}/*`];

/** What the settings page said after Save: its "Your API key will be sent to HOST" line and its alert. */
export interface SettingsAnswer {
  destination: string;
  alert: string;
}

export interface KeyDestinationDriver {
  /** Evaluates a script (an expression) in an extension page of SimFill's. */
  inExtension(script: string): Promise<unknown>;
  /** Fills the settings page as a user would with API_KEY and `apiAddress`, ticking "Yes, send my API key
   * to HOST" only if `confirm`; presses Save and resolves with what the page says once it says something. */
  submitSettings(apiAddress: string, confirm: boolean): Promise<SettingsAnswer>;
  /** A plain visit in a tab: the browser's own request, which the trap logs like any other. */
  visit(url: string): Promise<void>;
}

const traps: KeyTrap[] = [];

/** A trap closed after the test. */
export async function trap(options?: Parameters<typeof startKeyTrap>[0]): Promise<KeyTrap> {
  const started = await startKeyTrap(options);
  traps.push(started);
  return started;
}

/** The save-settings command straight from an extension page (`browser` in Firefox, `chrome` in Chromium). */
export function saveSettingsScript(apiAddress: string, confirmedHost: string | null): string {
  const command = { type: 'save-settings', apiKey: API_KEY, apiAddress, confirmedHost };
  return `(globalThis.browser ?? globalThis.chrome).runtime.sendMessage(${JSON.stringify(command)})`;
}

const probes = (t: KeyTrap) => t.requests.filter((r) => r.path.endsWith('/probe'));
const hostOf = (address: string) => new URL(address).host;

/** Registers the checks shared by both browsers; `driver` is read when each test runs. */
export function keyDestinationChecks(driver: () => KeyDestinationDriver): void {
  test.afterEach(async () => {
    await Promise.all(traps.splice(0).map((t) => t.close()));
  });

  const send = async (apiAddress: string, confirmedHost: string | null) =>
    (await driver().inExtension(saveSettingsScript(apiAddress, confirmedHost))) as CommandReply<'save-settings'>;

  test('the key never reaches a host the user did not confirm, though the browser grants it', async () => {
    const granted = await trap(); // on 127.0.0.1, which both browsers were launched allowing
    const host = hostOf(granted.apiUrl());
    for (const confirmedHost of [null, '127.0.0.1:1']) {
      // The reply is the refusal as a value; the settings page words it (below).
      expect(await send(granted.apiUrl(), confirmedHost)).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'refused', reason: 'not-confirmed', host } } });
    }
    // The settings page says where the key would go; Save without saying yes sends nothing.
    const unticked = await driver().submitSettings(granted.apiUrl(), false);
    expect(unticked.destination).toBe(`Your API key will be sent to ${host}.`);
    expect(unticked.alert).toContain('not confirmed on the settings page');
    expect(granted.requests).toEqual([]);

    // Control: once the user ticks "Yes, send my API key to HOST", the key does arrive, so the empty log
    // above means nothing was sent.
    const ticked = await driver().submitSettings(granted.apiUrl(), true);
    expect(ticked.alert).toMatch(/saved/i);
    expect(granted.requests.length).toBeGreaterThan(0);
    expect(granted.requests.every((r) => r.authorization === `Bearer ${API_KEY}`)).toBe(true);
  });

  test('never over plain http to another computer, even confirmed and with that host granted', async () => {
    const remote = await trap();
    const address = remote.apiUrl(REMOTE);
    expect(await send(address, hostOf(address))).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'refused', reason: 'not-https', host: hostOf(address) } } });
    expect((await driver().submitSettings(address, true)).alert).toContain('only over https');
    expect(remote.requests).toEqual([]);

    await driver().visit(`${address}probe`);
    expect(probes(remote).map((r) => r.host)).toEqual([hostOf(address)]);
  });

  test('never after a redirect: the confirmed host gets the key, the place it points to gets nothing', async () => {
    const target = await trap();
    const redirecting = await trap({ redirectTo: () => target.apiUrl() });
    const reply = await send(redirecting.apiUrl(), hostOf(redirecting.apiUrl()));
    expect(reply.ok).toBe(false);
    expect(redirecting.requests.map((r) => r.authorization)).toEqual([`Bearer ${API_KEY}`]);
    expect(target.requests).toEqual([]);

    await driver().visit(`${redirecting.apiUrl()}probe`); // a browser tab does follow it
    expect(probes(target)).toHaveLength(1);
  });
}
