// Messages are read by a hand-written reader (lib/onlinesim/schemas.ts, `readMessage`) for speed. The
// zod schema it replaced is kept here as the reference: on generated messages — every field replaced by
// any JSON value, dropped, or given the types the provider's docs and SDKs show — both must accept the
// same items and read them the same way.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { displayText } from '../../lib/display-text.ts';
import { readMessage } from '../../lib/onlinesim/schemas.ts';
import type { Message } from '../../lib/onlinesim/types.ts';
import { providerTimeToMs } from '../../lib/onlinesim/wire.ts';
import { z } from '../../lib/zod.ts';

const NOW = Date.UTC(2026, 10, 30, 12, 0, 0);

/** The schema as it stood before the hand-written reader (git history: lib/onlinesim/schemas.ts). */
function referenceSchema(receivedAtMs: number) {
  const providerCode = z
    .union([z.string(), z.number(), z.null()])
    .optional()
    .transform((code): string | null => {
      if (code === null || code === undefined || code === 0 || code === '') return null;
      const text = String(code).trim();
      return text === '' || text === '0' ? null : displayText(text);
    });
  return z
    .object({
      id: z.union([z.number().int().transform(String), z.string().trim().min(1)]),
      service: z.union([z.string(), z.null()]).optional(),
      text: z.union([z.string(), z.number().transform(String)]),
      code: providerCode,
      created_at: z.unknown().optional(),
    })
    .transform(
      (m): Message => ({
        id: m.id,
        service: displayText(m.service ?? ''),
        text: displayText(m.text),
        providerCode: m.code,
        receivedAt: (typeof m.created_at === 'string' ? providerTimeToMs(m.created_at) : null) ?? receivedAtMs,
      }),
    );
}

const reference = (item: unknown): Message | null => {
  const parsed = referenceSchema(NOW).safeParse(item);
  return parsed.success ? parsed.data : null;
};

/** Plausible values for each field, plus any JSON at all. */
const field = (...plausible: fc.Arbitrary<unknown>[]) => fc.oneof(...plausible, fc.jsonValue(), fc.constant(undefined));
const message = fc.record(
  {
    id: field(fc.integer(), fc.string(), fc.constantFrom(' 7 ', '', '  ', 1.5, -3, 2 ** 60)),
    service: field(fc.string(), fc.constant(null)),
    text: field(fc.string(), fc.integer(), fc.double({ noNaN: true }), fc.constant('\u202E4321 code')),
    code: field(fc.constantFrom('007', 0, '0', '', ' 12 ', 482913, null)),
    created_at: field(fc.constantFrom('2026-11-30 14:00:00', '2024-02-31 10:00:00', 'yesterday')),
  },
  { requiredKeys: [] },
);

describe('readMessage', () => {
  it('accepts and reads exactly what the zod schema did', () => {
    fc.assert(
      fc.property(fc.oneof(message, fc.jsonValue()), (item) => {
        expect(readMessage(item, NOW)).toEqual(reference(item));
      }),
      { numRuns: 3000, seed: 17 },
    );
  });

  it('reads the documented message', () => {
    const item = { id: 1, service: 'Google', text: 'Your verification code is 070051', code: '070051', created_at: '2022-07-17 21:46:58' };
    expect(readMessage(item, NOW)).toEqual({ id: '1', service: 'Google', text: 'Your verification code is 070051', providerCode: '070051', receivedAt: Date.UTC(2022, 6, 17, 18, 46, 58) });
  });
});
