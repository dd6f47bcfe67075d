// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../entrypoints/options/OptionsApp.tsx';
import type { Connector, UiSettingsPatch } from '../../lib/connector.ts';
import type { Command, CommandReply } from '../../lib/messages.ts';
import type { Settings } from '../../lib/storage/settings.ts';

const defaults: Settings = { apiAddress: 'https://onlinesim.io/api/', confirmedHost: null, hasKey: false, fillMode: 'auto', disabledSites: [], showCodesInNotifications: true, keepEndedMessagesDays: 30 };

interface Fake extends Connector {
  sent: Command[];
  reply: CommandReply<'save-settings'>;
  granted: boolean;
  /** When set, the permission prompt's answer (left pending to test that nothing is sent before it). */
  answer: Promise<boolean> | null;
  origins: string[];
  patches: UiSettingsPatch[];
}

function fake(settings: Settings = defaults): Fake {
  let current = settings;
  let listener: ((s: Settings) => void) | null = null;
  const c: Fake = {
    sent: [],
    reply: { ok: true, value: { balance: '230.25', frozen: '120.5' } },
    granted: true,
    answer: null,
    origins: [],
    patches: [],
    async send<C extends Command>(cmd: C) {
      c.sent.push(cmd);
      return c.reply as CommandReply<C['type']>; // the page sends only save-settings
    },
    rentals: async () => ({ active: [], ended: [] }),
    summary: async () => null,
    status: async () => ({ balance: null, lastPollAt: null, lastError: null, stopped: false }),
    settings: async () => current,
    ledger: async () => ({ entries: [] }),
    onLedger: () => () => {},
    saveFile: () => {},
    onRentals: () => () => {},
    onStatus: () => () => {},
    onSettings: (cb) => ((listener = cb), () => (listener = null)),
    lastRent: async () => null,
    rememberRent: async () => {},
    shortcut: async () => 'Alt+Shift+K',
    async updateSettings(patch) {
      c.patches.push(patch);
      current = { ...current, ...patch };
      listener?.(current);
    },
    keepAlive: () => () => {},
    openOptions: () => {},
    requestHostPermission(pattern) {
      c.origins.push(pattern);
      return c.answer ?? Promise.resolve(c.granted);
    },
    copy: async () => true,
  };
  return c;
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

async function show(c: Connector) {
  await act(async () => {
    render(<OptionsApp connector={c} lang="en" />, root);
  });
  await settle();
}

/** The accessible name of a form control: its <label for>. */
function field(name: string): HTMLInputElement {
  const label = [...root.querySelectorAll('label')].find((l) => l.textContent === name);
  const input = label && root.querySelector<HTMLInputElement>(`#${label.htmlFor}`);
  if (!input) throw new Error(`no field named ${name}`);
  return input;
}

async function type(input: HTMLInputElement, value: string) {
  await act(async () => {
    input.value = value;
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

function saveButton(): HTMLButtonElement {
  const button = [...root.querySelectorAll('button')].find((b) => b.textContent === 'Save');
  if (!button) throw new Error('no Save button');
  return button;
}

const alertText = () => root.querySelector('[role="alert"]')?.textContent ?? '';

/** Ticks "Yes, send my API key to HOST", as the user does for an address that is not OnlineSim's. */
async function confirmHost(host: string) {
  await act(async () => field(`Yes, send my API key to ${host}`).click());
}

describe('settings form', () => {
  it('has the fields the e2e tests look for, the key as a password, the default address filled in', async () => {
    await show(fake());
    expect(field('API key').type).toBe('password');
    expect(field('API address').value).toBe('https://onlinesim.io/api/');
    expect(saveButton().type).toBe('submit');
  });

  it('saves and reports the balance; the default host needs no prompt (its permission comes with the install)', async () => {
    const c = fake();
    await show(c);
    await type(field('API key'), ' secret-key ');
    await act(async () => saveButton().click());
    await settle();
    expect(c.origins).toEqual(['https://onlinesim.io/*']);
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'secret-key', apiAddress: 'https://onlinesim.io/api/', confirmedHost: null }]);
    expect(alertText()).toBe('Saved. Balance: 230.25 units');
  });

  it('says in plain words where the key will be sent, before anything is sent, for whatever address is typed', async () => {
    const c = fake();
    await show(c);
    expect(root.textContent).toContain('Your API key will be sent to onlinesim.io.');
    await type(field('API address'), 'https://mirror.example:8443/api/');
    expect(root.textContent).toContain('Your API key will be sent to mirror.example:8443.');
    expect(field('API address').getAttribute('aria-describedby')).toContain('api-key-destination');
    expect(c.sent).toEqual([]);
  });

  it('no longer invites the user to use a mirror', async () => {
    await show(fake());
    expect(root.textContent).not.toMatch(/mirror/i);
  });

  it('asks for another address\u2019s host permission synchronously in the click, before anything is awaited', async () => {
    const c = fake();
    await show(c);
    await type(field('API key'), 'k');
    await type(field('API address'), 'http://127.0.0.1:8080/api/');
    await confirmHost('127.0.0.1:8080');
    saveButton().click();
    // Nothing has been awaited yet: the request must already have happened inside the gesture.
    expect(c.origins).toEqual(['http://127.0.0.1/*']);
    await settle();
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'k', apiAddress: 'http://127.0.0.1:8080/api/', confirmedHost: '127.0.0.1:8080' }]);
  });

  it('sends nothing until the user answered the permission prompt', async () => {
    const c = fake();
    let allow: (granted: boolean) => void = () => {};
    c.answer = new Promise((resolve) => (allow = resolve));
    await show(c);
    await type(field('API key'), 'k');
    await type(field('API address'), 'https://mirror.example/api/');
    await confirmHost('mirror.example');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toEqual([]);
    await act(async () => allow(true));
    await settle();
    expect(c.sent).toHaveLength(1);
  });

  it('sends nothing when the user refuses the host, and says so', async () => {
    const c = fake();
    c.granted = false;
    await show(c);
    await type(field('API key'), 'k');
    await type(field('API address'), 'https://mirror.example/api/');
    await confirmHost('mirror.example');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toEqual([]);
    expect(alertText()).toContain('not allowed to connect to mirror.example');
  });

  it('asks no permission for an address SimFill refuses anyway (plain http to another computer): the background says why', async () => {
    const c = fake();
    await show(c);
    await type(field('API address'), 'http://mirror.example/api/');
    await act(async () => saveButton().click());
    await settle();
    expect(c.origins).toEqual([]);
    expect(c.sent).toHaveLength(1);
  });

  it('asks the user to confirm any host but OnlineSim\u2019s own, and sends nothing and asks no permission until they do', async () => {
    const c = fake();
    await show(c);
    expect(root.querySelector('#confirm-host')).toBeNull(); // OnlineSim's own address
    await type(field('API key'), 'k');
    await type(field('API address'), 'https://mirror.example:8443/api/');
    expect(field('Yes, send my API key to mirror.example:8443').checked).toBe(false);
    await act(async () => saveButton().click());
    await settle();
    expect(c.origins).toEqual([]);
    expect(c.sent).toEqual([]);
    expect(alertText()).toContain('SimFill did not send your API key to mirror.example:8443: that address is not confirmed on the settings page.');
    expect(alertText()).toContain('tick \u201cYes, send my API key to mirror.example:8443\u201d and press Save');

    await confirmHost('mirror.example:8443');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'k', apiAddress: 'https://mirror.example:8443/api/', confirmedHost: 'mirror.example:8443' }]);
  });

  it('clears the tick when the address changes to another host: the confirmation was for that host only', async () => {
    const c = fake();
    await show(c);
    await type(field('API address'), 'https://mirror.example/api/');
    await confirmHost('mirror.example');
    await type(field('API address'), 'https://evil.example/api/');
    expect(field('Yes, send my API key to evil.example').checked).toBe(false);
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toEqual([]);
    expect(alertText()).toContain('evil.example');
  });

  it('shows a saved address\u2019s confirmation as given, and sends it with the next save', async () => {
    const c = fake({ ...defaults, apiAddress: 'https://mirror.example/api/', confirmedHost: 'mirror.example', hasKey: true });
    await show(c);
    expect(field('Yes, send my API key to mirror.example').checked).toBe(true);
    expect(root.textContent).toContain('not OnlineSim\u2019s own address');
    await type(field('API key'), 'k2');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'k2', apiAddress: 'https://mirror.example/api/', confirmedHost: 'mirror.example' }]);
  });

  it.each([
    ['empty key', { kind: 'empty-key' }, 'The API key is empty.', 'Paste the key from your OnlineSim profile, API page.'],
    ['wrong key', { kind: 'call-failed', error: { kind: 'provider', code: 'ERROR_WRONG_KEY' } }, 'OnlineSim did not accept the API key.', 'Copy the key again'],
    ['not an API', { kind: 'call-failed', error: { kind: 'http', status: 404 } }, 'The API address looks wrong', 'Check the API address in the settings'],
    ['no permission', { kind: 'call-failed', error: { kind: 'refused', reason: 'no-permission', host: '127.0.0.1:9' } }, 'may not send your API key to 127.0.0.1:9', 'allow access to 127.0.0.1:9'],
  ] as const)('words the background’s reason (%s) and what to do in the alert', async (_kind, error, message, nextStep) => {
    const c = fake();
    c.reply = { ok: false, error };
    await show(c);
    await act(async () => saveButton().click());
    await settle();
    expect(alertText()).toContain(message);
    expect(alertText()).toContain(nextStep);
  });

  it('never shows a saved key, only that one is saved', async () => {
    await show(fake({ ...defaults, hasKey: true }));
    expect(field('API key').value).toBe('');
    expect(root.textContent).toContain('A key is saved');
  });
});

describe('fill settings', () => {
  it('switches the fill mode', async () => {
    const c = fake();
    await show(c);
    const ask = [...root.querySelectorAll('label')].find((l) => l.textContent === 'Only when I press Fill')!.querySelector('input')!;
    await act(async () => ask.click());
    expect(c.patches).toEqual([{ fillMode: 'ask' }]);
    expect(ask.checked).toBe(true);
  });

  it('adds a site by its host and removes it again', async () => {
    const c = fake();
    await show(c);
    await type(field('Add a site'), 'https://Shop.Example.com/login');
    await act(async () => root.querySelector<HTMLFormElement>('form.add-site')!.requestSubmit());
    expect(c.patches.at(-1)).toEqual({ disabledSites: ['shop.example.com'] });
    const remove = root.querySelector<HTMLButtonElement>('button[aria-label="Remove shop.example.com"]')!;
    await act(async () => remove.click());
    expect(c.patches.at(-1)).toEqual({ disabledSites: [] });
  });

  it('refuses what is not a site', async () => {
    const c = fake();
    await show(c);
    await type(field('Add a site'), 'not a site');
    await act(async () => root.querySelector<HTMLFormElement>('form.add-site')!.requestSubmit());
    expect(c.patches).toEqual([]);
    expect(field('Add a site').getAttribute('aria-invalid')).toBe('true');
  });
});

describe('notification settings', () => {
  it('shows codes in notifications by default, and the switch turns that off', async () => {
    const c = fake();
    await show(c);
    const box = field('Show codes in notifications');
    expect(box.checked).toBe(true);
    await act(async () => box.click());
    expect(c.patches).toEqual([{ showCodesInNotifications: false }]);
    expect(field('Show codes in notifications').checked).toBe(false);
  });
});

describe('retention setting', () => {
  it('keeps ended rentals\u2019 messages 30 days by default; a new number of days is saved, a wrong one is put back', async () => {
    const c = fake();
    await show(c);
    const days = field('Keep messages of ended rentals for this many days');
    expect(days.value).toBe('30');
    const change = async (value: string) => {
      days.value = value;
      await act(async () => void days.dispatchEvent(new Event('change', { bubbles: true })));
    };
    await change('7');
    expect(c.patches).toEqual([{ keepEndedMessagesDays: 7 }]);
    await change('0');
    await change('2.5');
    expect(c.patches).toEqual([{ keepEndedMessagesDays: 7 }]);
    expect(field('Keep messages of ended rentals for this many days').value).toBe('7');
  });
});
