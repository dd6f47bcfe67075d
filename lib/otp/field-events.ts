// The events a browser fires when a person types or pastes, built from the field's own window so they
// belong to the page's realm (iframes, Firefox content-script Xrays, test windows).
import { viewOf } from './field-dom.ts';

type View = Window & typeof globalThis;

/**
 * The page's own HTMLInputElement `value` accessor. React (>=15.6) puts its own `value` setter on the
 * element to remember the last value; writing around it makes the following input event look like a
 * change to React (react/react#1159). Plain `el.value = x` would be silently reverted.
 */
const nativeValue = (el: HTMLInputElement): PropertyDescriptor | undefined =>
  viewOf(el) ? Object.getOwnPropertyDescriptor(viewOf(el)!.HTMLInputElement.prototype, 'value') : undefined;

export function setNativeValue(el: HTMLInputElement, value: string): void {
  const setter = nativeValue(el)?.set;
  if (setter) setter.call(el, value);
  else el.value = value;
}

export function readValue(el: HTMLInputElement): string {
  const getter = nativeValue(el)?.get;
  return getter ? String(getter.call(el)) : el.value;
}

function input(view: View, el: HTMLInputElement, type: 'beforeinput' | 'input', inputType: string, data: string | null): boolean {
  return el.dispatchEvent(
    new view.InputEvent(type, { bubbles: true, cancelable: type === 'beforeinput', composed: true, inputType, data }),
  );
}

/** The whole value at once, as browser autofill does: setter, input, change. */
export function insertWhole(el: HTMLInputElement, value: string, inputType: 'insertText' | 'insertFromPaste'): void {
  const view = viewOf(el);
  if (!view) return;
  setNativeValue(el, value);
  input(view, el, 'input', inputType, value);
  fireChange(el);
}

/** Empties a field the way a user's select-all + Delete would. */
export function clearField(el: HTMLInputElement): void {
  const view = viewOf(el);
  if (!view || readValue(el) === '') return;
  setNativeValue(el, '');
  input(view, el, 'input', 'deleteContentBackward', null);
}

// Codes are ASCII letters and digits only (lib/fill-protocol.ts), so each character has a key of its own.
function keyInit(ch: string): KeyboardEventInit {
  const upper = ch.toUpperCase();
  const keyCode = upper.charCodeAt(0);
  // keyCode/which are legacy but split widgets still read them (e.which in jQuery-era code).
  return {
    key: ch, code: ch >= '0' && ch <= '9' ? `Digit${ch}` : `Key${upper}`, keyCode, which: keyCode, charCode: 0,
    bubbles: true, cancelable: true, composed: true,
  };
}

/**
 * One character as a keystroke: keydown, keypress, beforeinput, the value change, input, keyup. Honors
 * preventDefault on keydown/keypress/beforeinput the way a browser does: a widget that handles the key
 * itself gets no second copy of the character.
 */
export function typeChar(el: HTMLInputElement, ch: string): void {
  const view = viewOf(el);
  if (!view) return;
  const init = keyInit(ch);
  let insert = el.dispatchEvent(new view.KeyboardEvent('keydown', init));
  if (insert) insert = el.dispatchEvent(new view.KeyboardEvent('keypress', { ...init, charCode: ch.charCodeAt(0) }));
  if (insert) insert = input(view, el, 'beforeinput', 'insertText', ch);
  if (insert && el.isConnected) {
    setNativeValue(el, withTyped(el, ch));
    input(view, el, 'input', 'insertText', ch);
  }
  el.dispatchEvent(new view.KeyboardEvent('keyup', init));
}

// The character goes where a browser puts it: over the selection (split widgets select a box's old
// character on focus, so it is replaced rather than appended), at the end where there is none
// (type=number has no selection: null).
function withTyped(el: HTMLInputElement, ch: string): string {
  const value = readValue(el);
  const { selectionStart: start, selectionEnd: end } = el;
  return start === null || end === null ? value + ch : value.slice(0, start) + ch + value.slice(end);
}

export function fireChange(el: HTMLInputElement): void {
  const view = viewOf(el);
  if (view) el.dispatchEvent(new view.Event('change', { bubbles: true }));
}

const TEXT = 'text/plain';

/**
 * A paste of `text` into el: a ClipboardEvent carrying a DataTransfer. Returns true when the page took
 * the paste over (preventDefault), false when a browser would now insert the text itself.
 */
export function pasteInto(el: HTMLInputElement, text: string): boolean {
  const view = viewOf(el);
  if (!view) return false;
  const data = new view.DataTransfer();
  data.setData(TEXT, text);
  // `dataType`/`data` are Gecko's own ClipboardEventInit members; Firefox fills the event's DataTransfer
  // from them, which also works from a content script, where writing into the DataTransfer afterwards
  // is silently ignored. Other engines ignore the two unknown members.
  const init = { clipboardData: data, dataType: TEXT, data: text, bubbles: true, cancelable: true, composed: true };
  const event = new view.ClipboardEvent('paste', init);
  // Firefox ignores the init's clipboardData and gives the event an empty, writable one of its own;
  // Chromium keeps ours. Fill whichever the event ended up with, and attach ours as a last resort.
  const carried = event.clipboardData;
  if (carried && carried.getData(TEXT) !== text) carried.setData(TEXT, text);
  if (!carried || carried.getData(TEXT) !== text) {
    Object.defineProperty(event, 'clipboardData', { value: data });
  }
  return !el.dispatchEvent(event);
}

export function focusField(el: HTMLInputElement): void {
  el.focus({ preventScroll: true });
}
