import { describe, expect, it } from 'vitest';
import {
  countryName,
  formatCountdown,
  formatDays,
  formatMoney,
  formatPhone,
  phoneForCopy,
  siteHost,
} from '../../lib/format.ts';

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
  it('groups and keeps up to two decimals, with no currency', () => {
    expect(formatMoney('1234.5', 'en')).toBe('1,234.5');
    expect(formatMoney('230.25', 'en')).toBe('230.25');
    expect(formatMoney('30', 'en')).toBe('30');
  });

  it('uses the locale separators', () => {
    expect(formatMoney('1234.5', 'ru')).toBe('1\u00a0234,5');
  });

  it('shows a value that is not a number as it came', () => {
    expect(formatMoney('n/a', 'en')).toBe('n/a');
    expect(formatMoney('', 'en')).toBe('');
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
