// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { OptionsApp } from '../../entrypoints/options/OptionsApp.tsx';
import type { Connector, UiSettingsPatch } from '../../lib/connector.ts';
import type { Command, CommandReply } from '../../lib/messages.ts';
import type { Settings } from '../../lib/settings.ts';

const defaults: Settings = { apiAddress: 'https://onlinesim.io/api/', hasKey: false, fillMode: 'auto', disabledSites: [] };

interface Fake extends Connector {
  sent: Command[];
  reply: CommandReply;
  granted: boolean;
  origins: string[];
  patches: UiSettingsPatch[];
}

function fake(settings: Settings = defaults): Fake {
  let current = settings;
  let listener: ((s: Settings) => void) | null = null;
  const c: Fake = {
    sent: [],
    reply: { ok: true, value: { balance: { balance: '230.25', frozen: '120.5' } } },
    granted: true,
    origins: [],
    patches: [],
    async send(cmd) {
      c.sent.push(cmd);
      return c.reply;
    },
    rentals: async () => ({ active: [], ended: [] }),
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
    requestOrigin(origin) {
      c.origins.push(origin);
      return Promise.resolve(c.granted);
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

describe('settings form', () => {
  it('has the fields the e2e tests look for, the key as a password, the default address filled in', async () => {
    await show(fake());
    expect(field('API key').type).toBe('password');
    expect(field('API address').value).toBe('https://onlinesim.io/api/');
    expect(saveButton().type).toBe('submit');
  });

  it('saves and reports the balance, without asking for a permission for the default address', async () => {
    const c = fake();
    await show(c);
    await type(field('API key'), ' secret-key ');
    await act(async () => saveButton().click());
    await settle();
    expect(c.origins).toEqual([]);
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'secret-key', apiAddress: 'https://onlinesim.io/api/' }]);
    expect(alertText()).toBe('Saved. Balance: 230.25 units');
  });

  it('asks for another address\u2019s host permission synchronously in the click, before anything is awaited', async () => {
    const c = fake();
    await show(c);
    await type(field('API key'), 'k');
    await type(field('API address'), 'http://127.0.0.1:8080/api/');
    saveButton().click();
    // Nothing has been awaited yet: the request must already have happened inside the gesture.
    expect(c.origins).toEqual(['http://127.0.0.1:8080']);
    await settle();
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'k', apiAddress: 'http://127.0.0.1:8080/api/' }]);
  });

  it('says the host permission was refused when the host could not be reached without it', async () => {
    const c = fake();
    c.granted = false;
    c.reply = { ok: false, message: 'Could not reach mirror.example.', nextStep: 'Check the address.', code: null, unreachable: true };
    await show(c);
    await type(field('API address'), 'https://mirror.example/api/');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toHaveLength(1);
    expect(alertText()).toContain('not allowed to connect to https://mirror.example');
  });

  it('tries once more after the user allows a host that could not be reached before', async () => {
    const c = fake();
    c.reply = { ok: false, message: 'Could not reach mirror.example.', nextStep: 'Check the address.', code: null, unreachable: true };
    await show(c);
    await type(field('API address'), 'https://mirror.example/api/');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toHaveLength(2);
  });

  it('does not wait for the permission answer when the host answers anyway', async () => {
    const c = fake();
    c.granted = false;
    c.reply = { ok: false, message: 'OnlineSim did not accept this API key.', nextStep: 'Check it.', code: 'ERROR_WRONG_KEY' };
    await show(c);
    await type(field('API address'), 'http://127.0.0.1:8765/api/');
    await act(async () => saveButton().click());
    await settle();
    expect(c.sent).toHaveLength(1);
    expect(alertText()).toContain('did not accept');
  });

  it.each([
    ['empty key', 'Enter your API key.', 'Copy it from your OnlineSim profile.'],
    ['wrong key', 'OnlineSim did not accept this API key.', 'Check it on the API page of your profile.'],
    ['not an API', 'This address does not answer like the OnlineSim API.', 'Use https://onlinesim.io/api/.'],
    ['unreachable', 'Could not reach 127.0.0.1:9.', 'Check the address and your connection.'],
  ])('shows the background\u2019s reason (%s) and what to do in the alert', async (_kind, message, nextStep) => {
    const c = fake();
    c.reply = { ok: false, message, nextStep, code: null };
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
