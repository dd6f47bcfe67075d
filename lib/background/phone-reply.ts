// The injected phone-fill script's answer, checked like any input from a page (the page could have
// replaced the frame's script world's globals), and the reason it gives as a value
// (lib/command-error.ts words it where it is shown).
import { z } from '../zod.ts';
import type { NumberNotFilled } from '../command-error.ts';
import { PHONE_FILL_FAILURES, PHONE_FORMS, type PhoneFillReply } from '../phone/protocol.ts';

const host = z.string().max(253);
const replySchema = z.union([
  z.strictObject({ ok: z.literal(true), host, form: z.enum(PHONE_FORMS) }),
  z.strictObject({ ok: z.literal(false), host, reason: z.enum(PHONE_FILL_FAILURES) }),
]);

export function parsePhoneFillReply(value: unknown): PhoneFillReply | null {
  const parsed = replySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** Why nothing (or nothing verified) was filled; null reply: the script could not run in that tab at all. */
export function numberNotFilled(reply: PhoneFillReply | null): NumberNotFilled {
  return reply && !reply.ok ? reply.reason : 'no-access';
}
