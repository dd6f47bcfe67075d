// The local OnlineSim stand-in: the rent API under /api/, a control API under /control/, on 127.0.0.1.
// A test tool only; never bundled into the extension. See test/stand-in/README.md.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { controlRoutes, handleControl } from './control-routes.ts';
import { createCore, type Core } from './core.ts';
import { applyFault } from './faults.ts';
import type { WireMessage, WireRental } from './format.ts';
import { CORS_HEADERS, htmlPage, send } from './http.ts';
import type { CreateRentalInput, DeliverSmsInput, Fault, RequestLogEntry, StateSnapshot } from './types.ts';
import type { Variants } from './variants.ts';

export type { CreateRentalInput, DeliverSmsInput, Fault, RequestLogEntry, StateSnapshot, Variants, WireMessage, WireRental };

export interface StandInOptions {
  /** 0 (the default) picks any free port. */
  port?: number;
  /** The accepted key; default 'test-key'. */
  apiKey?: string;
  /** Clock in epoch ms; inject to make remaining times and expiry deterministic. Default Date.now. */
  now?: () => number;
}

export interface StandIn {
  /** Base URL of the rent API, e.g. 'http://127.0.0.1:PORT/api/'. */
  url: string;
  /** Base URL of the control API, e.g. 'http://127.0.0.1:PORT/control/'. */
  controlUrl: string;
  port: number;
  /** Stops listening and destroys open sockets, hanging ones included. Safe to call twice. */
  close(): Promise<void>;
  /** A rental as if rented on the provider's website (balance untouched); returned as getRentState shows it with pagination=0. */
  createRental(input?: CreateRentalInput): WireRental;
  /** Delivers an SMS (the first one confirms the rental). Throws if the rental does not exist: that is a test bug. */
  deliverSms(input: DeliverSmsInput): WireMessage;
  /** Ends a rental now; false if it did not exist. */
  expire(tzid: number): boolean;
  /** Queues faults, each consumed by the next API request; returns the queue length. */
  queueFaults(faults: readonly Fault[]): number;
  requests(): RequestLogEntry[];
  clearRequests(): void;
  state(): StateSnapshot;
  setBalance(balance: string | number): void;
  setApiKey(apiKey: string): void;
  /** Moves the stand-in's clock forward (on top of the injected one). */
  advanceClock(ms: number): void;
  /** Picks documented answer variants (empty account, close success, wrong-key status, boolean reading). */
  setVariants(changes: Partial<Variants>): Variants;
  /** Back to the initial account: balance, stock, no rentals, empty log and fault queue, initial key. */
  reset(): void;
}

const HOST = '127.0.0.1';

export async function startStandIn(options: StandInOptions = {}): Promise<StandIn> {
  const core = createCore(options.now ?? Date.now, options.apiKey ?? 'test-key');
  const routes = controlRoutes(core);
  const timers = new Set<NodeJS.Timeout>();
  let inFlight = 0;

  const sleep = (ms: number): Promise<void> =>
    new Promise((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
    });

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const query = url.searchParams;
    const notes: string[] = [];
    const bearer = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '')?.[1];
    const queryKey = query.get('apikey') || undefined;
    if (query.has('apikey')) notes.push('apikey-in-query');
    // Header wins when both are sent; either way a key in the URL is flagged, since it leaks into logs.
    const key = bearer ?? queryKey;
    inFlight += 1;
    const entry: RequestLogEntry = {
      at: core.model.now(),
      method: req.method ?? 'GET',
      path: url.pathname,
      query: redact(query),
      auth: query.has('apikey') ? 'query' : bearer !== undefined ? 'bearer' : 'none',
      keyOk: key !== undefined && key === core.apiKey(),
      status: null,
      inFlight,
      fault: null,
      notes,
    };
    core.log(entry);
    res.on('close', () => {
      inFlight -= 1;
    });

    const fault = core.takeFault();
    entry.fault = fault?.kind ?? null;
    const effect = fault ? applyFault(fault, res) : undefined;
    if (effect?.kind === 'answered') {
      entry.status = fault?.kind === 'reset' ? null : res.statusCode;
      return;
    }
    if (effect?.kind === 'hang') return;
    if (effect?.kind === 'delay') await sleep(effect.ms);
    if (res.destroyed) return;

    const answer = core.api.answer({ endpoint: url.pathname.slice('/api/'.length), query, key, notes });
    let body = JSON.stringify(answer.body);
    // A cut-off body after the state change happened: the client must not assume the call failed cleanly.
    if (effect?.kind === 'truncate') body = body.slice(0, Math.floor(body.length / 2));
    send(res, answer.status, body, 'application/json; charset=utf-8');
    entry.status = answer.status;
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    if (req.method === 'OPTIONS') {
      res.writeHead(204, { ...CORS_HEADERS, 'Access-Control-Max-Age': '600' });
      res.end();
    } else if (url.pathname.startsWith('/control/')) {
      await handleControl(routes, req, res, url.pathname);
    } else if (url.pathname.startsWith('/api/')) {
      await handleApi(req, res, url);
    } else {
      // Not the API at all: what a wrong "API address" setting would reach.
      send(res, 404, htmlPage('404 Not Found', 'The requested URL was not found on this server.'), 'text/html; charset=utf-8');
    }
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      // A bug in the stand-in, not a provider behaviour: make it loud in the test output.
      console.error('stand-in: handler failed', error);
      if (!res.headersSent) send(res, 500, 'stand-in bug', 'text/plain');
      else res.destroy();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, HOST, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const origin = `http://${HOST}:${port}`;
  let closing: Promise<void> | undefined;

  return {
    url: `${origin}/api/`,
    controlUrl: `${origin}/control/`,
    port,
    close() {
      // Idempotent: a test that closes the stand-in itself (to end a hang) and an afterEach may both call it.
      closing ??= new Promise<void>((resolve, reject) => {
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      });
      return closing;
    },
    ...helpers(core),
  };
}

function helpers(core: Core): Omit<StandIn, 'url' | 'controlUrl' | 'port' | 'close'> {
  return {
    createRental: (input) => core.createRental(input),
    deliverSms(input) {
      const message = core.deliverSms(input);
      if (!message) throw new Error(`stand-in: no active rental ${input.tzid}`);
      return message;
    },
    expire: (tzid) => core.expire(tzid),
    queueFaults: (faults) => core.queueFaults(faults),
    requests: () => core.requests(),
    clearRequests: () => core.clearRequests(),
    state: () => core.state(),
    setBalance: (balance) => core.setBalance(balance),
    setApiKey: (apiKey) => core.setApiKey(apiKey),
    advanceClock: (ms) => core.advanceClock(ms),
    setVariants: (changes) => core.setVariants(changes),
    reset: () => core.reset(),
  };
}

function redact(query: URLSearchParams): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of query) out[name] = name === 'apikey' ? '[redacted]' : value;
  return out;
}
