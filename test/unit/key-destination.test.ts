// Where the API key may go (docs/security.md, "The key sent to an address the user did not allow"):
// only to OnlineSim's own host or the one the user confirmed on the settings page, and whose permission
// the browser granted, both checked before every request; never over plain http to another computer;
// never after a redirect. Checked with an injected fetch that records every
// request it is asked to make — the e2e specs repeat it with a real server and real browsers.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../lib/background/commands.ts';
import { createEngine } from '../../lib/background/engine.ts';
import { createClient, type OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { describeError } from '../../lib/onlinesim/errors.ts';
import { sayIn } from '../../lib/i18n.ts';
import { loadApiKey, saveApiKey } from '../../lib/storage/api-key.ts';
import { settingsItem } from '../../lib/storage/settings.ts';
import { salvageSettings } from '../../lib/storage/schemas.ts';
import { commandSchema } from '../../lib/messages.ts';
import { testEngineDeps } from './support/engine.ts';

const KEY = 'k3y-SECRET-0123456789';

interface Seen {
  url: string;
  init: RequestInit | undefined;
}

/** A provider that answers every request with a balance, and remembers what it was asked. */
function recordingFetch() {
  const seen: Seen[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    seen.push({ url: String(input), init });
    return new Response(JSON.stringify({ response: 1, balance: '5.00', zbalance: 0, list: [] }), { headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  return { fetch, seen };
}

/** Every kind of call the client makes, so no path escapes the checks. */
async function everyCall(c: OnlineSimClient) {
  return [
    await c.getBalance(),
    await c.tariffsRent(),
    await c.getRentNum({ country: 7, days: 1, autoRenew: false }),
    await c.getRentState(),
    await c.extendRentState(1, 1),
    await c.closeRentNum(1),
    await c.portReload(1),
  ];
}

beforeEach(() => fakeBrowser.reset());

/** A client for `baseUrl`, its host confirmed and granted unless the test says otherwise. */
function clientFor(baseUrl: string, fetch: typeof globalThis.fetch, over: Partial<Parameters<typeof createClient>[0]> = {}) {
  return createClient({ baseUrl, apiKey: KEY, lang: 'en', fetch, confirmedHost: new URL(baseUrl).host, hostGranted: async () => true, ...over });
}

describe('the client sends the key only to a host the user confirmed', () => {
  it('sends nothing to a host the user did not confirm, though the browser grants it (as Firefox grants every host)', async () => {
    const { fetch, seen } = recordingFetch();
    const results = await everyCall(clientFor('https://mirror.example:8443/api/', fetch, { confirmedHost: null }));
    expect(seen).toEqual([]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual(
      Array(7).fill({ kind: 'refused', reason: 'not-confirmed', host: 'mirror.example:8443' }),
    );
  });

  it.each([
    ['another host', 'https://mirror.example/api/', 'evil.example'],
    ['the same name on another port', 'https://mirror.example:8443/api/', 'mirror.example'],
    ['a subdomain of it', 'https://api.mirror.example/api/', 'mirror.example'],
    ['OnlineSim itself, for a custom host', 'https://mirror.example/api/', 'onlinesim.io'],
  ])('does not take a confirmation of %s', async (_case, baseUrl, confirmedHost) => {
    const { fetch, seen } = recordingFetch();
    const result = await clientFor(baseUrl, fetch, { confirmedHost }).getBalance();
    expect(result.ok ? null : result.error).toMatchObject({ kind: 'refused', reason: 'not-confirmed' });
    expect(seen).toEqual([]);
  });

  it('needs no confirmation for OnlineSim\u2019s own host', async () => {
    const { fetch, seen } = recordingFetch();
    await everyCall(clientFor('https://onlinesim.io/api/', fetch, { confirmedHost: null }));
    expect(seen.map((s) => new URL(s.url).host)).toEqual(Array(7).fill('onlinesim.io'));
  });

  it('sends to the local stand-in over loopback http only once confirmed, like any other host', async () => {
    const unconfirmed = recordingFetch();
    expect(await clientFor('http://127.0.0.1:8080/api/', unconfirmed.fetch, { confirmedHost: null }).getBalance()).toEqual({
      ok: false,
      error: { kind: 'refused', reason: 'not-confirmed', host: '127.0.0.1:8080' },
    });
    expect(unconfirmed.seen).toEqual([]);
    const confirmed = recordingFetch();
    expect((await clientFor('http://127.0.0.1:8080/api/', confirmed.fetch).getBalance()).ok).toBe(true);
    expect(confirmed.seen).toHaveLength(1);
  });

  it('says in every language that the host was not confirmed, and what to do', () => {
    const refusal = { kind: 'refused', reason: 'not-confirmed', host: 'mirror.example' } as const;
    const texts = (['en', 'ru', 'uk', 'kk'] as const).map((lang) => describeError(refusal, sayIn(lang)));
    for (const { message, nextStep } of texts) {
      expect(message).toContain('mirror.example');
      expect(nextStep).toContain('mirror.example');
    }
    expect(new Set(texts.map((t) => t.message)).size).toBe(4); // translated, not English four times
    expect(texts[0]!.nextStep).toBe('Open the settings, check the API address, tick \u201cYes, send my API key to mirror.example\u201d and press Save.');
  });
});

describe('the client sends the key only where the browser allows it', () => {
  it('sends nothing to a confirmed host whose permission is not granted, and says which host', async () => {
    const { fetch, seen } = recordingFetch();
    const asked: string[] = [];
    const results = await everyCall(clientFor('https://mirror.example:8443/api/', fetch, { hostGranted: async (p) => (asked.push(p), false) }));
    expect(seen).toEqual([]);
    expect(results.map((r) => (r.ok ? 'ok' : r.error))).toEqual(
      Array(7).fill({ kind: 'refused', reason: 'no-permission', host: 'mirror.example:8443' }),
    );
    // Match patterns have no port: the permission asked for is the host's.
    expect(new Set(asked)).toEqual(new Set(['https://mirror.example/*']));
  });

  it('asks before every request: a permission withdrawn between two calls stops the second', async () => {
    const { fetch, seen } = recordingFetch();
    let granted = true;
    let asked = 0;
    const c = clientFor('https://mirror.example/api/', fetch, { hostGranted: async () => (asked++, granted) });
    expect((await c.getBalance()).ok).toBe(true);
    granted = false;
    expect(await c.getRentState()).toEqual({ ok: false, error: { kind: 'refused', reason: 'no-permission', host: 'mirror.example' } });
    expect(seen).toHaveLength(1);
    expect(asked).toBe(2);
  });

  it('treats a permission check that fails as not granted', async () => {
    const { fetch, seen } = recordingFetch();
    const c = clientFor('https://mirror.example/api/', fetch, { hostGranted: () => Promise.reject(new Error('no API')) });
    expect((await c.getBalance()).ok).toBe(false);
    expect(seen).toEqual([]);
  });

  it.each(['http://onlinesim.io/api/', 'http://192.168.1.10:8080/api/', 'http://10.0.0.1/api/', 'http://127.0.0.1.evil.example/api/'])(
    'never sends the key over plain http to another computer (%s), even confirmed and granted',
    async (baseUrl) => {
      const { fetch, seen } = recordingFetch();
      const results = await everyCall(clientFor(baseUrl, fetch));
      expect(seen).toEqual([]);
      for (const r of results) expect(r.ok ? null : r.error).toMatchObject({ kind: 'refused', reason: 'not-https' });
    },
  );

  it.each(['http://127.0.0.1:8080/api/', 'http://localhost:8080/api/', 'http://[::1]:8080/api/', 'https://onlinesim.io/api/'])(
    'sends to %s once confirmed and granted, never following a redirect',
    async (baseUrl) => {
      const { fetch, seen } = recordingFetch();
      await everyCall(clientFor(baseUrl, fetch));
      expect(seen).toHaveLength(7);
      for (const { init } of seen) {
        expect(init?.redirect).toBe('error');
        expect(new Headers(init?.headers).get('Authorization')).toBe(`Bearer ${KEY}`);
      }
    },
  );
});

describe('saving settings', () => {
  const deps = (hostGranted: (p: string) => Promise<boolean>, fetch: typeof globalThis.fetch) => {
    // The poll that follows a save finds no saved client here: only the save's own request is made.
    const engine = createEngine(testEngineDeps({} as OnlineSimClient, undefined, { loadClient: async () => null }).deps);
    return { engine, lang: 'en' as const, hostGranted, fetch, saveApiKey };
  };
  const save = (apiAddress: string, confirmedHost: string | null, d: ReturnType<typeof deps>) =>
    handleCommand({ type: 'save-settings', apiKey: KEY, apiAddress, confirmedHost }, d);

  it.each([
    ['no confirmation', null],
    ['the confirmation of another host', 'evil.example'],
  ])('with %s, though the browser grants the host: nothing is sent, nothing is saved, the reply names the host', async (_case, confirmedHost) => {
    const { fetch, seen } = recordingFetch();
    const reply = await save('https://mirror.example/api/', confirmedHost, deps(async () => true, fetch));
    expect(seen).toEqual([]);
    expect(reply).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'refused', reason: 'not-confirmed', host: 'mirror.example' } } });
    expect(await loadApiKey()).toBeNull();
    expect(await settingsItem.getValue()).toMatchObject({ apiAddress: 'https://onlinesim.io/api/', confirmedHost: null });
  });

  it('with a confirmed host the browser did not allow: nothing is sent, nothing is saved, and the reply names the host', async () => {
    const { fetch, seen } = recordingFetch();
    const reply = await save('https://mirror.example/api/', 'mirror.example', deps(async () => false, fetch));
    expect(seen).toEqual([]);
    expect(reply).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'refused', reason: 'no-permission', host: 'mirror.example' } } });
    expect(await loadApiKey()).toBeNull();
    expect((await settingsItem.getValue()).apiAddress).toBe('https://onlinesim.io/api/');
  });

  it('with plain http to another computer: refused before any request, with the reason, even confirmed', async () => {
    const { fetch, seen } = recordingFetch();
    const reply = await save('http://mirror.example/api/', 'mirror.example', deps(async () => true, fetch));
    expect(seen).toEqual([]);
    expect(reply).toEqual({ ok: false, error: { kind: 'call-failed', error: { kind: 'refused', reason: 'not-https', host: 'mirror.example' } } });
    expect(await loadApiKey()).toBeNull();
  });

  it('with a confirmed, granted host: checks the key there, then stores key, address and confirmation together', async () => {
    const { fetch, seen } = recordingFetch();
    const reply = await save('https://mirror.example/api', 'mirror.example', deps(async () => true, fetch));
    expect(reply.ok).toBe(true);
    expect(seen.map((s) => new URL(s.url).host)).toEqual(['mirror.example']);
    expect(await loadApiKey()).toBe(KEY);
    expect(await settingsItem.getValue()).toMatchObject({ apiAddress: 'https://mirror.example/api/', confirmedHost: 'mirror.example', hasKey: true });
  });

  it('clears the confirmation when the address changes, so the old host gets nothing more', async () => {
    const { fetch, seen } = recordingFetch();
    await save('https://mirror.example/api/', 'mirror.example', deps(async () => true, fetch));
    await save('https://onlinesim.io/api/', 'mirror.example', deps(async () => true, fetch)); // a stale tick sent along
    expect(await settingsItem.getValue()).toMatchObject({ apiAddress: 'https://onlinesim.io/api/', confirmedHost: null });
    await save('https://other.example/api/', 'other.example', deps(async () => true, fetch));
    expect(await settingsItem.getValue()).toMatchObject({ apiAddress: 'https://other.example/api/', confirmedHost: 'other.example' });
    // The background builds its client from what is stored: pointed back at the old host without a new
    // confirmation, it sends nothing there.
    const stored = await settingsItem.getValue();
    seen.length = 0;
    const back = await clientFor('https://mirror.example/api/', fetch, { confirmedHost: stored.confirmedHost }).getRentState();
    expect(back.ok ? null : back.error).toMatchObject({ reason: 'not-confirmed' });
    expect(seen).toEqual([]);
  });
});

describe('who writes the confirmation', () => {
  it('no settings change but save-settings can set the address or the confirmation', () => {
    for (const patch of [{ confirmedHost: 'evil.example' }, { apiAddress: 'https://evil.example/api/' }]) {
      expect(commandSchema.safeParse({ type: 'update-settings', ...patch }).success).toBe(false);
    }
  });

  it('keeps a stored confirmation only for the stored address\u2019s own host', () => {
    const base = { hasKey: true, fillMode: 'auto', disabledSites: [], showCodesInNotifications: true, keepEndedMessagesDays: 30 };
    expect(salvageSettings({ ...base, apiAddress: 'https://mirror.example/api/', confirmedHost: 'mirror.example' }).confirmedHost).toBe('mirror.example');
    expect(salvageSettings({ ...base, apiAddress: 'https://mirror.example/api/', confirmedHost: 'evil.example' }).confirmedHost).toBeNull();
    expect(salvageSettings({ ...base, apiAddress: 'not an address', confirmedHost: 'evil.example' })).toMatchObject({ apiAddress: 'https://onlinesim.io/api/', confirmedHost: null });
  });
});
