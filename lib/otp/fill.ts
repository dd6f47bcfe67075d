// Puts a code into a detected target so that the page's own logic accepts it: each strategy imitates
// something a person does (autofill, typing, pasting), the value is read back after the page had a
// moment to react, and the next strategy runs when it did not stick.
import type { OtpTarget } from './detect.ts';
import { collectInputs } from './field-dom.ts';
import { clearField, fireChange, focusField, insertWhole, pasteInto, readValue, typeChar } from './field-events.ts';
import { userHasTyped } from './field-typing.ts';
import { isVisibleToUser } from './visibility.ts';

export { userHasTyped, watchUserTyping } from './field-typing.ts';

export type FillStrategy = 'setter' | 'keys' | 'paste';
export type FillFailure = 'not-visible' | 'user-typed' | 'rejected' | 'length-mismatch' | 'gone';
export type FillOutcome = { ok: true; strategy: FillStrategy; fields: number } | { ok: false; reason: FillFailure };

const fail = (reason: FillFailure): FillOutcome => ({ ok: false, reason });

// Long enough for a page to re-render or revert in its own handlers and microtasks, short enough that
// three strategies still feel instant.
const SETTLE_MS = 50;
// A maxlength above this is a generic text limit, not the code's length.
const CODE_MAXLENGTH_LIMIT = 10;

export async function fillTarget(target: OtpTarget, code: string): Promise<FillOutcome> {
  const els = target.elements;
  if (els.length === 0 || els.some((el) => !el.isConnected || el.disabled || el.readOnly)) {
    return fail('gone');
  }
  if (!lengthFits(els, code)) return fail('length-mismatch');
  if (els.some(userHasTyped)) return fail('user-typed');
  if (!els.every((el) => isVisibleToUser(el))) return fail('not-visible');

  const before = els.map(readValue);
  const single = els.length === 1;
  const strategies: FillStrategy[] = single ? ['setter', 'keys', 'paste'] : ['keys', 'paste'];
  for (const strategy of strategies) {
    const seen = single ? fillSingle(els[0]!, code, strategy) : strategy === 'keys' ? await typeIntoBoxes(els, code) : await pasteIntoBoxes(els, code);
    if (!seen) {
      undo(els, before);
      return fail('not-visible');
    }
    await pause(SETTLE_MS);
    if (els.some((el) => !el.isConnected)) return fail('gone');
    if (holdsCode(els, code)) return { ok: true, strategy, fields: els.length };
    // The person started typing while we waited: their input wins, and nothing of ours is undone over it.
    if (els.some(userHasTyped)) return fail('user-typed');
  }
  undo(els, before);
  return fail('rejected');
}

// Leave no half-code behind that the user would have to notice and delete, and undo it the way a
// person would (an input event), so a framework's own state forgets it too.
function undo(els: HTMLInputElement[], before: string[]): void {
  els.forEach((el, i) => {
    if (readValue(el) === before[i]) return;
    if (before[i]) insertWhole(el, before[i]!, 'insertText');
    else clearField(el);
  });
}

/** Focuses the field and looks again: the page sees the focus before any character, and may answer it
 * by swapping, hiding or covering the field (a focus handler, a `:focus` rule; red team round 3). */
function focusSeen(el: HTMLInputElement): boolean {
  focusField(el);
  return isVisibleToUser(el);
}

function lengthFits(els: HTMLInputElement[], code: string): boolean {
  if (code.length === 0) return false;
  if (els.length > 1) return els.length === code.length;
  const max = els[0]!.maxLength;
  // One character of slack: MFA token fields ("Authentication Token", maxlength 7) take 6-digit codes.
  return max <= 0 || max > CODE_MAXLENGTH_LIMIT || max === code.length || max === code.length + 1;
}

/** false: the field was out of sight once focused, and nothing was typed. */
function fillSingle(el: HTMLInputElement, code: string, strategy: FillStrategy): boolean {
  if (!focusSeen(el)) return false;
  switch (strategy) {
    case 'setter':
      insertWhole(el, code, 'insertText');
      break;
    case 'keys':
      clearField(el);
      for (const ch of code) typeChar(el, ch);
      fireChange(el);
      break;
    case 'paste':
      clearField(el);
      if (!pasteInto(el, code)) insertWhole(el, code, 'insertFromPaste');
  }
  return true;
}

/**
 * Box by box, the way a person types: focus the box, type its character, signal the change, letting the
 * page react after each, and check the character stayed. One box per task keeps each task short, and it is what
 * split widgets need: Zag/Ark (Chakra v3) take input only into the box they saw focused, and moving
 * focus twice within one task sets their focus tracking and React's re-render chasing each other
 * forever (the page froze); react-otp-input and vue3-otp-input write where they last saw focus. The
 * first box that does not keep its character ends this strategy: at most one step per box. Each box is
 * looked at again once focused (false: one was out of sight, and nothing more was typed).
 */
async function typeIntoBoxes(boxes: HTMLInputElement[], code: string): Promise<boolean> {
  for (const [i, box] of boxes.entries()) {
    if (!box.isConnected || userHasTyped(box)) return true;
    focusField(box);
    await pause(0);
    if (!isVisibleToUser(box)) return false;
    typeChar(box, code[i]!);
    await pause(0);
    fireChange(box); // its own task: a heavy widget (MUI) re-renders on each of the two events
    await pause(0);
    if (norm(readValue(box)) !== norm(code[i]!)) return true;
  }
  return true;
}

async function pasteIntoBoxes(boxes: HTMLInputElement[], code: string): Promise<boolean> {
  // Right to left, so auto-advance widgets do not hop focus forward while being emptied.
  for (const box of [...boxes].reverse()) clearField(box);
  const first = boxes[0]!;
  focusField(first);
  await pause(0);
  if (!isVisibleToUser(first)) return false;
  // Not taken over by the page: a browser would put the text into the first box, and widgets that
  // spread a long value over the boxes in their input handler do the rest.
  if (!pasteInto(first, code)) insertWhole(first, code, 'insertFromPaste');
  return true;
}

// Pages format codes ("123 456", "123-456") and change case; what matters is the same characters.
const norm = (s: string): string => s.replace(/[\s\-]/g, '').toUpperCase();

function holdsCode(els: HTMLInputElement[], code: string): boolean {
  if (els.length === 1) return [readValue(els[0]!), spreadFrom(els[0]!, code.length)].some((v) => norm(v) === norm(code));
  return els.every((el, i) => norm(readValue(el)) === norm(code[i]!)); // as many boxes as characters (lengthFits)
}

/** What the field and the inputs after it hold together. Widgets built for browser autofill (Radix's
 * one-time-password field) take the whole code in their first box and spread it over the boxes: the
 * first keeps one character, and the code is there all the same. */
function spreadFrom(el: HTMLInputElement, length: number): string {
  const inputs = collectInputs(el.getRootNode() as Document | ShadowRoot).filter((i) => i.type !== 'hidden');
  const at = inputs.indexOf(el);
  return inputs.slice(at, at + length).map(readValue).join('');
}

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
