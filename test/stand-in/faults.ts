// Injected failures: each queued fault is consumed by the next API request (never by a control
// request), so a test can script "the next poll gets a 502, the one after a 429".
import { z } from 'zod';
import type { ServerResponse } from 'node:http';
import { htmlPage, send, sendJson } from './http.ts';
import type { Fault } from './types.ts';

export const faultSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('status'), status: z.union([z.literal(500), z.literal(502), z.literal(503)]), body: z.enum(['html', 'json']).optional() }),
  z.object({ kind: z.literal('rate-limit'), retryAfterSeconds: z.number().int().nonnegative().optional() }),
  z.object({ kind: z.literal('truncated') }),
  z.object({ kind: z.literal('html') }),
  z.object({ kind: z.literal('slow'), ms: z.number().int().nonnegative() }),
  z.object({ kind: z.literal('hang') }),
  z.object({ kind: z.literal('error'), code: z.string().min(1) }),
  z.object({ kind: z.literal('reset') }),
]);

export const faultListSchema = z.object({ faults: z.array(faultSchema) });

/**
 * What a fault does before the real handler would run.
 * - `answered`: the fault produced the whole response (or killed the socket); skip the handler.
 * - `delay`: run the handler after this many ms (slow).
 * - `truncate`: run the handler, then send only the first half of its body.
 * - `hang`: never answer; the server closes the socket on shutdown.
 */
export type FaultEffect = { kind: 'answered' } | { kind: 'delay'; ms: number } | { kind: 'truncate' } | { kind: 'hang' };

export function applyFault(fault: Fault, res: ServerResponse): FaultEffect {
  switch (fault.kind) {
    case 'status':
      if (fault.body === 'json') sendJson(res, fault.status, { response: 'ERROR_UNDEFINED' });
      else send(res, fault.status, htmlPage(`${fault.status} ${statusText(fault.status)}`, 'The server is temporarily unable to service your request.'), 'text/html; charset=utf-8');
      return { kind: 'answered' };
    case 'rate-limit':
      sendJson(res, 429, { response: 'TRY_AGAIN_LATER' }, { 'Retry-After': String(fault.retryAfterSeconds ?? 1) });
      return { kind: 'answered' };
    case 'html':
      // A proxy or maintenance page served with 200: only parsing the body reveals the failure.
      send(res, 200, htmlPage('Technical works', 'The service will be back soon.'), 'text/html; charset=utf-8');
      return { kind: 'answered' };
    case 'error':
      sendJson(res, 200, { response: fault.code });
      return { kind: 'answered' };
    case 'reset':
      res.socket?.destroy();
      return { kind: 'answered' };
    case 'slow':
      return { kind: 'delay', ms: fault.ms };
    case 'truncated':
      return { kind: 'truncate' };
    case 'hang':
      return { kind: 'hang' };
  }
}

function statusText(status: 500 | 502 | 503): string {
  switch (status) {
    case 500:
      return 'Internal Server Error';
    case 502:
      return 'Bad Gateway';
    case 503:
      return 'Service Temporarily Unavailable';
  }
}
