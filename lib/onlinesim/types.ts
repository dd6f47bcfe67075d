// Internal shapes of provider data. Everything past lib/onlinesim/ sees only these: the provider's
// quirks ("1" for 1, [] for {}, money as strings or numbers, relative minutes) end at the schemas.

export interface Message {
  /** The provider's message id, as a string (ids arrive as numbers or strings). */
  id: string;
  service: string;
  text: string;
  /** The provider's own extraction; a hint only. null for notification SMS (code 0) or when absent. */
  providerCode: string | null;
  /** ms since epoch, from `created_at` ("YYYY-MM-DD HH:MM:SS", read as UTC+3). */
  receivedAt: number;
}

export interface ExtendOption {
  days: number;
  /** Decimal string, currency unknown (the provider does not state it). */
  price: string;
}

export interface Rental {
  tzid: number;
  /** Dialling code: 7 Russia, 77 Kazakhstan (provider's own code, dials +7), 380 Ukraine, …; null when
   * the answer did not say (an SDK's mock leaves it out) and SimFill has not learned it another way. */
  country: number | null;
  /** Digits without the country code; never parsed as a number. */
  number: string;
  /** status 1 / checked: the first SMS arrived and the 20-minute guard window is over. */
  confirmed: boolean;
  /** Absolute end (ms since epoch), computed from `time` (minutes left) and the local clock at receipt. */
  expiresAt: number;
  /** Total days purchased (`rent`). */
  rentDays: number;
  /** The provider's `extension` flag: the rental renews itself and spends money. */
  autoRenew: boolean;
  extendOptions: ExtendOption[];
  /** `day_extend`: the price of one more day, when the provider states it. */
  extendPerDay: string | null;
  /** `reload === 0` means the provider offers a port reload. */
  portReloadAvailable: boolean;
  /** Price paid (`sum`), decimal string, or null when absent. */
  price: string | null;
  /** De-duplicated by id, oldest first. */
  messages: Message[];
}

export interface TariffPeriod {
  days: number;
  price: string;
  inStock: number;
}

export interface Tariff {
  country: number;
  name: string;
  enabled: boolean;
  periods: TariffPeriod[];
  /** Renewal prices. A rental without auto-renew lists no `extend` of its own (the provider sends
   * `[]`), so these are the prices it can be extended at by hand. Empty when `extend` is one number. */
  extendOptions: ExtendOption[];
  /** `extend` as the docs and SDKs give it: one number, the price of one more day. */
  extendPerDay: string | null;
  /** `confirm: true`: the rent is charged at once, not when the first SMS arrives. */
  chargedAtOnce: boolean;
}

/** getRentState's list as SimFill reads it: one unreadable rental never hides the others. */
/** The message ids SimFill has stored for a rental. An answer's messages with these ids are left unread:
 * what was stored for them wins anyway (lib/rentals/reconcile.ts), and with a hundred rentals of two
 * hundred SMS, reading twenty thousand of them again was most of a fast-mode poll's time. */
export type KnownMessages = (tzid: number) => ReadonlySet<string> | undefined;

export interface RentalList {
  rentals: Rental[];
  /** Listed rentals that could not be read, by tzid: still active, so their stored state is kept. */
  unreadable: number[];
  /** A listed rental without a readable tzid: nothing stored may be taken as ended on this answer. */
  partial: boolean;
}

export interface Balance {
  balance: string;
  frozen: string;
}
