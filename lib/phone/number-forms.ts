// The forms a rented number is typed in. The provider gives a country code and the number without it
// (docs: "display +{country}{number}"); a site wants either the national digits (its mask or picker holds
// the country) or the international form.

/** The provider's code 77 (Kazakhstan) is not a real dialling code: the number is dialled with +7. */
export function dialCode(country: number): number {
  return country === 77 ? 7 : country;
}

/** The provider's dialling codes mapped to ISO regions, for country names and country pickers.
 * 77 is the provider's own code for Kazakhstan; 1 is sold as the USA. */
const REGIONS: Record<number, string> = {
  1: 'US', 7: 'RU', 20: 'EG', 27: 'ZA', 30: 'GR', 31: 'NL', 32: 'BE', 33: 'FR', 34: 'ES', 36: 'HU',
  39: 'IT', 40: 'RO', 41: 'CH', 43: 'AT', 44: 'GB', 45: 'DK', 46: 'SE', 47: 'NO', 48: 'PL', 49: 'DE',
  51: 'PE', 52: 'MX', 54: 'AR', 55: 'BR', 56: 'CL', 57: 'CO', 60: 'MY', 61: 'AU', 62: 'ID', 63: 'PH',
  64: 'NZ', 66: 'TH', 77: 'KZ', 81: 'JP', 82: 'KR', 84: 'VN', 86: 'CN', 90: 'TR', 91: 'IN', 212: 'MA',
  234: 'NG', 351: 'PT', 353: 'IE', 358: 'FI', 359: 'BG', 370: 'LT', 371: 'LV', 372: 'EE', 373: 'MD',
  374: 'AM', 375: 'BY', 380: 'UA', 381: 'RS', 385: 'HR', 386: 'SI', 420: 'CZ', 421: 'SK', 852: 'HK',
  972: 'IL', 992: 'TJ', 994: 'AZ', 995: 'GE', 996: 'KG', 998: 'UZ',
};

/** ISO 3166 region of a provider country code, or null when we do not know it. */
export function regionOf(country: number): string | null {
  return REGIONS[country] ?? null;
}

export interface PhoneForms {
  /** The dialling code as digits: "7" for Russia and Kazakhstan, "380" for Ukraine. */
  dial: string;
  /** The digits after the dialling code, as the provider gives them (leading zeros kept). */
  national: string;
  /** `+<dial><national>`. */
  international: string;
  /** ISO region for a country picker ("RU", "KZ", "UA"), or null when unknown (pickers then go by `dial`). */
  region: string | null;
}

/** null when the country is unknown (the provider may leave it out) or the number is not plain digits:
 * nothing else is ever typed into a page. */
export function phoneForms(country: number | null, number: string): PhoneForms | null {
  const national = number.replace(/[\s()-]/g, '');
  if (country === null || !Number.isInteger(country) || country <= 0 || !/^\d{4,14}$/.test(national)) return null;
  const dial = String(dialCode(country));
  return { dial, national, international: `+${dial}${national}`, region: regionOf(country) };
}
