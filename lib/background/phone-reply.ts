// The injected phone-fill script's answer, checked like any input from a page (the page could have
// replaced the frame's script world's globals), and said in words for the popup or a notification.
import { z } from '../zod.ts';
import { translate, type Lang, type MessageKey } from '../i18n.ts';
import type { PhoneFillReply } from '../phone/protocol.ts';

const host = z.string().max(253);
const replySchema = z.union([
  z.strictObject({ ok: z.literal(true), host, form: z.enum(['national', 'international']) }),
  z.strictObject({ ok: z.literal(false), host, reason: z.enum(['no-field', 'several-fields', 'not-empty', 'country-not-set', 'not-verified']) }),
]);

export function parsePhoneFillReply(value: unknown): PhoneFillReply | null {
  const parsed = replySchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const KEYS: Record<Exclude<PhoneFillReply, { ok: true }>['reason'] | 'no-access', MessageKey> = {
  'no-field': 'phoneNoField',
  'several-fields': 'phoneSeveralFields',
  'not-empty': 'phoneNotEmpty',
  'country-not-set': 'phoneCountryNotSet',
  'not-verified': 'phoneNotVerified',
  'no-access': 'phoneNoAccess',
};

/** null: the script could not run in that tab at all (no access, no answer). */
export function describePhoneFailure(reply: PhoneFillReply | null, lang: Lang): { message: string; nextStep: string } {
  const key = KEYS[reply && !reply.ok ? reply.reason : 'no-access'];
  return { message: translate(lang, key, []), nextStep: translate(lang, `${key}Next` as MessageKey, []) };
}
