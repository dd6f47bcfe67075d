// Messages between contexts, one zod union per direction (docs/architecture.md). Every message is parsed on
// arrival; anything that does not match — an unknown field included (strict objects) — is ignored. Tab and frame always come from the browser's
// `sender`, never from a payload, so a page or another extension cannot speak for a tab.
import { z } from './zod.ts';
import { MAX_KEEP_DAYS, MIN_KEEP_DAYS } from './rentals/retention.ts';
import type { Balance, Rental, Tariff } from './onlinesim/types.ts';
import type { CommandError } from './command-error.ts';

const tzid = z.number().int().positive();
const days = z.number().int().positive().max(3650);

/** Popup and options page → background. Each gets a `CommandReply`. */
export const commandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('refresh') }),
  z.strictObject({ type: z.literal('tariffs') }),
  z.strictObject({ type: z.literal('balance') }),
  z.strictObject({ type: z.literal('rent'), country: z.number().int().positive(), days, autoRenew: z.boolean() }),
  z.strictObject({ type: z.literal('extend'), tzid, days }),
  z.strictObject({ type: z.literal('close'), tzid }),
  z.strictObject({ type: z.literal('port-reload'), tzid }),
  // `confirmedHost`: the host the user confirmed on the settings page for this address (null: none).
  z.strictObject({ type: z.literal('save-settings'), apiKey: z.string().max(512), apiAddress: z.string().max(2048), confirmedHost: z.string().max(300).nullable() }),
  z.strictObject({ type: z.literal('fill-code'), tzid, messageId: z.string().max(64) }),
  z.strictObject({ type: z.literal('fill-number'), tzid }),
  z.strictObject({ type: z.literal('clear-ledger') }),
  // The settings the pages change directly; the background is their only writer.
  z.strictObject({
    type: z.literal('update-settings'),
    fillMode: z.enum(['auto', 'ask', 'off']).optional(),
    disabledSites: z.array(z.string().max(253)).max(1000).optional(),
    showCodesInNotifications: z.boolean().optional(),
    keepEndedMessagesDays: z.number().int().min(MIN_KEEP_DAYS).max(MAX_KEEP_DAYS).optional(),
  }),
]);
export type Command = z.infer<typeof commandSchema>;

/** What each command's reply carries when it succeeds: the one place that says so, read by the
 * background's handlers and by `Connector.send`. `undefined`: success is all there is to say. */
export interface CommandValues {
  refresh: undefined;
  tariffs: Tariff[];
  balance: undefined;
  rent: Rental;
  extend: undefined;
  close: undefined;
  'port-reload': undefined;
  /** The balance the check of the new key read. */
  'save-settings': Balance;
  'fill-code': undefined;
  'fill-number': undefined;
  'clear-ledger': undefined;
  'update-settings': undefined;
}
export type CommandType = Command['type'];
export type CommandOf<T extends CommandType> = Extract<Command, { type: T }>;

/** A failure is a value (lib/command-error.ts): the page that shows it words it in its own language. */
export interface CommandFailure {
  ok: false;
  error: CommandError;
}
// Distributes over a union of command types, so a reply to "some command" is one of their replies.
export type CommandSuccess<T extends CommandType> = T extends CommandType
  ? CommandValues[T] extends undefined ? { ok: true } : { ok: true; value: CommandValues[T] }
  : never;
export type CommandReply<T extends CommandType = CommandType> = CommandSuccess<T> | CommandFailure;

/** Content script → background: a fillable OTP field became visible (present) or went away in the
 * sender's frame. The content script builds it against the type alone (zod stays out of its bundle);
 * the background checks it with the schema. (lib/fill-protocol.ts has the other direction.) */
const fieldReportSchema = z.strictObject({
  type: z.literal('otp-field'),
  present: z.boolean(),
  /** A random name for the document that reports, so a fill meant for it never lands in the next one. */
  doc: z.string().regex(/^[\w-]{8,64}$/),
  /** The field holds the focus (the user is at it). */
  focused: z.boolean(),
  /** Its visibility was checked across frames: with IntersectionObserver v2, which sees what ancestor
   * frames do, or directly, every ancestor frame being of its origin. */
  checked: z.boolean(),
});
export type FieldReport = z.infer<typeof fieldReportSchema>;
export const contentMessageSchema = z.discriminatedUnion('type', [fieldReportSchema]);

/** Who sent a message, as the browser says (runtime.MessageSender, the fields SimFill reads). Never
 * taken from a payload. */
export interface Sender {
  id?: string;
  url?: string;
  /** The frame's origin (Chrome); for about:srcdoc frames the origin they inherit. */
  origin?: string;
  tab?: { id?: number };
  frameId?: number;
}

