// Where the API key may go (docs/security.md, "The key sent to an address the user did not allow"):
// only to a host whose permission the user granted, asked before every request; never over plain http
// to another computer; never after a redirect. Checked with an injected fetch that records every
// request it is asked to make — the e2e specs repeat it with a real server and real browsers.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, it } from 'vitest';
import { handleCommand } from '../../lib/background/commands.ts';
import { createEngine } from '../../lib/background/engine.ts';
import { createClient, type OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { loadApiKey, saveApiKey } from '../../lib/storage/api-key.ts';
import { settingsItem } from '../../lib/storage/settings.ts';
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

describe('the client sends the key only where the user allowed it', () => {
  it('sends nothing to a host whose permission is not granted, and says which host', async () => {
    const { fetch, seen } = recordingFetch();
    const asked: string[] = [];
    const c = createClient({
      baseUrl: 'https://mirror.example:8443/api/',
      apiKey: KEY,
      lang: 'en',
      fetch,
      hostGranted: async (p) => (asked.push(p), false),
    });
    const results = await everyCall(c);
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
    const c = createClient({ baseUrl: 'https://mirror.example/api/', apiKey: KEY, lang: 'en', fetch, hostGranted: async () => (asked++, granted) });
    expect((await c.getBalance()).ok).toBe(true);
    granted = false;
    expect(await c.getRentState()).toEqual({ ok: false, error: { kind: 'refused', reason: 'no-permission', host: 'mirror.example' } });
    expect(seen).toHaveLength(1);
    expect(asked).toBe(2);
  });

  it('treats a permission check that fails as not granted', async () => {
    const { fetch, seen } = recordingFetch();
    const c = createClient({ baseUrl: 'https://mirror.example/api/', apiKey: KEY, lang: 'en', fetch, hostGranted: () => Promise.reject(new Error('no API')) });
    expect((await c.getBalance()).ok).toBe(false);
    expect(seen).toEqual([]);
  });

  it.each(['http://onlinesim.io/api/', 'http://192.168.1.10:8080/api/', 'http://10.0.0.1/api/', 'http://127.0.0.1.evil.example/api/'])(
    'never sends the key over plain http to another computer (%s), even with the permission granted',
    async (baseUrl) => {
      const { fetch, seen } = recordingFetch();
      const c = createClient({ baseUrl, apiKey: KEY, lang: 'en', fetch, hostGranted: async () => true });
      const results = await everyCall(c);
      expect(seen).toEqual([]);
      for (const r of results) expect(r.ok ? null : r.error.kind).toBe('refused');
    },
  );

  it.each(['http://127.0.0.1:8080/api/', 'http://localhost:8080/api/', 'http://[::1]:8080/api/', 'https://onlinesim.io/api/'])(
    'sends to %s once granted, never following a redirect',
    async (baseUrl) => {
      const { fetch, seen } = recordingFetch();
      const c = createClient({ baseUrl, apiKey: KEY, lang: 'en', fetch, hostGranted: async () => true });
      await everyCall(c);
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

  it('with a host the user did not allow: nothing is sent, nothing is saved, and the reply names the host', async () => {
    const { fetch, seen } = recordingFetch();
    const reply = await handleCommand({ type: 'save-settings', apiKey: KEY, apiAddress: 'https://mirror.example/api/' }, deps(async () => false, fetch));
    expect(seen).toEqual([]);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.message).toContain('mirror.example');
    expect(await loadApiKey()).toBeNull();
    expect((await settingsItem.getValue()).apiAddress).toBe('https://onlinesim.io/api/');
  });

  it('with plain http to another computer: refused before any request, with the reason', async () => {
    const { fetch, seen } = recordingFetch();
    const reply = await handleCommand({ type: 'save-settings', apiKey: KEY, apiAddress: 'http://mirror.example/api/' }, deps(async () => true, fetch));
    expect(seen).toEqual([]);
    expect(reply.ok ? '' : reply.message).toMatch(/only over https/);
    expect(await loadApiKey()).toBeNull();
  });

  it('with a granted host: checks the key there, then stores key and address together', async () => {
    const { fetch, seen } = recordingFetch();
    const reply = await handleCommand({ type: 'save-settings', apiKey: KEY, apiAddress: 'https://mirror.example/api' }, deps(async () => true, fetch));
    expect(reply.ok).toBe(true);
    expect(seen.map((s) => new URL(s.url).host)).toEqual(['mirror.example']);
    expect(await loadApiKey()).toBe(KEY);
    expect(await settingsItem.getValue()).toMatchObject({ apiAddress: 'https://mirror.example/api/', hasKey: true });
  });
});
