import { describe, expect, it } from 'vitest';
import { describeError, errorCategory, isTransient, stopsPolling, type ProviderError } from '../../lib/onlinesim/errors.ts';
import { sayIn, TABLES } from '../../lib/i18n.ts';
import { createClient } from '../../lib/onlinesim/client.ts';
import { CODE_OF_STATUS, meaningOf, PROVIDER_CODES } from '../../lib/onlinesim/error-codes.ts';

const provider = (code: string): ProviderError => ({ kind: 'provider', code });

// Every error code the provider's documentation lists (docs/provider-api.md, "Error codes", says where it
// was read) with the category it must land in.
const DOC_CODES: [string, ReturnType<typeof errorCategory>][] = [
  ['ERROR_WRONG_KEY', 'auth'],
  ['ERROR_NO_KEY', 'auth'],
  ['ACCOUNT_BLOCKED', 'account'],
  ['API_ACCESS_DISABLED', 'account'],
  ['API_ACCESS_IP', 'account'],
  ['ACCOUNT_CLEANED', 'account'],
  ['USER_NOT_ACTIVATED', 'account'],
  ['WARNING_LOW_BALANCE', 'funds'],
  ['NO_NUMBER', 'stock'],
  ['UNDEFINED_COUNTRY', 'input'],
  ['NO_COUNTRY', 'input'],
  ['UNDEFINED_DAYS', 'input'],
  ['ERROR_NO_TZID', 'rental-gone'],
  ['ERROR_WRONG_TZID', 'rental-gone'],
  ['NO_COMPLETE_TZID', 'input'],
  ['LIFICYCLE_NUM_EXPIRED', 'rental-gone'],
  ['NEED_EXTENSION_NUMBER', 'input'],
  ['ERROR_PARAMS', 'input'],
  ['EXCEEDED_CONCURRENT_OPERATIONS', 'input'],
  ['TRY_AGAIN_LATER', 'transient'],
  ['INTERVAL_CONCURRENT_REQUESTS_ERROR', 'transient'],
  ['ERROR_UNDEFINED', 'transient'],
  ['REQUEST_NOT_FOUND', 'input'],
];

const OTHER_KINDS: ProviderError[] = [
  { kind: 'http', status: 500 },
  { kind: 'http', status: 503 },
  { kind: 'http', status: 404 },
  { kind: 'http', status: 418 },
  { kind: 'rate-limited', retryAfterMs: null },
  { kind: 'rate-limited', retryAfterMs: 5000 },
  { kind: 'bad-response', detail: 'truncated or malformed JSON' },
  { kind: 'timeout' },
  { kind: 'offline' },
];

describe('categories', () => {
  it.each(DOC_CODES)('puts %s in %s', (code, category) => {
    expect(errorCategory(provider(code))).toBe(category);
  });

  it('treats new API_ACCESS_* variants as account problems and other unknown codes as unknown', () => {
    expect(errorCategory(provider('API_ACCESS_COUNTRY'))).toBe('account');
    expect(errorCategory(provider('SOME_CODE'))).toBe('unknown');
  });

  it('treats transport trouble as transient and HTTP 456 (which the client reads as its code) as a key problem', () => {
    expect(errorCategory({ kind: 'http', status: 502 })).toBe('transient');
    expect(errorCategory(provider(CODE_OF_STATUS[456]!))).toBe('auth');
    for (const e of [{ kind: 'timeout' }, { kind: 'offline' }, { kind: 'bad-response', detail: 'x' }, { kind: 'rate-limited', retryAfterMs: null }] as const) {
      expect(isTransient(e)).toBe(true);
    }
    expect(isTransient(provider('WARNING_LOW_BALANCE'))).toBe(false);
    expect(isTransient({ kind: 'http', status: 404 })).toBe(false);
  });

  it('stops polling for key and account problems only', () => {
    const stopping = DOC_CODES.filter(([code]) => stopsPolling(provider(code))).map(([code]) => code);
    expect(stopping).toEqual(['ERROR_WRONG_KEY', 'ERROR_NO_KEY', 'ACCOUNT_BLOCKED', 'API_ACCESS_DISABLED', 'API_ACCESS_IP', 'ACCOUNT_CLEANED', 'USER_NOT_ACTIVATED']);
    expect(OTHER_KINDS.some(stopsPolling)).toBe(false);
  });
});

describe('describeError', () => {
  const everything = [...DOC_CODES.map(([code]) => provider(code)), ...OTHER_KINDS];

  it.each(['en', 'ru', 'uk', 'kk'] as const)('gives a message and a next step for every error in %s', (lang) => {
    for (const e of everything) {
      const { message, nextStep } = describeError(e, sayIn(lang));
      expect(message.length, JSON.stringify(e)).toBeGreaterThan(5);
      expect(nextStep.length, JSON.stringify(e)).toBeGreaterThan(5);
      expect(`${message} ${nextStep}`).not.toMatch(/\{(code|status|seconds)\}/);
    }
  });

  it('speaks Russian and Ukrainian, not English, for every documented code', () => {
    for (const e of everything) {
      const en = describeError(e, sayIn('en')).message;
      expect(describeError(e, sayIn('ru')).message).not.toBe(en);
      expect(describeError(e, sayIn('ru')).message).toMatch(/[а-яё]/i);
      expect(describeError(e, sayIn('uk')).message).toMatch(/[а-яіїєґ]/i);
    }
  });

  it('gives distinct words for distinct situations', () => {
    const messages = new Set(['ERROR_WRONG_KEY', 'ACCOUNT_BLOCKED', 'WARNING_LOW_BALANCE', 'NO_NUMBER', 'LIFICYCLE_NUM_EXPIRED', 'REQUEST_NOT_FOUND'].map((c) => describeError(provider(c), sayIn('en')).message));
    expect(messages.size).toBe(6);
  });

  it('speaks Kazakh too, and falls back to English for a language it does not have', () => {
    for (const e of everything) expect(describeError(e, sayIn('kk')).message).toMatch(/[әғқңөұүһі]|[а-я]/i);
    expect(describeError(provider('WARNING_LOW_BALANCE'), sayIn('kk')).message).toMatch(/[әғқңөұүһі]/);
    const foreign = 'de' as unknown as 'en';
    expect(describeError(provider('WARNING_LOW_BALANCE'), sayIn(foreign))).toEqual(describeError(provider('WARNING_LOW_BALANCE'), sayIn('en')));
  });

  it('shows unknown codes verbatim', () => {
    expect(describeError(provider('SOME_CODE'), sayIn('en')).message).toBe('The provider answered SOME_CODE.');
    expect(describeError(provider('SOME_CODE'), sayIn('ru')).message).toContain('SOME_CODE');
  });

  it('says the API address looks wrong for REQUEST_NOT_FOUND and for HTTP 404', () => {
    expect(describeError(provider('REQUEST_NOT_FOUND'), sayIn('en')).message).toMatch(/API address looks wrong/);
    expect(describeError({ kind: 'http', status: 404 }, sayIn('en')).message).toMatch(/API address looks wrong/);
    expect(describeError(provider('REQUEST_NOT_FOUND'), sayIn('ru')).message).toMatch(/адрес API/);
  });

  it('tells how long the wait is when the server said so', () => {
    expect(describeError({ kind: 'rate-limited', retryAfterMs: 4500 }, sayIn('en')).nextStep).toContain('5 s');
    expect(describeError({ kind: 'http', status: 503 }, sayIn('en')).message).toContain('503');
  });

  it('does not pass control characters or a huge body through as a code', () => {
    const { message } = describeError(provider(`BAD\n${'X'.repeat(500)}`), sayIn('en'));
    expect(message).not.toContain('\n');
    expect(message.length).toBeLessThan(150);
  });

  it('never shows the bad-response detail (it is for logs)', () => {
    const { message, nextStep } = describeError({ kind: 'bad-response', detail: 'secret-looking detail' }, sayIn('en'));
    expect(`${message}${nextStep}`).not.toContain('secret-looking');
  });
});

describe('the table of provider codes', () => {
  const LANGS = ['en', 'ru', 'uk', 'kk'] as const;
  const meanings = [...Object.values(PROVIDER_CODES), meaningOf('API_ACCESS_SOMETHING_NEW'), meaningOf('SOMETHING_NEW')];

  it('names, for every code, a message and a next step that exist in all four languages', () => {
    for (const { text } of meanings) {
      for (const lang of LANGS) {
        expect(TABLES[lang][text]?.message, `${lang} ${text}`).toBeTruthy();
        expect(TABLES[lang][`${text}Next`]?.message, `${lang} ${text}Next`).toBeTruthy();
      }
    }
  });

  it('is what the client reads: every rate-limit code comes back as rate-limited, with the Retry-After wait', async () => {
    const limited = Object.entries(PROVIDER_CODES).filter(([, m]) => 'rateLimit' in m).map(([code]) => code);
    expect(limited).toEqual(['TRY_AGAIN_LATER', 'INTERVAL_CONCURRENT_REQUESTS_ERROR']);
    for (const code of limited) {
      const fetch = async () => new Response(JSON.stringify({ response: code }), { status: 200, headers: { 'Retry-After': '7' } });
      const client = createClient({ baseUrl: 'https://onlinesim.io/api/', apiKey: 'k', lang: 'en', confirmedHost: 'onlinesim.io', hostGranted: async () => true, fetch, now: () => 0 });
      expect(await client.getBalance()).toEqual({ ok: false, error: { kind: 'rate-limited', retryAfterMs: 7000 } });
    }
  });
});
