// The rent API as the provider's docs describe it (docs/provider-api.md), quirks included.
// Pure request → answer: the server decides how (and whether) the answer reaches the socket.
import { money, wireRental, type MessagesShape } from './format.ts';
import type { Model } from './model.ts';
import { TARIFFS, findTariff, type TariffSeed } from './tariffs.ts';
import type { Variants } from './variants.ts';

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

export function createApi(model: Model, apiKey: () => string, variants: () => Variants): Api {
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
  /** Flat only when pagination is explicitly off; on or absent gives the paginator. */
  const shapeOf = (q: URLSearchParams): MessagesShape => (boolParam(q, 'pagination', variants().booleans) === false ? 'flat' : 'paginated');

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
      let extension = boolParam(q, 'extension', variants().booleans);
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
      } else if (rentals.length === 0 && variants().emptyAccount === 'no-number') {
        return fail('NO_NUMBER');
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
      const guardEndsAt = model.get(tzid)?.endsAt;
      const r = model.close(tzid);
      // A refusal in the guard window says when closing becomes possible (onlinesim-mcp release notes).
      if (!r.ok && r.error === 'NO_COMPLETE_TZID' && guardEndsAt !== undefined) {
        return okBody({ response: r.error, guard_secs: Math.max(0, Math.ceil((guardEndsAt - model.now()) / 1000)) });
      }
      if (!r.ok) return fail(r.error);
      // Docs print `true` here; libraries saw 1. A switch picks which.
      return okBody({ response: variants().closeResponse });
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
      const { wrongKeyStatus } = variants();
      if (req.key === undefined) return { status: wrongKeyStatus, body: { response: 'ERROR_NO_KEY' } };
      if (req.key !== apiKey()) return { status: wrongKeyStatus, body: { response: 'ERROR_WRONG_KEY' } };
      // Booleans as words are read differently by different backends (a PHP cast reads "false" as true).
      if (BOOLEAN_PARAMS.some((name) => /^(true|false)$/i.test(req.query.get(name) ?? ''))) req.notes.push('boolean-as-text');
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
    // The docs and every SDK type: one number, the price of a day; a boolean `confirm`.
    extend: Number(t.extend['1'] ?? 0),
    confirm: t.confirm,
  };
}

function intParam(q: URLSearchParams, name: string): number | undefined {
  const v = q.get(name);
  return v !== null && /^\d{1,9}$/.test(v) ? Number(v) : undefined;
}

const BOOLEAN_PARAMS = ['extension', 'pagination'];

/** `strict`: true/1 and false/0. `php`: PHP's cast of a string, where only "" and "0" are false. */
function boolParam(q: URLSearchParams, name: string, reading: Variants['booleans']): boolean | undefined {
  const v = q.get(name)?.toLowerCase();
  if (v === undefined) return undefined;
  if (reading === 'php') return v !== '' && v !== '0';
  if (v === 'true' || v === '1') return true;
  if (v === 'false' || v === '0') return false;
  return undefined;
}

function pageOf(q: URLSearchParams): number {
  return intParam(q, 'page') ?? 1;
}
