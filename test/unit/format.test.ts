import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countryName, formatCountdown, formatDays, formatEndTime, formatMessageTime, intlLocale, nextCountdownChange, nextDayStart, nextMinute,
  phoneNational, formatPhone, phoneForCopy, siteHost,
} from '../../lib/format.ts';
import { availableBalance, cannotAfford, formatMoney } from '../../lib/money.ts';

describe('formatPhone', () => {
  it.each([
    [7, '9313358547', '+7 931 335-85-47'],
    // The provider's 77 is Kazakhstan, which dials +7.
    [77, '7012345678', '+7 701 234-56-78'],
    [380, '931234567', '+380 93 123 4567'],
    [44, '7911123456', '+44 7911 123456'],
    [1, '4155550100', '+1 415 555 0100'],
  ])('country %i, %s → %s', (country, number, shown) => {
    expect(formatPhone(country, number)).toBe(shown);
  });

  it('shows unknown countries and unexpected lengths as they came', () => {
    expect(formatPhone(999, '12345')).toBe('+999 12345');
    expect(formatPhone(7, '93133585')).toBe('+7 93133585');
  });

  it('keeps leading zeros', () => {
    expect(formatPhone(44, '0123456789')).toBe('+44 0123 456789');
  });

  it('copies the full number without spaces, dialling +7 for Kazakhstan', () => {
    expect(phoneForCopy(77, '7012345678')).toBe('+77012345678');
    expect(phoneForCopy(380, '931234567')).toBe('+380931234567');
  });
});

describe('formatCountdown', () => {
  const second = 1000;
  const minute = 60 * second;
  const hour = 60 * minute;
  const day = 24 * hour;

  it('shows days, hours and minutes for long rentals', () => {
    const text = formatCountdown(2 * day + 3 * hour + 5 * minute + 30 * second, 'en')!;
    expect(text).toMatch(/2\D+3\D+5\D/);
    expect(text).not.toMatch(/30/);
  });

  it('drops days when less than one is left', () => {
    const text = formatCountdown(3 * hour + 5 * minute, 'en')!;
    expect(text).toMatch(/^3\D+5\D/);
  });

  it('shows seconds in the last hour', () => {
    expect(formatCountdown(19 * minute + 7 * second, 'en')).toMatch(/19\D+7\D/);
    expect(formatCountdown(42 * second, 'en')).toMatch(/^42\D/);
  });

  it('is null once time is up', () => {
    expect(formatCountdown(0, 'en')).toBeNull();
    expect(formatCountdown(-5000, 'en')).toBeNull();
  });

  it('speaks the UI language', () => {
    expect(formatCountdown(2 * day + hour, 'ru')).toMatch(/д/);
  });
});

describe('formatMoney', () => {
  it('groups, keeps up to two decimals, and names the balance units (the provider states no currency)', () => {
    expect(formatMoney('1234.5', 'en')).toBe('1,234.5 units');
    expect(formatMoney('230.25', 'en')).toBe('230.25 units');
    expect(formatMoney(30, 'en')).toBe('30 units');
  });

  it('uses the locale separators and unit words', () => {
    expect(formatMoney('1234.5', 'ru')).toBe('1\u00a0234,5 ед.');
    expect(formatMoney('1234.5', 'uk')).toBe('1\u00a0234,5 од.');
    expect(formatMoney('1234.5', 'kk')).toMatch(/^1\s234,5 бірл\.$/);
  });

  it('shows a value that is not a number as it came', () => {
    expect(formatMoney('n/a', 'en')).toBe('n/a');
    expect(formatMoney('', 'en')).toBe('');
  });
});

describe('available balance', () => {
  it('is the balance minus the frozen part, in cents', () => {
    expect(availableBalance({ balance: '230.25', frozen: '120.1' })).toBe(110.15);
    expect(availableBalance({ balance: '500', frozen: '0' })).toBe(500);
    expect(availableBalance({ balance: 'n/a', frozen: '0' })).toBeNull();
  });

  it('judges a price against what can be spent, not against the whole balance', () => {
    expect(cannotAfford({ balance: '300', frozen: '150' }, '210')).toBe(true);
    expect(cannotAfford({ balance: '300', frozen: '0' }, '210')).toBe(false);
    expect(cannotAfford(null, '210')).toBe(false);
  });
});

describe('copying the number', () => {
  it('also gives the number without the country code', () => {
    expect(phoneNational('9313358547')).toBe('9313358547');
    expect(phoneForCopy(77, '7012345678')).toBe('+77012345678');
  });
});

describe('Kazakh when the browser has no Kazakh data', () => {
  it('formats in Russian rather than falling back to the root locale', () => {
    const none = () => [];
    expect(intlLocale('kk', { supportedLocalesOf: none })).toBe('ru');
    expect(intlLocale('kk', { supportedLocalesOf: (l: string | string[]) => [l].flat() })).toBe('kk');
    expect(intlLocale('en', { supportedLocalesOf: none })).toBe('en');
  });

  it('names a country from the provider when the runtime answers with the bare region code', () => {
    class CodesOnly {
      of(region: string) {
        return region;
      }
    }
    const real = Intl.DisplayNames;
    try {
      (Intl as { DisplayNames: unknown }).DisplayNames = Object.assign(CodesOnly, { supportedLocalesOf: () => [] });
      expect(countryName(44, 'kk', 'Великобритания')).toBe('Великобритания');
    } finally {
      (Intl as { DisplayNames: unknown }).DisplayNames = real;
    }
  });

  it('shows an end time as a clock time today, and with the date otherwise', () => {
    const now = Date.UTC(2026, 10, 30, 9, 0);
    expect(formatEndTime(now + 3_600_000, now, 'en')).toBe(new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(now + 3_600_000));
    expect(formatEndTime(now + 3 * 86_400_000, now, 'en')).toMatch(/^Dec 3, /);
  });
});

describe('country names and days', () => {
  it('names countries in the UI language and falls back to the tariff name', () => {
    expect(countryName(77, 'en', 'Казахстан')).toBe('Kazakhstan');
    expect(countryName(7, 'ru', 'Russia')).toBe('Россия');
    expect(countryName(380, 'uk', 'Ukraine')).toBe('Україна');
    expect(countryName(999, 'en', 'Atlantis')).toBe('Atlantis');
  });

  it('says days with plural forms', () => {
    expect(formatDays(1, 'en')).toBe('1 day');
    expect(formatDays(7, 'en')).toBe('7 days');
    expect(formatDays(5, 'ru')).toBe('5 дней');
  });
});

describe('siteHost', () => {
  it('reduces an address or a host to the host', () => {
    expect(siteHost('https://Example.com/login')).toBe('example.com');
    expect(siteHost(' shop.example.org ')).toBe('shop.example.org');
  });

  it('rejects what is not a host', () => {
    expect(siteHost('')).toBeNull();
    expect(siteHost('not a site')).toBeNull();
  });
});

// The popup redraws a running time only at these moments (components/clock.ts): each must be the
// exact moment the text changes, neither later (a stale countdown) nor earlier (wasted renders).
describe('when a shown time next changes', () => {
  const NOW = Date.UTC(2026, 11, 1, 13, 0, 0);
  const moments = fc.integer({ min: NOW, max: NOW + 3 * 86_400_000 });

  it('nextCountdownChange: the text is the same until that moment and differs at it', () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: 1, max: 3 * 86_400_000 }), (now, msLeft) => {
        const expiresAt = now + msLeft;
        const at = nextCountdownChange(expiresAt, now);
        const text = (t: number) => formatCountdown(expiresAt - t, 'en');
        expect(at).toBeGreaterThan(now);
        expect(text(at - 1)).toBe(text(now));
        expect(text(at)).not.toBe(text(now));
      }),
    );
    expect(nextCountdownChange(NOW, NOW)).toBe(Infinity);
  });

  it('nextDayStart and nextMinute: the date and clock forms change there and not before', () => {
    fc.assert(
      fc.property(moments, fc.integer({ min: NOW - 86_400_000, max: NOW }), (now, sent) => {
        const day = nextDayStart(now);
        expect(formatMessageTime(sent, day - 1, 'en')).toBe(formatMessageTime(sent, now, 'en'));
        expect(new Date(day).toDateString()).not.toBe(new Date(now).toDateString());
        const minute = nextMinute(now);
        expect(new Date(minute - 1).getMinutes()).toBe(new Date(now).getMinutes());
        expect(new Date(minute).getMinutes()).not.toBe(new Date(now).getMinutes());
      }),
    );
  });
});
