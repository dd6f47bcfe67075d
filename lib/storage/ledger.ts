// Where each rented number was used. Written by the background only; private (store.ts).
import { privateItem } from './store.ts';

/** One fill SimFill made with a rental: its number or one of its codes went into a site. */
export interface LedgerEntry {
  tzid: number;
  /** The site's registrable domain ("vk.com" for "m.vk.com"); the host itself for an IP or localhost. */
  site: string;
  at: number;
  what: 'number' | 'code';
  /** What was typed: the number as filled, or the code. */
  value: string;
}

/** Where each rented number was used, so accounts tied to it are not lost when it ends. Kept beside the
 * rentals (and stored as they are, privately), written only by the background, never sent anywhere. */
export interface Ledger {
  /** Oldest first, at most MAX_LEDGER. */
  entries: LedgerEntry[];
}

export const MAX_LEDGER = 2000;

export const ledgerItem = privateItem<Ledger>('ledger', { entries: [] });
