// The rent API as the provider's docs describe it (onlinesim-rent-api.md), quirks included.
// Pure request → answer: the server decides how (and whether) the answer reaches the socket.
import { money, wireRental, type MessagesShape } from './format.ts';
import type { Model } from './model.ts';
import { TARIFFS, findTariff, type TariffSeed } from './tariffs.ts';

export interface ApiAnswer {
  status: number;
  body: unknown;
}

export interface ApiRequest {
  /** Path below `/api/`, e.g. `rent/getRentState.php`. */
  endpoint: string;
  query: URLSearchParams;
  /** The key the client presented (header preferred over `apikey=`), if any. */
  key: string | undefined;
  /** Observations for the request log. */
  notes: string[];
}

type Handler = (q: URLSearchParams, notes: string[]) => ApiAnswer;

/** `response` success values the docs list. Each endpoint cycles through all three, from its own start. */
const SUCCESS_VALUES = [1, '1', true] as const;
type Success = (typeof SUCCESS_VALUES)[number];

export interface Api {
  answer(req: ApiRequest): ApiAnswer;
  /** Restarts the `response` value cycles (part of a full reset). */
  reset(): void;
}

export function createApi(model: Model, apiKey: () => string): Api {
  let counters = new Map<string, number>();

  /** Deterministic yet varied: call n of an endpoint gets SUCCESS_VALUES[(start + n) % 3]. */
  function success(endpoint: string, start: number): Success {
    const n = counters.get(endpoint) ?? 0;
    counters.set(endpoint, n + 1);
    return SUCCESS_VALUES[(start + n) % SUCCESS_VALUES.length] ?? 1;
  }

  const fail = (code: string): ApiAnswer => ({ status: 200, body: { response: code } });
  const okBody = (body: Record<string, unknown>): ApiAnswer => ({ status: 200, body });
  const extendOf = (country: number) => findTariff(country)?.extend ?? {};

  const handlers: Record<string, Handler> = {
    'rent/tariffsRent.php': (q) => {
      const english = q.get('lang') === 'en';
      const country = intParam(q, 'country');
      // No `response` key at all on this endpoint (docs).
      if (q.has('country')) {
        const tariff = country === undefined ? undefined : findTariff(country);
        return okBody(tariff ? wireTariff(tariff, model, english) : ([] as unknown as Record<string, unknown>));
      }
      const all: Record<string, unknown> = {};
      for (const t of TARIFFS) all[String(t.code)] = wireTariff(t, model, english);
      return okBody(all);
    },
    'rent/getRentNum.php': (q, notes) => {
      if (!q.has('country')) return fail('NO_COUNTRY');
      const country = intParam(q, 'country');
      if (country === undefined) return fail('UNDEFINED_COUNTRY');
      const days = intParam(q, 'days');
      if (days === undefined) return fail('UNDEFINED_DAYS');
      let extension = boolParam(q, 'extension');
      if (extension === undefined) {
        // The provider's default is auto-renew ON, which spends money later; record it for tests.
        notes.push('extension-defaulted-true');
        extension = true;
      }
      const r = model.rent(country, days, extension, !q.has('extension'));
      if (!r.ok) return fail(r.error);
      return okBody({ response: success('getRentNum', 0), item: wireRental(r.value, model.now(), extendOf(country), shapeOf(q), pageOf(q)) });
    },
    'rent/getRentState.php': (q) => {
      const shape = shapeOf(q);
      let rentals = model.active();
      if (q.has('tzid')) {
        const tzid = intParam(q, 'tzid');
        const one = tzid === undefined ? undefined : model.get(tzid);
        if (!one) return fail('NO_NUMBER');
        rentals = [one];
      }
      const now = model.now();
      const list = rentals.map((r) => wireRental(r, now, extendOf(r.country), shape, pageOf(q)));
      return okBody({ response: success('getRentState', 1), list });
    },
    'rent/extendRentState.php': (q) => {
      const tzid = intParam(q, 'tzid');
      if (tzid === undefined) return fail('ERROR_NO_TZID');
      const days = intParam(q, 'days');
      if (days === undefined) return fail('UNDEFINED_DAYS');
      const r = model.extend(tzid, days);
      if (!r.ok) return fail(r.error);
      return okBody({ response: success('extendRentState', 2), item: wireRental(r.value, model.now(), extendOf(r.value.country), shapeOf(q), pageOf(q)) });
    },
    'rent/closeRentNum.php': (q) => {
      const tzid = intParam(q, 'tzid');
      if (tzid === undefined) return fail('ERROR_NO_TZID');
      const r = model.close(tzid);
      if (!r.ok) return fail(r.error);
      // Docs print `true` here; libraries saw 1 and "1". Start with the documented one.
      return okBody({ response: success('closeRentNum', 2) });
    },
    'rent/portReload.php': (q) => {
      const tzid = intParam(q, 'tzid');
      if (tzid === undefined) return fail('ERROR_NO_TZID');
      if (!model.get(tzid)) return fail('ERROR_WRONG_TZID');
      return okBody({ response: success('portReload', 0) });
    },
    'getBalance.php': () =>
      okBody({ response: success('getBalance', 1), balance: money(model.balance()), zbalance: model.frozen() / 100 }),
  };

  return {
    answer(req) {
      const handler = handlers[req.endpoint];
      // An unknown method is how a wrong base URL shows up; answered before the key is looked at.
      if (!handler) return fail('REQUEST_NOT_FOUND');
      if (req.key === undefined) return { status: 456, body: { response: 'ERROR_NO_KEY' } };
      if (req.key !== apiKey()) return { status: 456, body: { response: 'ERROR_WRONG_KEY' } };
      return handler(req.query, req.notes);
    },
    reset() {
      counters = new Map();
    },
  };
}

function wireTariff(t: TariffSeed, model: Model, english: boolean): Record<string, unknown> {
  return {
    code: t.code,
    name: english ? t.name.en : t.name.ru,
    enabled: true,
    new: false,
    position: t.position,
    days: t.days,
    count: model.stockOf(t.code),
    extend: t.extend,
    confirm: 20,
  };
}

function intParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name);
  return v !== null && /^\d{1,9}$/.test(v) ? Number(v) : undefined;
}

/** Clients send true/false; libraries also send 1/0. */
function boolParam(q: URLSearchParams, name: string): boolean | undefined {
  const v = q.get(name)?.toLowerCase();
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

/** Flat only when pagination is explicitly off; on or absent gives the paginator. */
function shapeOf(q: URLSearchParams): MessagesShape {
  return boolParam(q, 'pagination') === false ? 'flat' : 'paginated';
}

function pageOf(q: URLSearchParams): number {
  return intParam(q, 'page') ?? 1;
}
