// Contract: every error code the provider is known to send gets plain words in all four UI languages,
// not the "The provider answered CODE" fallback. Codes: the team's API notes (collected from the docs
// and SDKs), plus NO_CLOSE_RENT_US and `guard_secs` from the onlinesim-mcp v0.1.17 release notes
// (https://github.com/on-org/onlinesim-mcp/releases: "cancel refusals carry guard_secs, NO_CLOSE_RENT_US
// is explained").
import { describe, expect, it } from 'vitest';
import { describeError, type ErrorLang } from '../../lib/onlinesim/errors.ts';
import { answer } from './support.ts';

const CODES = [
  'ERROR_WRONG_KEY', 'ERROR_NO_KEY', 'ACCOUNT_BLOCKED', 'API_ACCESS_DISABLED', 'API_ACCESS_IP', 'ACCOUNT_CLEANED',
  'USER_NOT_ACTIVATED', 'WARNING_LOW_BALANCE', 'NO_NUMBER', 'UNDEFINED_COUNTRY', 'NO_COUNTRY', 'UNDEFINED_DAYS',
  'ERROR_NO_TZID', 'ERROR_WRONG_TZID', 'NO_COMPLETE_TZID', 'LIFICYCLE_NUM_EXPIRED', 'NEED_EXTENSION_NUMBER',
  'ERROR_PARAMS', 'EXCEEDED_CONCURRENT_OPERATIONS', 'TRY_AGAIN_LATER', 'INTERVAL_CONCURRENT_REQUESTS_ERROR',
  'ERROR_UNDEFINED', 'REQUEST_NOT_FOUND', 'NO_CLOSE_RENT_US',
];
const LANGS: ErrorLang[] = ['en', 'ru', 'uk', 'kk'];

describe('error codes', () => {
  it.each(CODES)('%s has its own plain message in every language', (code) => {
    const fallback = describeError({ kind: 'provider', code: 'SOMETHING_NEW' }, 'en').message.replace('SOMETHING_NEW', code);
    for (const lang of LANGS) {
      const { message, nextStep } = describeError({ kind: 'provider', code }, lang);
      expect(message).not.toContain(code);
      expect(message.length).toBeGreaterThan(10);
      expect(nextStep.length).toBeGreaterThan(10);
      if (lang === 'en') expect(message).not.toBe(fallback);
      if (lang !== 'en') expect(message).not.toBe(describeError({ kind: 'provider', code }, 'en').message);
    }
  });

  it('a refused close with guard_secs says in how many minutes the number can be closed', async () => {
    // Shape from the release note above (the refusal's code plus `guard_secs`); the note prints no body.
    const { client } = answer('{"response":"NO_COMPLETE_TZID","guard_secs":540}');
    const result = await client.closeRentNum(10000);
    expect(result).toEqual({ ok: false, error: { kind: 'provider', code: 'NO_COMPLETE_TZID', guardSecs: 540 } });
    if (result.ok) return;
    expect(describeError(result.error, 'en').nextStep).toBe('You can close this number in 9 min.');
    expect(describeError(result.error, 'ru').nextStep).toBe('Закрыть этот номер можно будет через 9 мин.');
  });
});
