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
  /** Dialling code: 7 Russia, 77 Kazakhstan (provider's own code, dials +7), 380 Ukraine, … */
  country: number;
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
   * `[]`), so these are the prices it can be extended at by hand. */
  extendOptions: ExtendOption[];
}

export interface Balance {
  balance: string;
  frozen: string;
}
