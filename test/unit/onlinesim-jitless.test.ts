import { expect, it, vi } from 'vitest';

// The extension's CSP forbids `new Function` and Firefox's linter rejects it; zod's JIT would use it.
it('parses provider answers without ever constructing a Function', async () => {
  let constructed = 0;
  const guarded = new Proxy(Function, {
    construct() {
      constructed++;
      throw new EvalError('blocked by test CSP');
    },
  });
  vi.stubGlobal('Function', guarded);
  const { parseRentalList } = await import('../../lib/onlinesim/schemas.ts');
  const body = { response: 1, list: [{ tzid: 1, number: '9000000000', country: 7, time: 5, messages: [{ id: 1, text: 'code 1234', code: '1234', created_at: '2024-05-01 15:00:00' }] }] };
  const result = parseRentalList(body, 0);
  vi.unstubAllGlobals();
  expect(result.ok && result.value.rentals[0]?.messages[0]?.providerCode).toBe('1234');
  expect(constructed).toBe(0);
});

