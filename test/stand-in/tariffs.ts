// Tariffs the stand-in offers. Prices deliberately mix numbers and decimal strings, and stock maps are
// string-keyed, because the provider's docs show both forms (docs/provider-api.md, "Tariffs").
// Country 44 has an empty 7-day stock so a test can meet NO_NUMBER, and is charged at once (`confirm`).

export type Price = number | string;

export interface TariffSeed {
  code: number;
  name: { en: string; ru: string };
  position: number;
  days: Record<string, Price>;
  count: Record<string, number>;
  /** Renewal prices offered on a rental of this country (a rental's `extend`); the tariff's own
   * `extend` is the one-day price from it. */
  extend: Record<string, Price>;
  /** `confirm`: rentals of this country are charged at once, not on the first SMS. */
  confirm: boolean;
  /** How a number of this country is generated: a fixed prefix and total length, without country code. */
  numberPrefix: string;
  numberLength: number;
}

export const TARIFFS: readonly TariffSeed[] = [
  {
    code: 7,
    name: { en: 'Russia', ru: 'Россия' },
    position: 1,
    days: { '1': 30, '7': '210.50', '14': '390.00', '30': 800 },
    count: { '1': 120, '7': 45, '14': 12, '30': 3 },
    extend: { '1': 30, '7': '210.50', '30': 800 },
    confirm: false,
    numberPrefix: '9',
    numberLength: 10,
  },
  {
    code: 77,
    name: { en: 'Kazakhstan', ru: 'Казахстан' },
    position: 2,
    days: { '1': '45.00', '7': 280, '30': '990.00' },
    count: { '1': 40, '7': 9, '30': 1 },
    extend: { '1': '45.00', '7': 280 },
    confirm: false,
    numberPrefix: '70',
    numberLength: 10,
  },
  {
    code: 380,
    name: { en: 'Ukraine', ru: 'Украина' },
    position: 3,
    days: { '1': '40.5', '7': 250 },
    count: { '1': 15, '7': 4 },
    extend: { '1': '40.5', '7': 250 },
    confirm: false,
    numberPrefix: '6',
    numberLength: 9,
  },
  {
    code: 44,
    name: { en: 'United Kingdom', ru: 'Великобритания' },
    position: 4,
    days: { '1': '60.00', '7': '390.00' },
    count: { '1': 2, '7': 0 },
    extend: { '1': '60.00' },
    confirm: true,
    numberPrefix: '7',
    numberLength: 10,
  },
];

export function findTariff(country: number): TariffSeed | undefined {
  return TARIFFS.find((t) => t.code === country);
}
