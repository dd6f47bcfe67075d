// @vitest-environment happy-dom
// The connector the popup and options page are built on: failures become replies, never exceptions.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand } from '../../lib/background/commands.ts';
import { createEngine } from '../../lib/background/engine.ts';
import { browserConnector } from '../../lib/connector.ts';
import { POPUP_HEARTBEAT_MS } from '../../lib/popup-port.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { rentalsItem } from '../../lib/storage/rentals.ts';
import { settingsItem } from '../../lib/storage/settings.ts';
import { testEngineDeps } from './support/engine.ts';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('browserConnector', () => {
  it('turns a background that is not listening into a failed reply, as a value the page words', async () => {
    expect(await browserConnector().send({ type: 'refresh' })).toEqual({ ok: false, error: { kind: 'no-answer' } });
  });

  it('passes the background\u2019s reply through', async () => {
    // The fake browser answers through sendResponse only.
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse({ ok: true, value: [] });
      return true;
    });
    expect(await browserConnector().send({ type: 'tariffs' })).toEqual({ ok: true, value: [] });
  });

  it('treats a reply of the wrong shape as no answer', async () => {
    fakeBrowser.runtime.onMessage.addListener((_message, _sender, sendResponse) => {
      sendResponse('yes');
      return true;
    });
    expect((await browserConnector().send({ type: 'refresh' })).ok).toBe(false);
  });

  it('reads and watches the stored rentals', async () => {
    const c = browserConnector();
    expect(await c.rentals()).toEqual({ active: [], ended: [] });
    const seen = vi.fn();
    const off = c.onRentals(seen);
    await rentalsItem.setValue({ active: [], ended: [] });
    await vi.waitFor(() => expect(seen).toHaveBeenCalledWith({ active: [], ended: [] }));
    off();
  });

  it('hands a settings change to the background, the only writer, which keeps the rest of the settings', async () => {
    await settingsItem.setValue({ apiAddress: 'http://127.0.0.1:1/api/', confirmedHost: '127.0.0.1:1', hasKey: true, fillMode: 'auto', disabledSites: [], showCodesInNotifications: true, keepEndedMessagesDays: 30 });
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({ ok: true } as never);
    await browserConnector().updateSettings({ fillMode: 'off' });
    expect(sent).toHaveBeenCalledWith({ type: 'update-settings', fillMode: 'off' });
    expect((await settingsItem.getValue()).fillMode).toBe('auto'); // the page wrote nothing itself

    const engine = createEngine(testEngineDeps({} as OnlineSimClient, undefined, { loadClient: async () => null }).deps);
    const deps = { engine, lang: 'en' as const, saveApiKey: async () => undefined, hostGranted: async () => false };
    expect(await handleCommand({ type: 'update-settings', fillMode: 'off' }, deps)).toEqual({ ok: true });
    expect(await handleCommand({ type: 'update-settings', showCodesInNotifications: false }, deps)).toEqual({ ok: true });
    expect(await settingsItem.getValue()).toEqual({
      apiAddress: 'http://127.0.0.1:1/api/',
      confirmedHost: '127.0.0.1:1',
      hasKey: true,
      fillMode: 'off',
      disabledSites: [],
      showCodesInNotifications: false,
      keepEndedMessagesDays: 30,
    });
  });

  it('opens the popup port by name, connects again when the background drops it, and closes it', async () => {
    vi.useFakeTimers();
    const ports: { disconnect: () => void; drop: () => void; postMessage: () => void }[] = [];
    const connect = vi.spyOn(fakeBrowser.runtime, 'connect').mockImplementation(() => {
      const listeners: (() => void)[] = [];
      const port = {
        disconnect: vi.fn(),
        postMessage: vi.fn(),
        onDisconnect: { addListener: (l: () => void) => listeners.push(l) },
        drop: () => listeners.forEach((l) => l()),
      };
      ports.push(port);
      return port as never;
    });
    const close = browserConnector().keepAlive();
    expect(connect).toHaveBeenCalledWith({ name: 'popup' });
    ports[0]!.drop(); // the browser stopped the background
    await vi.advanceTimersByTimeAsync(1000);
    expect(connect).toHaveBeenCalledTimes(2);
    // The background stops counting a silent popup, so the open one says it is there, on the new port.
    await vi.advanceTimersByTimeAsync(POPUP_HEARTBEAT_MS);
    expect(ports[1]!.postMessage).toHaveBeenCalledTimes(1);
    close();
    await vi.advanceTimersByTimeAsync(POPUP_HEARTBEAT_MS);
    expect(ports[1]!.postMessage).toHaveBeenCalledTimes(1);
    expect(ports[1]!.disconnect).toHaveBeenCalled();
    ports[1]!.drop();
    await vi.advanceTimersByTimeAsync(1000);
    expect(connect).toHaveBeenCalledTimes(2); // closed: no reconnect
    vi.useRealTimers();
  });

  it('asks for a host permission and reports a refusal as false', async () => {
    const request = vi.spyOn(fakeBrowser.permissions, 'request').mockRejectedValue(new Error('no gesture'));
    expect(await browserConnector().requestHostPermission('http://127.0.0.1/*')).toBe(false);
    expect(request).toHaveBeenCalledWith({ origins: ['http://127.0.0.1/*'] });
  });
});
