// What the account can spend. The provider reports `balance` and `zbalance`, the part of it frozen for
// operations still running; only the rest can pay for a rental or a renewal.
import { formatDecimal } from './format.ts';
import { translate, type Lang } from './i18n.ts';
import type { Balance } from './onlinesim/types.ts';

/** balance − frozen, or null when either is not a number. */
export function availableBalance(balance: Balance): number | null {
  const total = Number(balance.balance);
  const frozen = balance.frozen.trim() === '' ? 0 : Number(balance.frozen);
  if (balance.balance.trim() === '' || !Number.isFinite(total) || !Number.isFinite(frozen)) return null;
  // Rounded to cents: 230.25 − 120.1 must not read as 110.14999999999999.
  return Math.round((total - Math.max(frozen, 0)) * 100) / 100;
}

/** True when the price is known to be more than what can be spent. Unknown balance → false: the
 * provider refuses a purchase it cannot pay for, and its answer is shown then. */
export function cannotAfford(balance: Balance | null, price: string | number): boolean {
  const available = balance ? availableBalance(balance) : null;
  const cost = Number(price);
  return available !== null && Number.isFinite(cost) && available < cost;
}

/** An amount of the account's money. The provider states no currency anywhere (getBalance, tariffs
 * and rentals carry bare numbers, and an account may be billed in roubles or dollars), so the unit is
 * named for what it is: "1,234.5 units" of the OnlineSim balance, "1 234,5 ед." in Russian, never a
 * guessed currency sign. A value that is not a number is shown as it came rather than as "NaN". */
export function formatMoney(amount: string | number, lang: Lang): string {
  const value = Number(amount);
  if (String(amount).trim() === '' || !Number.isFinite(value)) return String(amount);
  return translate(lang, 'moneyUnits', [formatDecimal(value, lang)]);
}
