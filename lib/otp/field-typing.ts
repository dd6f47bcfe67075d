// Remembers which fields the user typed into, so a code never overwrites what a person entered.
// Only trusted events count: the page can dispatch synthetic ones, and those must not be able to
// switch filling off for a field or (by their absence) on.

const typed = new WeakSet<Element>();

/** True when the user already typed in this field. */
export function userHasTyped(el: HTMLInputElement): boolean {
  return typed.has(el);
}

/** Installs capture-phase listeners on the document's window (a second call adds nothing: the DOM keeps
 * one registration per listener); inputs in open shadow roots are found through composedPath(), since
 * the event is retargeted to the host by the time it reaches the window. */
export function watchUserTyping(doc: Document): void {
  const opts = { capture: true, passive: true };
  // On the window, capture phase: the first listener of all, so a page that stops propagation early
  // cannot hide a person's typing from us and get their input overwritten.
  const target: EventTarget = doc.defaultView ?? doc;
  target.addEventListener('input', onInput, opts);
  target.addEventListener('keydown', onKeydown, opts);
}

function onInput(event: Event): void {
  if (event.isTrusted) remember(event);
}

function onKeydown(event: Event): void {
  if (!event.isTrusted) return;
  const e = event as KeyboardEvent;
  // Tab, arrows and modifiers move around; a character, a deletion or a paste shortcut edits.
  const edits =
    e.key === 'Backspace' || e.key === 'Delete' || (e.key.length === 1 && !(e.ctrlKey || e.metaKey || e.altKey)) ||
    ((e.ctrlKey || e.metaKey) && (e.key === 'v' || e.key === 'V'));
  if (edits) remember(event);
}

function remember(event: Event): void {
  const first = event.composedPath()[0] ?? event.target;
  if (first && (first as Element).tagName === 'INPUT') typed.add(first as Element);
}
