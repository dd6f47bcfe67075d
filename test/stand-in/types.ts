// Shapes shared by the stand-in's modules. The stand-in is a test tool (never bundled into the
// extension): these are its own internal shapes, not the extension's provider types, so that a
// bug in the extension's schemas cannot hide behind a shared definition.

/** Money is kept in integer hundredths so that repeated charges never drift like floats do. */
export type Cents = number;

export interface StoredMessage {
  id: number;
  service: string;
  text: string;
  /** The provider's own extraction: a string keeping leading zeros, or integer 0 for notices. */
  code: string | 0;
  /** Epoch ms; formatted as UTC+3 wall time on the wire. */
  receivedAt: number;
}

export interface StoredRental {
  tzid: number;
  country: number;
  /** Without the country code, as the provider sends it. */
  number: string;
  /** Total days purchased (initial rent plus extensions). */
  rentDays: number;
  /** Auto-renew flag (`extension` on the wire). */
  extension: boolean;
  /** True when getRentNum was called WITHOUT `extension`, so the provider's dangerous default applied. */
  extensionDefaulted: boolean;
  createdAt: number;
  /** Epoch ms of the first SMS; null while in the 20-minute guard window. */
  confirmedAt: number | null;
  /** Epoch ms when the rental ends (guard window end while unconfirmed). */
  endsAt: number;
  paid: Cents;
  messages: StoredMessage[];
  source: 'api' | 'control';
}

export type ChargeKind = 'rent' | 'extend' | 'auto-renew' | 'refund';

/** Every movement of money, so tests can assert "nothing was spent" or "auto-renew never fired". */
export interface Charge {
  at: number;
  tzid: number;
  kind: ChargeKind;
  /** Positive = taken from the balance, negative = refunded. */
  amount: string;
}

export type Fault =
  | { kind: 'status'; status: 500 | 502 | 503; body?: 'html' | 'json' }
  | { kind: 'rate-limit'; retryAfterSeconds?: number }
  | { kind: 'truncated' }
  | { kind: 'html' }
  | { kind: 'slow'; ms: number }
  | { kind: 'hang' }
  | { kind: 'error'; code: string }
  | { kind: 'reset' };

export type AuthKind = 'bearer' | 'query' | 'none';

export interface RequestLogEntry {
  /** Epoch ms by the stand-in's (injectable) clock. */
  at: number;
  method: string;
  /** Full path, e.g. `/api/rent/getRentState.php`. */
  path: string;
  /** Query parameters; an `apikey` value is replaced by `[redacted]` (the key itself is never logged). */
  query: Record<string, string>;
  /** `query` whenever an `apikey` parameter was present, even alongside a header: the key leaked into a URL. */
  auth: AuthKind;
  keyOk: boolean;
  /** HTTP status sent; null while the request is still open (hang, slow) or when the socket was reset. */
  status: number | null;
  /** API requests open when this one started, itself included: 1 means it ran alone. */
  inFlight: number;
  fault: Fault['kind'] | null;
  /** Observations worth asserting, e.g. `extension-defaulted-true`, `apikey-in-query`. */
  notes: string[];
}

export interface CreateRentalInput {
  country?: number;
  number?: string;
  days?: number;
  autoRenew?: boolean;
  confirmed?: boolean;
  minutesLeft?: number;
}

export interface DeliverSmsInput {
  tzid: number;
  text: string;
  service?: string;
  code?: string | 0;
  /** Delivered this long ago: a rental with a history (the bench's large accounts), which SimFill,
   * seeing it for the first time, must treat as history rather than news. Default 0. */
  ageMs?: number;
}

export interface RentalSnapshot {
  tzid: number;
  country: number;
  number: string;
  rentDays: number;
  extension: boolean;
  extensionDefaulted: boolean;
  confirmed: boolean;
  minutesLeft: number;
  paid: string;
  source: 'api' | 'control';
  messageCount: number;
}

export interface StateSnapshot {
  now: number;
  balance: string;
  apiKey: string;
  rentals: RentalSnapshot[];
  /** Rentals that are gone, with why: tests check that a closed or expired rental stays gone. */
  ended: Array<{ tzid: number; reason: 'closed' | 'expired' | 'refunded' }>;
  charges: Charge[];
  faultsQueued: number;
}
