// The forms a rented number is typed in, and when a page's value reads back as that number.
import { describe, expect, it } from 'vitest';
import { phoneForms } from '../../lib/phone/number-forms.ts';
import { readsAsNumber } from '../../lib/phone/fill.ts';

describe('phoneForms', () => {
  it.each([
    // provider country, number, dial, international, region
    [7, '9313358547', '7', '+79313358547', 'RU'],
    [77, '7071234567', '7', '+77071234567', 'KZ'], // the provider's 77 dials as +7
    [380, '931234567', '380', '+380931234567', 'UA'],
    [49, '15123456789', '49', '+4915123456789', 'DE'],
    [44, '7911123456', '44', '+447911123456', 'GB'],
    [1, '4155550100', '1', '+14155550100', 'US'],
    [998, '901234567', '998', '+998901234567', 'UZ'],
  ])('country %i, number %s → +%s… (%s)', (country, number, dial, international, region) => {
    expect(phoneForms(country, number)).toEqual({ dial, national: number, international, region });
  });

  it('keeps leading zeros and knows no region for a country outside its table', () => {
    expect(phoneForms(233, '0241234567')).toEqual({ dial: '233', national: '0241234567', international: '+2330241234567', region: null });
  });

  it('refuses a number that is not digits, so nothing else is ever typed into a page', () => {
    expect(phoneForms(7, '93133<b>85')).toBeNull();
    expect(phoneForms(7, '')).toBeNull();
    expect(phoneForms(0, '9313358547')).toBeNull();
    expect(phoneForms(7.5, '9313358547')).toBeNull();
  });
});

describe('readsAsNumber', () => {
  const ru = phoneForms(7, '9313358547')!;
  const ua = phoneForms(380, '931234567')!;
  it('accepts the international number in any layout', () => {
    expect(readsAsNumber('+7 (931) 335-85-47', ru, false)).toBe(true);
    expect(readsAsNumber('+380 93 123 4567', ua, false)).toBe(true);
  });
  it('accepts national digits (with a trunk 8 or 0) only where the page shows the country', () => {
    expect(readsAsNumber('931 335-85-47', ru, true)).toBe(true);
    expect(readsAsNumber('8 (931) 335-85-47', ru, true)).toBe(true);
    expect(readsAsNumber('093 123 4567', ua, true)).toBe(true);
    expect(readsAsNumber('931 335-85-47', ru, false)).toBe(false);
  });
  it('refuses a doubled country code, a cut-off number and a different number', () => {
    expect(readsAsNumber('+7 7931335854', ru, true)).toBe(false);
    expect(readsAsNumber('+7 (931) 335-85', ru, true)).toBe(false);
    expect(readsAsNumber('+7 (931) 335-85-48', ru, true)).toBe(false);
  });
});
