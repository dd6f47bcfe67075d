// DOM walking shared by detection, the visibility gate and filling. Nothing here uses globals such as
// `HTMLInputElement` or `window`: pages in iframes and test windows have their own constructors, so
// every check goes by tag name and every constructor comes from the element's own window.

/** Every <input> under root, including inside open shadow roots (recursively), in document order. */
export function collectInputs(root: Document | ShadowRoot): HTMLInputElement[] {
  const found: HTMLInputElement[] = [];
  walk(root, found);
  return found;
}

function walk(root: Document | ShadowRoot | Element, found: HTMLInputElement[]): void {
  // One querySelectorAll('*') pass finds inputs and shadow hosts together, keeping document order,
  // so inputs inside a shadow root land where their host stands.
  for (const el of root.querySelectorAll('*')) {
    if (el.tagName === 'INPUT') found.push(el as HTMLInputElement);
    const shadow = el.shadowRoot;
    if (shadow) walk(shadow, found);
  }
}

/** The parent a user sees: the slot for slotted content, the host for a shadow root's top level. */
export function flatParent(el: Element): Element | null {
  if (el.assignedSlot) return el.assignedSlot;
  if (el.parentElement) return el.parentElement;
  return (el.parentNode as ShadowRoot | null)?.host ?? null; // only a shadow root has a host
}

const collapse = (s: string | null | undefined): string => (s ?? '').replace(/\s+/g, ' ').trim();

/** Text of the field's own labels: <label for>, wrapping <label>, aria-labelledby. */
export function labelText(el: HTMLInputElement): string {
  const labels: Element[] = Array.from(el.labels ?? []);
  const wrapping = el.closest('label');
  if (wrapping && !labels.includes(wrapping)) labels.push(wrapping);
  const root = el.getRootNode() as Document | ShadowRoot;
  for (const id of (el.getAttribute('aria-labelledby') ?? '').split(/\s+/)) {
    const ref = id ? root.getElementById?.(id) : null;
    if (ref) labels.push(ref);
  }
  return labels.map(readableText).join(' ');
}

const NEARBY_LIMIT = 400;

/**
 * Short text around a field or a group of boxes: the closest ancestor (at most four levels up, never
 * <body>) that has some text, e.g. the form's heading "Введите код из SMS". Capped so a field inside a
 * long article costs little and reads only what is next to it.
 */
export function nearbyText(from: Element): string {
  let node: Element | null = flatParent(from);
  for (let level = 0; node && level < 4 && !/^(BODY|HTML)$/.test(node.tagName); level++) {
    const text = readableText(node);
    // Words, not the dots or dashes a widget paints into its empty character boxes.
    if (text.length >= 4 && /\p{L}/u.test(text)) return text.slice(0, NEARBY_LIMIT);
    node = flatParent(node);
  }
  return '';
}

// Text a person reads as the element's words: without scripts and styles, and without the options of a
// <select> (a label wrapping a country picker is not about "Russia +7, Kazakhstan +7, …").
const UNREAD = 'script, style, select, textarea';

function readableText(node: Element): string {
  if (node.querySelector(UNREAD) === null) return collapse(node.textContent);
  const clone = node.cloneNode(true) as Element;
  for (const s of clone.querySelectorAll(UNREAD)) s.remove();
  return collapse(clone.textContent);
}

/** The element's window (its own frame's), or null when the document has none (detached). */
export function viewOf(el: Element): (Window & typeof globalThis) | null {
  return (el.ownerDocument?.defaultView as (Window & typeof globalThis) | null) ?? null;
}

type DomApi = { dom?: { openOrClosedShadowRoot?(el: Element): ShadowRoot | null } };
const dom = (globalThis as { chrome?: DomApi }).chrome?.dom;

/** The element's shadow root, closed ones too: content scripts may open them (Firefox:
 * `openOrClosedShadowRoot`; Chromium: `chrome.dom.openOrClosedShadowRoot`). */
export function shadowRootOf(el: Element): ShadowRoot | null {
  const firefox = (el as Element & { openOrClosedShadowRoot?: ShadowRoot | null }).openOrClosedShadowRoot;
  // Chromium's takes HTML elements only (SVG and MathML ones host no shadow root anyway); where it is
  // missing or refuses (a stand-in outside a content script), the open root is all there is.
  if (firefox !== undefined || !dom?.openOrClosedShadowRoot || el.namespaceURI !== 'http://www.w3.org/1999/xhtml') return firefox ?? el.shadowRoot;
  try {
    return dom.openOrClosedShadowRoot(el);
  } catch {
    return el.shadowRoot;
  }
}
