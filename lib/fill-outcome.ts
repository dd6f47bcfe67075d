// Why a code was not filled, as a value: the engine records it on the message and answers the popup's
// Fill button with it; the popup says it in the user's language (text is made where it is shown).
import type { FillRefusal } from './fill-protocol.ts';
import type { MessageKey } from './i18n.ts';

/** A frame's own refusals (fill-protocol.ts) and the background's: no frame answered, the field sits in
 * another site's frame, the user switched the site off, the code is older than the field. */
export type NotFilled = FillRefusal | 'no-answer' | 'foreign-frame' | 'site-off' | 'too-old';

export type DeliveryOutcome = { ok: true; host: string } | { ok: false; reason: NotFilled };

/** The words for each reason; also the list of reasons a stored record may hold (lib/storage/schemas.ts). */
export const NOT_FILLED_TEXT: Record<NotFilled, MessageKey> = {
  'no-field': 'notFilledNoField',
  'not-visible': 'notFilledHidden',
  'other-site': 'notFilledOtherSite',
  'foreign-frame': 'notFilledForeignFrame',
  'site-off': 'notFilledSiteOff',
  'too-old': 'notFilledTooOld',
  'user-typed': 'notFilledUserTyped',
  rejected: 'notFilledRejected',
  'length-mismatch': 'notFilledLength',
  gone: 'notFilledGone',
  // The frame showed another document by then: for the user, the field they saw went away.
  'other-document': 'notFilledGone',
  'no-answer': 'notFilledNoAnswer',
  // Another code was being typed into that field: this one was not even tried.
  busy: 'notFilledNoAnswer',
};
