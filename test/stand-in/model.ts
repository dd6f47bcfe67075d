// The stand-in's account: balance, stock, rentals and their clocks. Plain state plus the provider's
// business rules (docs/provider-api.md, "Rules of the business"); no HTTP and no wire quirks here.
import { err, ok, type Result } from '../../lib/result.ts';
import { DAY, MINUTE, money, toCents } from './format.ts';
import { TARIFFS, findTariff } from './tariffs.ts';
import type {
  Cents,
  Charge,
  ChargeKind,
  CreateRentalInput,
  DeliverSmsInput,
  RentalSnapshot,
  StoredMessage,
  StoredRental,
} from './types.ts';

/** The docs: a new rental that gets no SMS within 20 minutes ends and is refunded. */
export const GUARD_WINDOW_MS = 20 * MINUTE;
const INITIAL_BALANCE: Cents = 50_000;
/** Safety bound for catching up auto-renewals after a large clock jump. */
const MAX_RENEWALS_PER_SWEEP = 1000;

export type EndReason = 'closed' | 'expired' | 'refunded';

export interface Model {
  now(): number;
  advance(ms: number): void;
  balance(): Cents;
  setBalance(cents: Cents): void;
  frozen(): Cents;
  /** Numbers in stock per period, string-keyed as on the wire. */
  stockOf(country: number): Record<string, number>;
  rent(country: number, days: number, extension: boolean, extensionDefaulted: boolean): Result<StoredRental, string>;
  extend(tzid: number, days: number): Result<StoredRental, string>;
  close(tzid: number): Result<true, string>;
  get(tzid: number): StoredRental | undefined;
  ended(tzid: number): EndReason | undefined;
  active(): StoredRental[];
  createRental(input: CreateRentalInput): StoredRental;
  deliverSms(input: DeliverSmsInput): Result<StoredMessage, string>;
  expire(tzid: number): boolean;
  snapshot(r: StoredRental): RentalSnapshot;
  endedList(): Array<{ tzid: number; reason: EndReason }>;
  charges(): Charge[];
  reset(): void;
}

/** What the provider's own extraction would plausibly give: the first 4–8 digit run, or 0 for a notice. */
export function guessCode(text: string): string | 0 {
  return /(?<!\d)\d{4,8}(?!\d)/.exec(text)?.[0] ?? 0;
}

export function createModel(clock: () => number): Model {
  let offset = 0;
  let balance = INITIAL_BALANCE;
  let rentals = new Map<number, StoredRental>();
  let endedMap = new Map<number, EndReason>();
  let stock = freshStock();
  let charges: Charge[] = [];
  let nextTzid = 10_000;
  let nextMessageId = 1;
  let numberCounter = 0;

  const now = (): number => clock() + offset;

  function charge(tzid: number, kind: ChargeKind, cents: Cents): void {
    balance -= cents;
    charges.push({ at: now(), tzid, kind, amount: money(cents) });
  }

  function end(r: StoredRental, reason: EndReason): void {
    rentals.delete(r.tzid);
    endedMap.set(r.tzid, reason);
  }

  /** Applies what time did since the last look: refunds, auto-renewals, expiries. Called on every read. */
  function sweep(): void {
    const t = now();
    for (const r of [...rentals.values()]) {
      if (r.endsAt > t) continue;
      if (r.confirmedAt === null) {
        charge(r.tzid, 'refund', -r.paid);
        end(r, 'refunded');
        continue;
      }
      // Auto-renew is why `extension` defaulting to true is dangerous: it spends money unasked.
      const renewal = cheapestRenewal(r.country);
      for (let i = 0; r.extension && renewal && r.endsAt <= t && i < MAX_RENEWALS_PER_SWEEP; i++) {
        if (balance < renewal.cents) break;
        charge(r.tzid, 'auto-renew', renewal.cents);
        r.endsAt += renewal.days * DAY;
        r.rentDays += renewal.days;
      }
      if (r.endsAt <= t) end(r, 'expired');
    }
  }

  function nextNumber(country: number): string {
    const tariff = findTariff(country);
    const prefix = tariff?.numberPrefix ?? '5';
    const length = tariff?.numberLength ?? 10;
    numberCounter += 1;
    const tail = String(1_234_567 + numberCounter * 7_919).padStart(length - prefix.length, '0');
    return (prefix + tail).slice(0, length);
  }

  function add(r: Omit<StoredRental, 'tzid' | 'messages'>): StoredRental {
    const rental: StoredRental = { ...r, tzid: nextTzid++, messages: [] };
    rentals.set(rental.tzid, rental);
    return rental;
  }

  function live(tzid: number): StoredRental | undefined {
    sweep();
    return rentals.get(tzid);
  }

  return {
    now,
    advance(ms) {
      offset += ms;
    },
    balance() {
      sweep();
      return balance;
    },
    setBalance(cents) {
      balance = cents;
    },
    frozen() {
      sweep();
      return [...rentals.values()].filter((r) => r.confirmedAt === null).reduce((sum, r) => sum + r.paid, 0);
    },
    stockOf(country) {
      const out: Record<string, number> = {};
      for (const days of Object.keys(findTariff(country)?.count ?? {})) out[days] = stock.get(`${country}:${days}`) ?? 0;
      return out;
    },
    rent(country, days, extension, extensionDefaulted) {
      sweep();
      const tariff = findTariff(country);
      if (!tariff) return err('UNDEFINED_COUNTRY');
      const price = tariff.days[String(days)];
      if (price === undefined) return err('UNDEFINED_DAYS');
      const key = `${country}:${days}`;
      if ((stock.get(key) ?? 0) <= 0) return err('NO_NUMBER');
      const cents = toCents(price);
      if (balance < cents) return err('WARNING_LOW_BALANCE');
      stock.set(key, (stock.get(key) ?? 0) - 1);
      const t = now();
      const r = add({
        country,
        number: nextNumber(country),
        rentDays: days,
        extension,
        extensionDefaulted,
        createdAt: t,
        confirmedAt: null,
        endsAt: t + GUARD_WINDOW_MS,
        paid: cents,
        source: 'api',
      });
      charge(r.tzid, 'rent', cents);
      return ok(r);
    },
    extend(tzid, days) {
      const r = live(tzid);
      if (!r) return err(endedMap.has(tzid) ? 'LIFICYCLE_NUM_EXPIRED' : 'ERROR_WRONG_TZID');
      const price = findTariff(r.country)?.extend[String(days)];
      if (price === undefined) return err('UNDEFINED_DAYS');
      const cents = toCents(price);
      if (balance < cents) return err('WARNING_LOW_BALANCE');
      charge(tzid, 'extend', cents);
      r.rentDays += days;
      r.paid += cents;
      // While unconfirmed the clock shows the guard window; the days count once the first SMS lands.
      if (r.confirmedAt !== null) r.endsAt += days * DAY;
      return ok(r);
    },
    close(tzid) {
      const r = live(tzid);
      if (!r) return err('ERROR_WRONG_TZID');
      // Libraries report closing an unconfirmed rental in its guard window is refused.
      if (r.confirmedAt === null) return err('NO_COMPLETE_TZID');
      end(r, 'closed');
      return ok(true);
    },
    get: live,
    ended(tzid) {
      sweep();
      return endedMap.get(tzid);
    },
    active() {
      sweep();
      return [...rentals.values()].sort((a, b) => a.tzid - b.tzid);
    },
    createRental(input) {
      sweep();
      const country = input.country ?? 7;
      const tariff = findTariff(country);
      const days = input.days ?? 1;
      const confirmed = input.confirmed ?? false;
      const t = now();
      const left =
        input.minutesLeft !== undefined ? input.minutesLeft * MINUTE : confirmed ? days * DAY : GUARD_WINDOW_MS;
      return add({
        country,
        number: input.number ?? nextNumber(country),
        rentDays: days,
        extension: input.autoRenew ?? false,
        extensionDefaulted: false,
        createdAt: t,
        confirmedAt: confirmed ? t : null,
        endsAt: t + left,
        // Rented "on the website": paid there, so the stand-in's balance is left alone.
        paid: tariff ? toCents(tariff.days[String(days)] ?? 0) : 0,
        source: 'control',
      });
    },
    deliverSms(input) {
      const r = live(input.tzid);
      if (!r) return err('ERROR_WRONG_TZID');
      const t = now() - Math.max(0, input.ageMs ?? 0);
      const message: StoredMessage = {
        id: nextMessageId++,
        service: input.service ?? 'Service',
        text: input.text,
        code: input.code ?? guessCode(input.text),
        receivedAt: t,
      };
      r.messages.push(message);
      if (r.confirmedAt === null) {
        // The first SMS confirms the rental: the purchased days start now.
        r.confirmedAt = t;
        r.endsAt = t + r.rentDays * DAY;
      }
      return ok(message);
    },
    expire(tzid) {
      const r = live(tzid);
      if (!r) return false;
      end(r, 'expired');
      return true;
    },
    snapshot(r) {
      return {
        tzid: r.tzid,
        country: r.country,
        number: r.number,
        rentDays: r.rentDays,
        extension: r.extension,
        extensionDefaulted: r.extensionDefaulted,
        confirmed: r.confirmedAt !== null,
        minutesLeft: Math.floor(Math.max(0, r.endsAt - now()) / MINUTE),
        paid: money(r.paid),
        source: r.source,
        messageCount: r.messages.length,
      };
    },
    endedList() {
      sweep();
      return [...endedMap].map(([tzid, reason]) => ({ tzid, reason }));
    },
    charges() {
      sweep();
      return [...charges];
    },
    reset() {
      offset = 0;
      balance = INITIAL_BALANCE;
      rentals = new Map();
      endedMap = new Map();
      stock = freshStock();
      charges = [];
      nextTzid = 10_000;
      nextMessageId = 1;
      numberCounter = 0;
    },
  };
}

function freshStock(): Map<string, number> {
  const stock = new Map<string, number>();
  for (const t of TARIFFS) for (const [days, n] of Object.entries(t.count)) stock.set(`${t.code}:${days}`, n);
  return stock;
}

function cheapestRenewal(country: number): { days: number; cents: Cents } | undefined {
  const options = Object.entries(findTariff(country)?.extend ?? {}).map(([d, p]) => ({ days: Number(d), cents: toCents(p) }));
  return options.sort((a, b) => a.days - b.days)[0];
}
