// The stand-in's whole mutable world (account, API, fault queue, request log) behind one object,
// so the control routes and the programmatic helpers are two thin views of the same operations.
import { createApi, type Api } from './api-routes.ts';
import { faultSchema } from './faults.ts';
import { money, toCents, wireMessage, wireRental, type WireMessage, type WireRental } from './format.ts';
import { createModel, type Model } from './model.ts';
import { findTariff } from './tariffs.ts';
import type { CreateRentalInput, DeliverSmsInput, Fault, RequestLogEntry, StateSnapshot } from './types.ts';
import { DEFAULT_VARIANTS, type Variants } from './variants.ts';

export interface Core {
  model: Model;
  api: Api;
  apiKey(): string;
  setApiKey(apiKey: string): void;
  createRental(input?: CreateRentalInput): WireRental;
  /** Undefined when the rental does not exist (or is gone). */
  deliverSms(input: DeliverSmsInput): WireMessage | undefined;
  expire(tzid: number): boolean;
  queueFaults(faults: readonly Fault[]): number;
  takeFault(): Fault | undefined;
  log(entry: RequestLogEntry): void;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  state(): StateSnapshot;
  setBalance(balance: string | number): void;
  advanceClock(ms: number): void;
  /** Switches documented answer variants; returns all of them as they now are. */
  setVariants(changes: Partial<Variants>): Variants;
  reset(): void;
}

export function createCore(now: () => number, initialKey: string): Core {
  const model = createModel(now);
  let key = initialKey;
  let faults: Fault[] = [];
  let entries: RequestLogEntry[] = [];
  let variants = DEFAULT_VARIANTS;
  const api = createApi(model, () => key, () => variants);

  return {
    model,
    api,
    apiKey: () => key,
    setApiKey(apiKey) {
      key = apiKey;
    },
    createRental(input = {}) {
      const r = model.createRental(input);
      return wireRental(r, model.now(), findTariff(r.country)?.extend ?? {}, 'flat');
    },
    deliverSms(input) {
      const m = model.deliverSms(input);
      return m.ok ? wireMessage(m.value) : undefined;
    },
    expire: (tzid) => model.expire(tzid),
    queueFaults(list) {
      // Validate here too, so a typo in a test fails loudly instead of queueing nonsense.
      faults.push(...list.map((f) => faultSchema.parse(f)));
      return faults.length;
    },
    takeFault: () => faults.shift(),
    log(entry) {
      entries.push(entry);
    },
    // Copies, so a caller holding an old snapshot does not see later status updates change under it.
    requests: () => entries.map((e) => ({ ...e, query: { ...e.query }, notes: [...e.notes] })),
    clearRequests() {
      entries = [];
    },
    state() {
      return {
        now: model.now(),
        balance: money(model.balance()),
        apiKey: key,
        rentals: model.active().map((r) => model.snapshot(r)),
        ended: model.endedList(),
        charges: model.charges(),
        faultsQueued: faults.length,
      };
    },
    setBalance(balance) {
      model.setBalance(toCents(balance));
    },
    advanceClock: (ms) => model.advance(ms),
    setVariants(changes) {
      variants = { ...variants, ...changes };
      return variants;
    },
    reset() {
      variants = DEFAULT_VARIANTS;
      model.reset();
      api.reset();
      faults = [];
      entries = [];
      key = initialKey;
    },
  };
}
