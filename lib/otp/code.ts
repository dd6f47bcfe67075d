// What "a code" is, said once for everything that handles one: the extractor makes codes, the fill
// protocol carries them, the content script types them, the popup offers them with a Fill button and
// the shortcut and the background pick "the latest" one. Small and free of imports: the always-on
// content script includes the pattern.

/** 3 to 12 ASCII letters and digits: nothing else is ever typed into a page. 12 is for the origin-bound
 * format ("@bank.example #A1B2C3D4E5F6"), whose code the sender chooses; codes read out of prose are
 * at most 10 (the extractor's candidate rules). The extractor reads the origin-bound line with it. */
export const CODE_PATTERN = /^[\dA-Z]{3,12}$/i;

declare const checked: unique symbol;
/** A string that matched CODE_PATTERN: only `asCode` makes one, so a fill request cannot carry anything else. */
export type Code = string & { readonly [checked]: true };

export function asCode(text: string | null | undefined): Code | null {
  return typeof text === 'string' && CODE_PATTERN.test(text) ? (text as Code) : null;
}

/** What `latestCode` needs of a message. */
interface WithCode {
  code: string | null;
  /** The provider's time of arrival. */
  receivedAt: number;
}

/**
 * "The latest code", one definition for the shortcut, the context menu, the background's fill of a
 * field that appeared after its SMS, and the popup: the message that arrived last, by the provider's
 * time, whose code is a `Code` and passes `eligible`. Of two in the same second the one later in the
 * list wins: stored messages are kept in order of arrival.
 */
export function latestCode<M extends WithCode>(messages: Iterable<M>, eligible: (message: M) => boolean = () => true): { message: M; code: Code } | undefined {
  let latest: { message: M; code: Code } | undefined;
  for (const message of messages) {
    const code = asCode(message.code);
    if (code && (!latest || message.receivedAt >= latest.message.receivedAt) && eligible(message)) latest = { message, code };
  }
  return latest;
}

/** The message that arrived last holding a code or, when the extractor was unsure, candidates: what a
 * rental's compact card shows and what makes it "new". Ties as in `latestCode`. */
export function newestWithCode<M extends WithCode & { candidates: readonly string[] }>(messages: Iterable<M>): M | undefined {
  let newest: M | undefined;
  for (const message of messages) {
    if ((message.code !== null || message.candidates.length > 0) && (!newest || message.receivedAt >= newest.receivedAt)) newest = message;
  }
  return newest;
}
