// Messages between contexts, one zod union per direction (docs/design.md). Every message is parsed on
// arrival; anything that does not match — an unknown field included (strict objects) — is ignored. Tab and frame always come from the browser's
// `sender`, never from a payload, so a page or another extension cannot speak for a tab.
import { z } from './zod.ts';

const tzid = z.number().int().positive();
const days = z.number().int().positive().max(3650);

/** Popup and options page → background. Each gets a `CommandReply`. */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('refresh') }),
  z.strictObject({ type: z.literal('tariffs') }),
  z.strictObject({ type: z.literal('rent'), country: z.number().int().positive(), days, autoRenew: z.boolean() }),
  z.strictObject({ type: z.literal('extend'), tzid, days }),
  z.strictObject({ type: z.literal('close'), tzid }),
  z.strictObject({ type: z.literal('port-reload'), tzid }),
  z.strictObject({ type: z.literal('save-settings'), apiKey: z.string().max(512), apiAddress: z.string().max(2048) }),
  z.strictObject({ type: z.literal('fill-code'), tzid, messageId: z.string().max(64) }),
]);
export type Command = z.infer<typeof commandSchema>;

export type CommandReply =
  | { ok: true; value?: unknown }
  | {
      ok: false;
      message: string;
      nextStep: string;
      /** The provider's error code, when it answered with one. */
      code: string | null;
      /** The provider could not be reached at all (refused, no network, or blocked for lack of a host permission). */
      unreachable?: boolean;
    };

/** Content script → background. */
export const contentMessageSchema = z.discriminatedUnion('type', [
  /** A fillable OTP field became visible (true) or went away (false) in the sender's frame. */
  z.strictObject({ type: z.literal('otp-field'), present: z.boolean() }),
]);
export type ContentMessage = z.infer<typeof contentMessageSchema>;

/** Background → content script (to one tab and frame). */
export const fillRequestSchema = z.strictObject({
  type: z.literal('fill'),
  code: z.string().regex(/^[0-9A-Za-z]{3,10}$/),
  /** The site an origin-bound code is for; the content script refuses to type it anywhere else. */
  origin: z.string().max(253).nullable(),
  /** Fill only the focused field (keyboard shortcut, context menu) rather than the detected one. */
  focusedOnly: z.boolean(),
});
export type FillRequest = z.infer<typeof fillRequestSchema>;

export const fillReplySchema = z.discriminatedUnion('ok', [
  z.strictObject({ ok: z.literal(true), host: z.string().max(253) }),
  z.strictObject({ ok: z.literal(false), reason: z.string().max(64) }),
]);
export type FillReply = z.infer<typeof fillReplySchema>;

/** The popup keeps a port named this open; the background runs the fast loop while one is connected. */
export const POPUP_PORT = 'popup';
