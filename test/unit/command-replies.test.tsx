// @vitest-environment happy-dom
// A command's failure crosses from the background to the page as a value (lib/command-error.ts), and the
// page words it in its own language. The worker here speaks Russian (its language is fixed when it
// starts); the popup and the settings page that show its replies speak another one.
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleCommand } from '../../lib/background/commands.ts';
import { createEngine, type EngineDeps } from '../../lib/background/engine.ts';
import { browserConnector, type Connector } from '../../lib/connector.ts';
import { translate, type Lang } from '../../lib/i18n.ts';
import type { Command } from '../../lib/messages.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { rentalsItem } from '../../lib/storage/rentals.ts';
import { settingsItem } from '../../lib/storage/settings.ts';
import { statusItem } from '../../lib/storage/status.ts';
import { PopupApp } from '../../entrypoints/popup/PopupApp.tsx';
import { OptionsApp } from '../../entrypoints/options/OptionsApp.tsx';
import { shown, testEngineDeps } from './support/engine.ts';
import { listed, message, rental, storedMessage, storedRental, T0 } from './support/rentals.ts';

/** Letters of Russian, Ukrainian and Kazakh: a reply holding any of them carries the worker's words. */
const CYRILLIC = /[\u0400-\u04ff]/;

const client = {
  getBalance: async () => ({ ok: true, value: { balance: '100', frozen: '0' } }),
  getRentNum: async () => ({ ok: false, error: { kind: 'provider', code: 'NO_NUMBER' } }),
  tariffsRent: async () => ({ ok: true, value: [] }),
  // The rental stays active at the provider, with the one SMS it holds.
  getRentState: async () => ({ ok: true, value: listed([rental(1001, [message('m1', 'Your code is 482913')])]) }),
} as unknown as OnlineSimClient;

/** The background as it runs in a worker whose language is Russian: a code field waits in tab 5, but the
 * frame says the field is hidden; the phone field of that tab did not take the number. */
function russianWorker(overrides: Partial<EngineDeps> = {}) {
  const { deps } = testEngineDeps(client, T0, {
    lang: 'ru',
    activeTab: async () => 5,
    sendFill: async () => ({ ok: false, reason: 'not-visible' }),
    fillPhone: async () => ({ ok: false, host: 'shop.example', reason: 'not-verified' }),
    ...overrides,
  });
  const engine = createEngine(deps);
  const send = (command: Command) => handleCommand(command, { engine, lang: 'ru', saveApiKey: async () => undefined, hostGranted: async () => true });
  return { engine, send };
}

beforeEach(async () => {
  fakeBrowser.reset();
  await settingsItem.setValue({ ...(await settingsItem.getValue()), hasKey: true });
  await rentalsItem.setValue({ active: [storedRental({ tzid: 1001, messages: [storedMessage({ id: 'm1', code: '482913' })] })], ended: [] });
});

describe('the background\u2019s replies', () => {
  it('carry every failure as a value with no words in it, though the worker speaks Russian', async () => {
    const { engine, send } = russianWorker();
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    const replies = [
      await send({ type: 'rent', country: 7, days: 7, autoRenew: false }),
      await send({ type: 'save-settings', apiKey: ' ', apiAddress: 'https://onlinesim.io/api/', confirmedHost: null }),
      await send({ type: 'save-settings', apiKey: 'k', apiAddress: 'not an address', confirmedHost: null }),
      await send({ type: 'fill-code', tzid: 1001, messageId: 'm1' }),
      await send({ type: 'fill-number', tzid: 1001 }),
    ];
    expect(replies).toEqual([
      { ok: false, error: { kind: 'call-failed', error: { kind: 'provider', code: 'NO_NUMBER' } } },
      { ok: false, error: { kind: 'empty-key' } },
      { ok: false, error: { kind: 'bad-address' } },
      { ok: false, error: { kind: 'code-not-filled', reason: 'not-visible', origin: null } },
      { ok: false, error: { kind: 'number-not-filled', reason: 'not-verified' } },
    ]);
    // The first worker's polls end before the status is set below: a poll that succeeds clears its error.
    await engine.settled();
    const { send: sendWithoutKey } = russianWorker({ loadClient: async () => null });
    expect(await sendWithoutKey({ type: 'tariffs' })).toEqual({ ok: false, error: { kind: 'no-key' } });
    await statusItem.setValue({ ...(await statusItem.getValue()), lastError: { error: { kind: 'offline' }, at: T0 } });
    expect(await sendWithoutKey({ type: 'refresh' })).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'offline' } } });
    for (const reply of replies) expect(JSON.stringify(reply)).not.toMatch(CYRILLIC);
  });
});

/** The real connector, its commands answered by the Russian worker through the browser's messaging. */
async function pageConnector(): Promise<Connector> {
  const { engine, send } = russianWorker();
  engines.push(engine);
  await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
  fakeBrowser.runtime.onMessage.addListener((command, _sender, sendResponse) => {
    void send(command as Command).then(sendResponse);
    return true;
  });
  // No popup port or shortcut list in the fake browser; a settings page asks no permission for OnlineSim.
  return { ...browserConnector(), keepAlive: () => () => {}, shortcut: async () => '', requestHostPermission: async () => true };
}

const engines: ReturnType<typeof createEngine>[] = [];
let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(async () => {
  render(null, root);
  root.remove();
  await Promise.all(engines.splice(0).map((e) => e.settled()));
});

async function settle() {
  for (let i = 0; i < 5; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

const alertText = () => [...root.querySelectorAll('[role="alert"]')].map((a) => a.textContent).join(' ');

/** Lets stored state and replies travel through the fake browser and the page redraw, until `shown()`. */
async function until(shown: () => boolean) {
  for (let i = 0; i < 200 && !shown(); i++) await settle();
}

const fillButton = (lang: Lang) =>
  [...root.querySelectorAll('button')].find((b) => b.getAttribute('aria-label') === translate(lang, 'fillIntoPageLabel', ['482913']));

describe.each<Lang>(['en', 'kk', 'uk'])('a page in %s', (lang) => {
  it('words the reply to Fill in its own language: why the code was not filled, and what to do', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
    await act(async () => render(<PopupApp connector={await pageConnector()} lang={lang} clock={() => T0} />, root));
    await until(() => fillButton(lang) !== undefined);
    await act(async () => fillButton(lang)!.click());
    await until(() => alertText().trim() !== '');
    expect(alertText()).toContain(translate(lang, 'notFilledHidden', []));
    expect(alertText()).toContain(translate(lang, 'errNoFieldNext', []));
    expect(alertText()).not.toContain(translate('ru', 'notFilledHidden', []));
  });

  it('words the reply to Save in its own language', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(lang);
    await act(async () => render(<OptionsApp connector={await pageConnector()} lang={lang} />, root));
    await until(() => root.querySelector('form.settings') !== null);
    await act(async () => root.querySelector<HTMLButtonElement>('form.settings button[type=submit]')!.click());
    await until(() => alertText().trim() !== '');
    expect(alertText()).toContain(translate(lang, 'errEmptyKey', []));
    expect(alertText()).toContain(translate(lang, 'errEmptyKeyNext', []));
    expect(alertText()).not.toContain(translate('ru', 'errEmptyKey', []));
  });
});
