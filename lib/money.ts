// What the account can spend. The provider reports `balance` and `zbalance`, the part of it frozen for
// operations still running; only the rest can pay for a rental or a renewal.
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
