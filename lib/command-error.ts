// Why a command did not do what it was asked, as a value. The background answers with the value and
// never with words: the worker's language is fixed when it starts, and a reply worded there stayed in
// that language whatever the page that showed it spoke. The page that shows a failure words it with
// `describeCommandError` and its own translator; the background words one itself only for what it shows
// itself, a notification.
import { displayText } from './display-text.ts';
import { NOT_FILLED_TEXT, type NotFilled } from './fill-outcome.ts';
import type { MessageKey } from './i18n.ts';
import { describeError, type ProviderError, type Say } from './onlinesim/errors.ts';
import type { PhoneFillFailure } from './phone/protocol.ts';

/** The injected script's own reasons, or 'no-access': it could not run in that tab at all (no access, no answer). */
export type NumberNotFilled = PhoneFillFailure | 'no-access';

export type CommandError =
  /** A provider call failed, or SimFill refused to make it (lib/onlinesim/errors.ts). */
  | { kind: 'call-failed'; error: ProviderError }
  /** No key is saved; the key typed is empty; the address typed is no web address; the background did
   * not answer at all (the page itself says so, lib/connector.ts). */
  | { kind: 'no-key' | 'empty-key' | 'bad-address' | 'no-answer' }
  /** The user did not grant the host permission the API address needs (the options page itself says so). */
  | { kind: 'permission-denied'; host: string }
  /** The code the user asked to fill went nowhere; `origin`: the site a code bound elsewhere belongs to. */
  | { kind: 'code-not-filled'; reason: NotFilled; origin: string | null }
  /** The rented number the user asked to fill went nowhere. */
  | { kind: 'number-not-filled'; reason: NumberNotFilled };

/** A message key that has a next-step partner (`phoneNoField` and `phoneNoFieldNext`). */
type KeyWithNext = { [K in MessageKey]: `${K}Next` extends MessageKey ? K : never }[MessageKey];

const PLAIN_TEXT = { 'no-key': 'errNoKey', 'empty-key': 'errEmptyKey', 'bad-address': 'errBadAddress', 'no-answer': 'errNoAnswer' } as const satisfies Record<string, KeyWithNext>;

const NUMBER_TEXT = {
  'no-field': 'phoneNoField',
  'several-fields': 'phoneSeveralFields',
  'not-empty': 'phoneNotEmpty',
  'country-not-set': 'phoneCountryNotSet',
  'not-verified': 'phoneNotVerified',
  'no-access': 'phoneNoAccess',
} as const satisfies Record<NumberNotFilled, KeyWithNext>;

function withNextStep(key: KeyWithNext, say: Say): { message: string; nextStep: string } {
  return { message: say(key), nextStep: say(`${key}Next`) };
}

/** Plain words and a next step in the language `say` speaks: `t` in a page, `sayIn(lang)` in the background. */
export function describeCommandError(e: CommandError, say: Say): { message: string; nextStep: string } {
  switch (e.kind) {
    case 'call-failed':
      return describeError(e.error, say);
    case 'permission-denied':
      return { message: say('permissionDenied', displayText(e.host)), nextStep: say('permissionDeniedNext') };
    case 'code-not-filled':
      // The next step: for a code bound elsewhere, where it belongs; otherwise the way that works where
      // detection did not, the shortcut in the field the user picks.
      return {
        message: say(NOT_FILLED_TEXT[e.reason]),
        nextStep: e.reason === 'other-site' && e.origin ? say('originOnly', e.origin) : say('errNoFieldNext'),
      };
    case 'number-not-filled':
      return withNextStep(NUMBER_TEXT[e.reason], say);
    default:
      return withNextStep(PLAIN_TEXT[e.kind], say);
  }
}
