// A real client (lib/onlinesim) on an injected fetch: the contract tests hand it bodies exactly as
// others published them and look at what SimFill makes of them, and at what it sent.
import { createClient } from '../../lib/onlinesim/client.ts';

export const KEY = 'contract-KEY-0123456789';
export const BASE = 'https://onlinesim.io/api/';
export const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);
export const MIN = 60_000;

export interface Sent {
  method: string;
  url: URL;
  headers: Headers;
}

/** Answers each request with the next `[status, body text]`; records method, URL and headers. */
export function published(...answers: [status: number, body: string][]) {
  const sent: Sent[] = [];
  const fetch = (async (input: string | URL | Request, init?: RequestInit) => {
    sent.push({ method: init?.method ?? 'GET', url: new URL(String(input)), headers: new Headers(init?.headers) });
    const next = answers.shift();
    if (!next) throw new Error('the test gave no answer for this request');
    return new Response(next[1], { status: next[0], headers: { 'Content-Type': 'application/json' } });
  }) as typeof globalThis.fetch;
  const client = createClient({ baseUrl: BASE, apiKey: KEY, lang: 'en', confirmedHost: null, hostGranted: async () => true, fetch, now: () => NOW });
  return { client, sent };
}

/** One published body, answered with HTTP 200. */
export const answer = (body: string) => published([200, body]);
