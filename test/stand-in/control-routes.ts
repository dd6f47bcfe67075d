// The control API: JSON over HTTP under /control/, no key, never logged and never faulted, so tests
// and the demo in other processes can script the provider's side of the story.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { z } from 'zod';
import type { Core } from './core.ts';
import { faultListSchema } from './faults.ts';
import { readJson, sendJson } from './http.ts';
import { variantsSchema } from './variants.ts';

const tzidSchema = z.number().int().positive();

const schemas = {
  rental: z.object({
    country: z.number().int().positive().optional(),
    number: z.string().regex(/^\d+$/).optional(),
    days: z.number().int().positive().optional(),
    autoRenew: z.boolean().optional(),
    confirmed: z.boolean().optional(),
    minutesLeft: z.number().nonnegative().optional(),
  }),
  sms: z.object({
    tzid: tzidSchema,
    text: z.string(),
    service: z.string().optional(),
    code: z.union([z.string(), z.literal(0)]).optional(),
  }),
  expire: z.object({ tzid: tzidSchema }),
  balance: z.object({ balance: z.union([z.string().regex(/^\d+(\.\d+)?$/), z.number().nonnegative()]) }),
  key: z.object({ apiKey: z.string().min(1) }),
  clock: z.object({ advanceMs: z.number().int().nonnegative() }),
  variants: variantsSchema.partial(),
};

type Reply = { status: number; body: unknown };
type Route = (body: unknown) => Reply;

const okReply = (body: unknown): Reply => ({ status: 200, body });
const notFound = (what: string): Reply => ({ status: 404, body: { error: what } });

function parsed<T>(schema: z.ZodType<T>, body: unknown, then: (value: T) => Reply): Reply {
  const r = schema.safeParse(body);
  return r.success ? then(r.data) : { status: 400, body: { error: 'bad-request', issues: r.error.issues } };
}

export function controlRoutes(core: Core): Record<string, Route> {
  return {
    'POST /control/rentals': (b) => parsed(schemas.rental, b, (input) => okReply(core.createRental(input))),
    'POST /control/sms': (b) =>
      parsed(schemas.sms, b, (input) => {
        const message = core.deliverSms(input);
        return message ? okReply(message) : notFound('ERROR_WRONG_TZID');
      }),
    'POST /control/expire': (b) =>
      parsed(schemas.expire, b, ({ tzid }) => (core.expire(tzid) ? okReply({ ok: true }) : notFound('ERROR_WRONG_TZID'))),
    'POST /control/faults': (b) => parsed(faultListSchema, b, ({ faults }) => okReply({ queued: core.queueFaults(faults) })),
    'GET /control/requests': () => okReply(core.requests()),
    'DELETE /control/requests': () => {
      core.clearRequests();
      return okReply({ ok: true });
    },
    'GET /control/state': () => okReply(core.state()),
    'POST /control/balance': (b) =>
      parsed(schemas.balance, b, ({ balance }) => {
        core.setBalance(balance);
        return okReply(core.state());
      }),
    'POST /control/reset': () => {
      core.reset();
      return okReply({ ok: true });
    },
    'POST /control/key': (b) =>
      parsed(schemas.key, b, ({ apiKey }) => {
        core.setApiKey(apiKey);
        return okReply({ ok: true });
      }),
    'POST /control/variants': (b) => parsed(schemas.variants, b, (changes) => okReply(core.setVariants(changes))),
    'POST /control/clock': (b) =>
      parsed(schemas.clock, b, ({ advanceMs }) => {
        core.advanceClock(advanceMs);
        return okReply({ now: core.model.now() });
      }),
  };
}

export async function handleControl(routes: Record<string, Route>, req: IncomingMessage, res: ServerResponse, path: string): Promise<void> {
  const route = routes[`${req.method ?? 'GET'} ${path.replace(/\/+$/, '')}`];
  if (!route) {
    sendJson(res, 404, { error: 'unknown control route', routes: Object.keys(routes) });
    return;
  }
  const body = req.method === 'GET' || req.method === 'DELETE' ? {} : await readJson(req);
  if (body === undefined) {
    sendJson(res, 400, { error: 'body is not JSON' });
    return;
  }
  const reply = route(body);
  sendJson(res, reply.status, reply.body);
}
