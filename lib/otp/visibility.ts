// The gate before any fill: a code goes only into a field the user can see. A hostile page hides a
// field by size, display, visibility, opacity (its own, an ancestor's, or a filter's), clipping or
// masking, transparent text on a transparent background, position off-screen, or something on top
// (including covers that let the pointer through); a page that embeds us can do the same to our frame.
// Each check below closes one of those. In a Chromium subframe the content script adds IntersectionObserver
// v2 on top (entrypoints/otp-autofill.ts), which sees what the frame's parents do to it.
import { flatParent, viewOf } from './field-dom.ts';

const MIN_SIZE_PX = 10;
/** The product of every opacity and opacity() filter from the field up: below this it is a ghost. */
const MIN_OPACITY = 0.3;
/** A colour this transparent paints nothing. */
const MIN_ALPHA = 0.1;
/** How far up from a transparent input its widget (the element painting its slots) may be. */
const WIDGET_LEVELS = 3;
/** A widget with more descendants than this is a page section, not a code widget. */
const WIDGET_MAX_NODES = 200;
/** A row of this many equal boxes is a code widget's slots (codes are 4 to 8 characters long). */
const MIN_SLOTS = 4;

type View = Window & typeof globalThis;

export function isVisibleToUser(field: HTMLElement): boolean {
  const view = viewOf(field);
  if (!field.isConnected || !view) return false;
  const face = faceOf(field);
  return face !== null && faceIsSeen(face, field, view);
}

/**
 * What the user sees of a field: the field itself, or, for an input that paints nothing, the widget that
 * paints its slots. Two designs: the input lies over the slots (input-otp behind shadcn/ui's InputOTP,
 * react-verification-input, many hand-built widgets), or the widget keeps a tiny input inside itself
 * and paints a row of equal boxes, focusing the input when a box is clicked (Vuetify's VOtpInput).
 * null: nothing to see.
 */
export function faceOf(field: HTMLElement): Element | null {
  const view = viewOf(field);
  if (!view) return null;
  const own = view.getComputedStyle(field);
  if (hiddenByVisibility(own)) return null;
  if (paints(own, true)) return field;
  if (!field.getClientRects().length) return null; // not laid out: no box to be inside anything
  const box = field.getBoundingClientRect();
  let widget = flatParent(field);
  for (let level = 0; widget && level < WIDGET_LEVELS; level++, widget = flatParent(widget)) {
    if (paintsSlotsFor(widget, field, box, view)) return widget;
  }
  return null;
}

function paintsSlotsFor(widget: Element, field: Element, box: DOMRect, view: View): boolean {
  const nodes = widget.querySelectorAll('*');
  if (nodes.length > WIDGET_MAX_NODES) return false;
  const rows = new Map<string, number>();
  const inWidget = within(box, widget.getBoundingClientRect());
  for (const slot of nodes) {
    if (slot === field || slot.contains(field)) continue;
    const r = slot.getBoundingClientRect();
    if (r.width < MIN_SIZE_PX || r.height < MIN_SIZE_PX || !paints(view.getComputedStyle(slot), hasText(slot))) continue;
    if (within(r, box)) return true;
    // Boxes of one size on one line: a row of slots, not a label and a button.
    const row = [r.width, r.height, r.top].map(Math.round).join();
    rows.set(row, (rows.get(row) ?? 0) + 1);
    if (inWidget && rows.get(row)! >= MIN_SLOTS) return true;
  }
  return false;
}

/** `inner` lies inside `outer`, give or take a pixel of rounding. */
const within = (inner: DOMRect, outer: DOMRect): boolean =>
  inner.left >= outer.left - 1 && inner.right <= outer.right + 1 && inner.top >= outer.top - 1 && inner.bottom <= outer.bottom + 1;

const hiddenByVisibility = (style: CSSStyleDeclaration): boolean => /hidden|collapse/.test(style.visibility);

// Zero-width characters draw nothing (MUI's outline keeps one in its legend).
const hasText = (el: Element): boolean => /[^\s\u200b-\u200d\ufeff]/.test(el.textContent ?? '');

/** Does the element itself put anything on screen: opaque enough, and text (an input's is what is
 * typed into it), a background, a border or a shadow that is not transparent? With `edges` false,
 * only what paints over its own inside counts (a border or an outer shadow just frames it). */
function paints(style: CSSStyleDeclaration, withText: boolean, edges = true): boolean {
  if (ownOpacity(style) < MIN_OPACITY) return false;
  const text = withText && alphaOf(style.color) >= MIN_ALPHA && alphaOf(style.getPropertyValue('-webkit-text-fill-color') || style.color) >= MIN_ALPHA;
  const background = alphaOf(style.backgroundColor) >= MIN_ALPHA || !/^(none|initial|)$/.test(style.backgroundImage);
  const shadow = style.boxShadow || 'none';
  return text || background || /inset/.test(shadow) || (edges && (shadow !== 'none' || hasBorder(style)));
}

function hasBorder(style: CSSStyleDeclaration): boolean {
  return ['top', 'right', 'bottom', 'left'].some(
    (side) =>
      parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
      !/none|hidden/.test(style.getPropertyValue(`border-${side}-style`)) &&
      alphaOf(style.getPropertyValue(`border-${side}-color`)) >= MIN_ALPHA,
  );
}

/** The alpha of a computed colour: "transparent", rgba(r, g, b, a), or the "/ a" of newer syntaxes. */
function alphaOf(color: string): number {
  if (color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return parseFloat(slash[1]!) / (slash[2] ? 100 : 1);
  const parts = /^rgba\(([^)]*)\)$/.exec(color)?.[1]?.split(',');
  return parts?.length === 4 ? parseFloat(parts[3]!) : 1;
}

/** opacity times every opacity() in filter. */
function ownOpacity(style: CSSStyleDeclaration): number {
  let opacity = parseFloat(style.opacity);
  if (Number.isNaN(opacity)) opacity = 1;
  for (const [, value, percent] of (style.filter || '').matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    opacity *= parseFloat(value!) / (percent ? 100 : 1);
  }
  return opacity;
}

function faceIsSeen(face: Element, field: HTMLElement, view: View): boolean {
  const rect = face.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX || !ancestryShows(face, view)) return false;
  // The part inside the viewport; a field scrolled half out still counts, one parked at -9999px or
  // below the fold does not (the user is not looking at it).
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.right, view.innerWidth);
  const bottom = Math.min(rect.bottom, view.innerHeight);
  if (right - left < MIN_SIZE_PX || bottom - top < MIN_SIZE_PX) return false;
  const x = (left + right) / 2;
  const y = (top + bottom) / 2;
  return hitsAtPoint(face, field, x, y) && !coveredUnseen(face, view, x, y) && frameIsSeen(view, x, y);
}

/** No ancestor (through shadow roots and slots) removes, clips, masks or fades the element away. */
function ancestryShows(el: Element, view: View): boolean {
  let opacity = 1;
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none') return false;
    opacity *= ownOpacity(style);
    if (opacity < MIN_OPACITY) return false;
    if ((style.clipPath || 'none') !== 'none') return false;
    if ((style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image') || 'none') !== 'none') return false;
    if (/absolute|fixed/.test(style.position) && (style.getPropertyValue('clip') || 'auto') !== 'auto') return false;
  }
  return true;
}

/**
 * Asks each tree the face lives in what is on top at the point: the face's own shadow root must find
 * the face (or the field, or one of the field's labels), and each enclosing document or shadow root
 * the host that holds it. Something else on top (a transparent overlay, a cover) means the user cannot
 * see or click the field.
 */
function hitsAtPoint(face: Element, field: HTMLElement, x: number, y: number): boolean {
  let target: Element = face;
  for (;;) {
    const root = target.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint?.(x, y);
    if (!hit || !isSameControl(hit, target, field)) return false;
    if (!('host' in root)) return true; // reached the document
    target = root.host;
  }
}

// The hit may be the face itself, something inside it (a host's content), or a label of the field.
function isSameControl(hit: Element, target: Element, field: HTMLElement): boolean {
  if (hit === target || target.contains(hit)) return true;
  const label = hit.closest('label');
  if (!label) return false;
  const labels = (field as HTMLInputElement).labels;
  return label.contains(target) || Array.from(labels ?? []).includes(label);
}

/**
 * A cover with `pointer-events: none` is invisible to hit testing (elementFromPoint and
 * elementsFromPoint both pass through it) but not to the eye. So: is there a positioned element,
 * outside the face's own ancestry, that lets the pointer through, holds the point, paints something
 * and is stacked above the face?
 */
function coveredUnseen(face: Element, view: View, x: number, y: number): boolean {
  const doc = face.ownerDocument;
  for (const el of doc.body?.querySelectorAll('*') ?? []) {
    if (el.contains(face) || face.contains(el)) continue;
    const r = el.getBoundingClientRect();
    if (x < r.left || x > r.right || y < r.top || y > r.bottom) continue;
    const style = view.getComputedStyle(el);
    if (style.pointerEvents !== 'none' || !/absolute|fixed|relative|sticky/.test(style.position) || hiddenByVisibility(style)) continue;
    const z = parseInt(style.zIndex, 10) || 0;
    const later = (face.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
    const above = z > 0 || (z === 0 && later);
    if (above && (paintsAt(el, style, r, x, y) || /^(IMG|VIDEO|CANVAS|svg|IFRAME)$/.test(el.tagName)) && ancestryShows(el, view)) return true;
  }
  return false;
}

/** A cover hides the point only where it paints there: its inside, or its border where the point
 * falls in the border's band. An outline drawn around the field (MUI's notched outline, a
 * `pointer-events: none` fieldset over the input) leaves the field in view; a thick border does not. */
function paintsAt(el: Element, style: CSSStyleDeclaration, r: DOMRect, x: number, y: number): boolean {
  const width = (side: string): number => parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
  return paints(style, hasText(el), x < r.left + width('left') || x > r.right - width('right') || y < r.top + width('top') || y > r.bottom - width('bottom'));
}

/** A frame cannot see what its parent does to it, except when the parent is of its own origin: then
 * the <iframe> element is checked like a field, at the point where the field is. (Across origins,
 * IntersectionObserver v2 in Chromium and the background's frame policy take over.) */
function frameIsSeen(view: View, x: number, y: number): boolean {
  let frame: Element | null = null;
  try {
    frame = view.frameElement;
  } catch {
    return true; // a parent of another origin: not readable from here
  }
  const parent = frame ? viewOf(frame) : null;
  if (!frame || !parent) return true;
  const r = frame.getBoundingClientRect();
  const px = r.left + frame.clientLeft + x;
  const py = r.top + frame.clientTop + y;
  const onScreen = px >= 0 && py >= 0 && px <= parent.innerWidth && py <= parent.innerHeight;
  return (
    onScreen &&
    r.width >= MIN_SIZE_PX &&
    r.height >= MIN_SIZE_PX &&
    !hiddenByVisibility(parent.getComputedStyle(frame)) &&
    ancestryShows(frame, parent) &&
    hitsAtPoint(frame, frame as HTMLElement, px, py) &&
    !coveredUnseen(frame, parent, px, py) &&
    frameIsSeen(parent, px, py)
  );
}
