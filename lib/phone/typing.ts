// Typing a phone number the way a person does: one key at a time at the caret, so masks that format as
// you type (imask, Inputmask, maska, react-input-mask) see each key, and a key a mask handles itself
// (preventDefault on keydown/keypress/beforeinput) is not inserted a second time. lib/otp/field-events.ts
// appends at the end, which is right for code boxes but not for a mask already showing "+7 (___)".
import { viewOf } from '../otp/field-dom.ts';
import { fireChange, readValue, setNativeValue } from '../otp/field-events.ts';

/** Lets the page's handlers, timers and re-renders run between keys; keeps the main thread free. */
export const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Where typing continues: at the first blank of a shown mask ("+7 (___)"), else at the end. */
export function placeCaret(el: HTMLInputElement): void {
  const value = readValue(el);
  const blank = value.indexOf('_');
  setCaret(el, blank >= 0 ? blank : value.length);
}

function setCaret(el: HTMLInputElement, at: number): void {
  try {
    el.setSelectionRange(at, at);
  } catch {
    // type=number has no selection: typing there always appends.
  }
}

function caret(el: HTMLInputElement): [number, number] {
  const length = readValue(el).length;
  try {
    return [el.selectionStart ?? length, el.selectionEnd ?? length];
  } catch {
    return [length, length];
  }
}

function keyInit(ch: string): KeyboardEventInit {
  const digit = ch >= '0' && ch <= '9';
  const keyCode = digit ? ch.charCodeAt(0) : 187; // "+" is Shift+= on a US layout
  return { key: ch, code: digit ? `Digit${ch}` : 'Equal', keyCode, which: keyCode, shiftKey: !digit, bubbles: true, cancelable: true, composed: true };
}

/** One keystroke: keydown, keypress, beforeinput, the insertion at the caret, input, keyup. */
export function typeKey(el: HTMLInputElement, ch: string): void {
  const view = viewOf(el);
  if (!view) return;
  const init = keyInit(ch);
  let insert = el.dispatchEvent(new view.KeyboardEvent('keydown', init));
  if (insert) insert = el.dispatchEvent(new view.KeyboardEvent('keypress', { ...init, charCode: ch.charCodeAt(0) }));
  const inputInit = { bubbles: true, composed: true, inputType: 'insertText', data: ch };
  if (insert) insert = el.dispatchEvent(new view.InputEvent('beforeinput', { ...inputInit, cancelable: true }));
  if (insert && el.isConnected) {
    const value = readValue(el);
    const [start, end] = caret(el);
    setNativeValue(el, value.slice(0, start) + ch + value.slice(end));
    setCaret(el, start + 1);
    el.dispatchEvent(new view.InputEvent('input', inputInit));
  }
  el.dispatchEvent(new view.KeyboardEvent('keyup', init));
}

/** Types `text` key by key, letting the page run between keys, then fires change as a blur would. */
export async function typeText(el: HTMLInputElement, text: string): Promise<void> {
  placeCaret(el);
  for (const ch of text) {
    typeKey(el, ch);
    await nextTask();
  }
  fireChange(el);
}

/** Puts back a value as it was before SimFill typed (select-all + typing it, as one edit). */
export function restoreValue(el: HTMLInputElement, value: string): void {
  const view = viewOf(el);
  if (!view || readValue(el) === value) return;
  setNativeValue(el, value);
  el.dispatchEvent(new view.InputEvent('input', { bubbles: true, composed: true, inputType: value ? 'insertReplacementText' : 'deleteContentBackward', data: null }));
  fireChange(el);
}
