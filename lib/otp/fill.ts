// Puts a code into a detected target so that the page's own logic accepts it: each strategy imitates
// something a person does (autofill, typing, pasting), the value is read back after the page had a
// moment to react, and the next strategy runs when it did not stick.
import { targetElements, type OtpTarget } from './detect.ts';
import {
  clearField,
  fireChange,
  focusField,
  insertWhole,
  pasteInto,
  readValue,
  setNativeValue,
  typeChar,
} from './field-events.ts';
import { userHasTyped } from './field-typing.ts';
import { isVisibleToUser } from './visibility.ts';

export { userHasTyped, watchUserTyping } from './field-typing.ts';

export type FillStrategy = 'setter' | 'keys' | 'paste';
export type FillOutcome =
  | { ok: true; strategy: FillStrategy; fields: number }
  | { ok: false; reason: 'not-visible' | 'user-typed' | 'rejected' | 'length-mismatch' | 'gone' };

// Long enough for a page to re-render or revert in its own handlers and microtasks, short enough that
// three strategies still feel instant.
const SETTLE_MS = 50;
// A maxlength above this is a generic text limit, not the code's length.
const CODE_MAXLENGTH_LIMIT = 10;

export async function fillTarget(target: OtpTarget, code: string): Promise<FillOutcome> {
  const els = targetElements(target);
  if (els.length === 0 || els.some((el) => !el.isConnected || el.disabled || el.readOnly)) {
    return { ok: false, reason: 'gone' };
  }
  if (!lengthFits(target, code)) return { ok: false, reason: 'length-mismatch' };
  if (els.some(userHasTyped)) return { ok: false, reason: 'user-typed' };
  if (!els.every((el) => isVisibleToUser(el))) return { ok: false, reason: 'not-visible' };

  const before = els.map(readValue);
  const strategies: FillStrategy[] = target.kind === 'single' ? ['setter', 'keys', 'paste'] : ['keys', 'paste'];
  for (const strategy of strategies) {
    if (target.kind === 'single') fillSingle(target.element, code, strategy);
    else fillSplit(target.elements, code, strategy);
    await settle();
    if (els.some((el) => !el.isConnected)) return { ok: false, reason: 'gone' };
    if (holdsCode(els, code)) return { ok: true, strategy, fields: els.length };
    // The person started typing while we waited: their input wins, and nothing of ours is undone over it.
    if (els.some(userHasTyped)) return { ok: false, reason: 'user-typed' };
  }
  // Leave no half-code behind that the user would have to notice and delete.
  els.forEach((el, i) => {
    if (readValue(el) !== before[i]) {
      setNativeValue(el, before[i] ?? '');
      fireChange(el);
    }
  });
  return { ok: false, reason: 'rejected' };
}

function lengthFits(target: OtpTarget, code: string): boolean {
  if (code.length === 0) return false;
  if (target.kind === 'split') return target.elements.length === code.length;
  const max = target.element.maxLength;
  return max <= 0 || max > CODE_MAXLENGTH_LIMIT || max === code.length;
}

function fillSingle(el: HTMLInputElement, code: string, strategy: FillStrategy): void {
  focusField(el);
  switch (strategy) {
    case 'setter':
      insertWhole(el, code, 'insertText');
      return;
    case 'keys':
      clearField(el);
      for (const ch of code) typeChar(el, ch);
      fireChange(el);
      return;
    case 'paste':
      clearField(el);
      if (!pasteInto(el, code)) insertWhole(el, code, 'insertFromPaste');
      return;
  }
}

function fillSplit(boxes: HTMLInputElement[], code: string, strategy: FillStrategy): void {
  switch (strategy) {
    case 'setter':
    case 'keys':
      boxes.forEach((box, i) => {
        focusField(box);
        clearField(box);
        typeChar(box, code[i] ?? '');
        fireChange(box);
      });
      return;
    case 'paste': {
      // Right to left, so auto-advance widgets do not hop focus forward while being emptied.
      for (const box of [...boxes].reverse()) clearField(box);
      const first = boxes[0]!;
      focusField(first);
      // Not taken over by the page: a browser would put the text into the first box, and widgets that
      // spread a long value over the boxes in their input handler do the rest.
      if (!pasteInto(first, code)) insertWhole(first, code, 'insertFromPaste');
      return;
    }
  }
}

// Pages format codes ("123 456", "123-456") and change case; what matters is the same characters.
const norm = (s: string): string => s.replace(/[\s\-]/g, '').toUpperCase();

function holdsCode(els: HTMLInputElement[], code: string): boolean {
  if (els.length === 1) return norm(readValue(els[0]!)) === norm(code);
  return els.every((el, i) => norm(readValue(el)) === norm(code[i] ?? ''));
}

function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}
