// The gate before any fill: a code goes only into a field the user can see. A hostile page hides a
// field by size, display, visibility, opacity (its own, an ancestor's, or a filter's), clipping or
// masking, transparent text on a transparent background, position off-screen, or something on top
// (including covers that let the pointer through); a page that embeds us can do the same to our frame.
// Each check below closes one of those. In a Chromium subframe the content script adds IntersectionObserver
// v2 on top (entrypoints/otp-autofill.ts), which sees what the frame's parents do to it.
import { alphaOf } from './colour.ts';
import { flatParent, shadowRootOf, viewOf } from './field-dom.ts';
import { inkBox, reachOf, type Box } from './paint-reach.ts';
import { pseudoHosts } from './pseudo-hosts.ts';
import { MIN_ALPHA, opacityOf, textShows } from './text-shows.ts';

const MIN_SIZE_PX = 10;
/** The product of every opacity and opacity() filter from the field up: below this it is a ghost. */
const MIN_OPACITY = 0.3;
/** How far up from a transparent input its widget (the element painting its slots) may be. */
const WIDGET_LEVELS = 3;
/** A widget with more descendants than this is a page section, not a code widget. */
const WIDGET_MAX_NODES = 200;
/** A row of this many equal boxes is a code widget's slots (codes are 4 to 8 characters long). */
const MIN_SLOTS = 4;

type View = Window & typeof globalThis;

export function isVisibleToUser(field: HTMLElement): boolean {
  const view = viewOf(field);
  // An inert field takes no clicks and no keys: only a script could type there.
  if (!field.isConnected || !view || underInert(field)) return false;
  // While a view transition runs, the user sees the snapshots drawn in its pseudo-elements, not the live
  // document: a page can keep one running and show a snapshot without the field (red team round 4). The
  // content script looks again when the transition ends, which only `activeViewTransition` tells: so a
  // browser without it is not refused here either (a refusal nothing would ever lift).
  if (field.ownerDocument.activeViewTransition) return false;
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
  if (paints(own, true) && textShows(field, own, view)) return field;
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
  if (opacityOf(style) < MIN_OPACITY) return false;
  // Transparent text still paints its text-shadow (red team round 4).
  const text =
    withText &&
    ((alphaOf(style.color) >= MIN_ALPHA && alphaOf(style.getPropertyValue('-webkit-text-fill-color') || style.color) >= MIN_ALPHA) || (style.textShadow || 'none') !== 'none');
  // A backdrop filter paints what is under the element, blurred or washed out (red team round 3); a
  // border image paints whatever the border colour says, and its middle too with `fill` (round 4).
  const image = (style.borderImageSource || 'none') !== 'none';
  const background =
    alphaOf(style.backgroundColor) >= MIN_ALPHA ||
    !/^(none|initial|)$/.test(style.backgroundImage) ||
    (style.getPropertyValue('backdrop-filter') || 'none') !== 'none' ||
    (image && /fill/.test(style.borderImageSlice));
  const shadow = style.boxShadow || 'none';
  return text || background || /inset/.test(shadow) || (edges && (shadow !== 'none' || image || hasBorder(style)));
}

function hasBorder(style: CSSStyleDeclaration): boolean {
  return ['top', 'right', 'bottom', 'left'].some(
    (side) =>
      parseFloat(style.getPropertyValue(`border-${side}-width`)) > 0 &&
      !/none|hidden/.test(style.getPropertyValue(`border-${side}-style`)) &&
      alphaOf(style.getPropertyValue(`border-${side}-color`)) >= MIN_ALPHA,
  );
}

function faceIsSeen(face: Element, field: HTMLElement, view: View): boolean {
  const rect = face.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX || !ancestryShows(face, view, true)) return false;
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

/** No ancestor (through shadow roots and slots) removes, clips, masks or fades the element away. A face
 * must not be blurred or washed out by a filter, blended into the page, or put below the page's
 * own backgrounds by a negative z-index either (red team round 3); a cover under such effects still
 * hides what is under it. */
function ancestryShows(el: Element, view: View, face = false): boolean {
  let opacity = 1;
  for (let node: Element | null = el; node; node = parentSeen(node)) {
    const style = view.getComputedStyle(node);
    if (style.display === 'none') return false;
    opacity *= opacityOf(style);
    if (opacity < MIN_OPACITY) return false;
    if ((style.clipPath || 'none') !== 'none') return false;
    if ((style.getPropertyValue('mask-image') || style.getPropertyValue('-webkit-mask-image') || 'none') !== 'none') return false;
    if (/absolute|fixed/.test(style.position) && (style.getPropertyValue('clip') || 'auto') !== 'auto') return false;
    if (face && (filterHides(style.filter || '') || !/^(normal|)$/.test(style.mixBlendMode) || parseInt(style.zIndex, 10) < 0)) return false;
  }
  return true;
}

/** An SVG filter (url(): anything, down to alpha 0), a blur wider than a stroke, or brightness or
 * contrast turned far down. (opacity() is counted with opacity.) */
function filterHides(filter: string): boolean {
  for (const [, name, arg = ''] of filter.matchAll(/([\w-]+)\(([^)]*)\)/g)) {
    const amount = parseFloat(arg) / (arg.includes('%') ? 100 : 1);
    if (name === 'url' || (name === 'blur' && amount > 2) || (/^(brightness|contrast)$/.test(name!) && amount < 0.4)) return true;
  }
  return false;
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
    if (!hit || !isSameControl(hit, target, field, root, x, y)) return false;
    if (!('host' in root)) return true; // reached the document
    target = root.host;
  }
}

// The hit may be the face itself, something inside it (a host's content), or a label of the field laid
// over it (a floating label). A label may also hold a cover, or put its text where a clipped field would
// be: so under a label the target itself must be at the point, with nothing above it painting over it.
function isSameControl(hit: Element, target: Element, field: HTMLElement, root: Document | ShadowRoot, x: number, y: number): boolean {
  if (hit === target || target.contains(hit)) return true;
  const label = hit.closest('label');
  const labels = (field as HTMLInputElement).labels;
  if (!label || !(label.contains(target) || Array.from(labels ?? []).includes(label))) return false;
  const stack = root.elementsFromPoint?.(x, y) ?? [];
  const at = stack.indexOf(target);
  const view = viewOf(target);
  return at > 0 && !!view && stack.slice(0, at).every((el) => !paints(view.getComputedStyle(el), false, false));
}

const inBox = (r: Box, x: number, y: number): boolean => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/**
 * Hit testing (elementFromPoint and elementsFromPoint alike) misses what paints over the field without
 * being hit there: an element with `pointer-events: none` or under `inert`, the outer box-shadow or
 * outline of an element elsewhere, a ::before/::after pseudo-element, and any of these inside a shadow
 * root, open or closed. So: does anything outside the face paint at the point, stacked above the face?
 */
function coveredUnseen(face: Element, view: View, x: number, y: number): boolean {
  const layer = positionedFrom(face, view);
  const faceInline = view.getComputedStyle(face).display.startsWith('inline');
  const inert = face.ownerDocument.querySelector('[inert]') !== null; // rare: skip the walk up when there is none
  return someElement(face.ownerDocument, (el, shadow, pseudos) => {
    // Within a shadow tree, "inside" and "before" are asked of the flat tree, which the user sees. Asked
    // only of the few elements that paint at the point: the walk visits every element of the page.
    if (shadow ? holds(face, el) : face.contains(el)) return false;
    const holder = () => (shadow ? holds(el, face) : el.contains(face));
    const follows = (other = el) => (shadow ? comesAfter(face, other) : paintsAfter(face, other, view));
    // A box with no layer of its own paints in the layer of its nearest layered ancestor (a static child
    // of a fixed overlay is as high as the overlay: red team round 4), unless that one holds the face too.
    // `parent`: the box's parent (the element itself for its pseudo-elements); `top`: in the top layer.
    const above = (box: CSSStyleDeclaration, after: boolean, text: boolean, parent: Element | null, top: boolean) => {
      const stack = layered(box, parent, view) ? null : positionedFrom(el, view);
      if (stack && !(shadow ? holds(stack, face) : stack.contains(face))) {
        return isAbove(view.getComputedStyle(stack), follows(stack), layer, inTopLayer(stack), faceInline, true, flatParent(stack), view);
      }
      return isAbove(box, after, layer, top, faceInline, text, parent, view);
    };
    const style = view.getComputedStyle(el);
    if (boxCovers(el, style, x, y, shadow || inert) && !holder() && !hiddenByVisibility(style) && above(style, follows(), hasText(el), flatParent(el), inTopLayer(el)) && ancestryShows(el, view)) return true;
    // The ::backdrop of a popover or modal dialog spans the viewport, above everything but the top layer,
    // and no hit test ever finds it (red team round 4).
    if ((el.tagName === 'DIALOG' || el.hasAttribute('popover')) && inTopLayer(el) && !holder() && paints(view.getComputedStyle(el, '::backdrop'), false)) return true;
    for (const which of pseudos ? ['::before', '::after'] : []) {
      const pseudo = view.getComputedStyle(el, which);
      const box = /^(none|normal)$/.test(pseudo.content) || hiddenByVisibility(pseudo) ? null : pseudoBox(el, pseudo, view);
      if (!box || !inBox(box, x, y) || !paintsAt(pseudo, box, x, y, false)) continue;
      // A pseudo-element of an ancestor comes before (::before) or after (::after) the field in tree order.
      const after = holder() ? which === '::after' : follows();
      if (above(pseudo, after, false, el, false) && ancestryShows(el, view)) return true;
    }
    return false;
  });
}

/** Calls `test` on every element of the document and of every shadow root in it, open or closed, until
 * one says yes. Content scripts may open closed roots (Firefox: `openOrClosedShadowRoot`; Chromium:
 * `chrome.dom.openOrClosedShadowRoot`); a page script, and so a hostile page's cover, cannot hide there.
 * `pseudos`: whether the element's ::before/::after must be read, the costliest reads, made only where a
 * style rule can create them (./pseudo-hosts.ts). A tree whose rules cannot be bounded may reach its
 * host (:host), what is slotted into it from any tree further out (::slotted) and the trees further in
 * (::part); a shadow tree is walked before its host is asked about and before the host's children, so
 * from the first such tree on, every element's are read. */
function someElement(root: Document | ShadowRoot, test: (el: Element, shadow: boolean, pseudos: boolean) => boolean, all = { pseudos: false }): boolean {
  const hosts = pseudoHosts(root);
  all.pseudos ||= !hosts;
  for (const el of root.querySelectorAll('*')) {
    const inner = shadowRootOf(el);
    if ((inner && someElement(inner, test, all)) || test(el, 'host' in root, all.pseudos || hosts!.has(el))) return true;
  }
  return false;
}

/** Inert content (the attribute on it or an ancestor in the flat tree, through shadow roots and slots,
 * closed ones too) is skipped by hit testing and takes no input from the user. */
function underInert(el: Element): boolean {
  for (let node: Element | null = el; node; node = parentSeen(node)) if (node.hasAttribute('inert')) return true;
  return false;
}

/** The parent in the flat tree, through closed shadow roots too: there `assignedSlot` is null, and the
 * slot is found by asking the slots of the opened root (a wrapper around the slot fades or orders the
 * field like any ancestor). */
function parentSeen(el: Element): Element | null {
  const host = el.assignedSlot ? null : el.parentElement;
  const root = host && shadowRootOf(host);
  for (const slot of root?.querySelectorAll('slot') ?? []) if ((slot as HTMLSlotElement).assignedElements().includes(el)) return slot;
  return flatParent(el);
}

/** `outer` is `inner` or one of its ancestors in the flat tree. */
function holds(outer: Element, inner: Element): boolean {
  for (let node: Element | null = inner; node; node = parentSeen(node)) if (node === outer) return true;
  return false;
}

/** Does `el` come after the face, compared in the first tree that holds both (the face's own node there,
 * or the host or slot it is in)? */
function comesAfter(face: Element, el: Element): boolean {
  for (let other: Element | null = el; other; other = (other.getRootNode() as ShadowRoot).host ?? null) {
    const root = other.getRootNode();
    for (let node: Element | null = face; node; node = parentSeen(node)) {
      if (node.getRootNode() === root) return node !== other && (node.compareDocumentPosition(other) & 4) !== 0;
    }
  }
  return true;
}

/** The element's own box lets the pointer through (or is inert) and paints at the point (its box, or
 * its text where that overflows the box), or its shadows, outline or border image reach the point
 * (none of these is ever hit-tested). `inert`: inert content may be here. */
function boxCovers(el: Element, style: CSSStyleDeclaration, x: number, y: number, inert: boolean): boolean {
  const reach = reachOf(style);
  // Anything else at the point was seen by hit testing already: no need to ask where its box is.
  const through = style.pointerEvents === 'none' || (inert && underInert(el));
  if (!through && !(reach > 0)) return false;
  const r = el.getBoundingClientRect();
  if (inBox(r, x, y)) return through && (paintsAt(style, r, x, y, hasText(el)) || REPLACED.test(el.tagName));
  const ink = through ? inkBox(el, style, r) : r;
  if (ink !== r && inBox(ink, x, y)) return true;
  return reach > 0 && inBox({ left: ink.left - reach, top: ink.top - reach, right: ink.right + reach, bottom: ink.bottom + reach }, x, y);
}

/** Elements that paint content no computed style shows: images, video, canvas, frames, SVG and its
 * shapes (a shape's box is its own geometry, which may spread far outside a 1 px <svg>). */
const REPLACED = /^(IMG|VIDEO|CANVAS|svg|IFRAME|EMBED|OBJECT|rect|circle|ellipse|line|polyline|polygon|path|text|image|use)$/;

/** Is a cover painted above the face? Layered boxes (positioned, transformed, filtered or translucent)
 * paint above in-flow content whatever their place in the document (so above a face with no layered
 * box of its own), and above other layered boxes by z-index, then document order. In flow, a later
 * atomic inline (inline-block) paints over an inline field on its line; a block-level field paints
 * with block backgrounds, so any later box and any text paint over it. The top layer (an open
 * popover, a modal dialog) is over everything. */
function isAbove(style: CSSStyleDeclaration, follows: boolean, layer: Element | null, top: boolean, faceInline: boolean, text: boolean, parent: Element | null, view: View): boolean {
  if (top) return true;
  const z = parseInt(style.zIndex, 10) || 0;
  if (!layered(style, parent, view)) return z === 0 && layer === null && ((follows && (style.display.startsWith('inline') || !faceInline || text)) || (!faceInline && text));
  return z > 0 || (z === 0 && (follows || layer === null));
}

/** Painted in the layer of positioned boxes: positioned, or a stacking context of its own (transforms,
 * filters, translucency, isolation, containment, will-change, blending, masks; a flex or grid item with
 * a z-index, which `parent`, the box's parent, tells). Red team rounds 3 and 4. */
function layered(style: CSSStyleDeclaration, parent: Element | null, view: View): boolean {
  if (/absolute|fixed|relative|sticky/.test(style.position) || parseFloat(style.opacity) < 1 || style.isolation === 'isolate') return true;
  const effects = [style.transform, style.translate, style.scale, style.rotate, style.filter, style.perspective, style.clipPath, style.getPropertyValue('mask-image'), style.getPropertyValue('backdrop-filter')];
  if (effects.some((v) => !/^(none|)$/.test(v))) return true;
  if (!/^(normal|)$/.test(style.mixBlendMode) || /paint|layout|strict|content/.test(style.contain) || /size/.test(style.containerType)) return true;
  if (/transform|opacity|filter|perspective|isolation|contain|z-index|position|mask|clip-path/.test(style.willChange)) return true;
  return style.zIndex !== 'auto' && !!parent && /flex|grid/.test(view.getComputedStyle(parent).display);
}

/** Does `el` paint after the face among in-flow boxes? In document order, except that flex and grid
 * items paint in the order their `order` gives them (red team round 4: an earlier cover with order 1). */
function paintsAfter(face: Element, el: Element, view: View): boolean {
  const after = (face.compareDocumentPosition(el) & 4) !== 0; // Node.DOCUMENT_POSITION_FOLLOWING
  const faceLine = new Set<Element>();
  for (let node: Element | null = face; node; node = node.parentElement) faceLine.add(node);
  let mine = el;
  while (mine.parentElement && !faceLine.has(mine.parentElement)) mine = mine.parentElement;
  const common = mine.parentElement;
  if (!common || faceLine.has(mine) || !/flex|grid/.test(view.getComputedStyle(common).display)) return after;
  let theirs = face;
  while (theirs.parentElement !== common) theirs = theirs.parentElement!;
  const [a, b] = [theirs, mine].map((node) => Number(view.getComputedStyle(node).order));
  return a === b ? after : b! > a!;
}

function inTopLayer(el: Element): boolean {
  try {
    return el.matches(':popover-open, :modal');
  } catch {
    return false; // a browser without these selectors has no such top layer either
  }
}

/** The element itself, or its nearest ancestor, that is layered (null: none below <body>). */
function positionedFrom(el: Element, view: View): Element | null {
  for (let node: Element | null = el; node && node.tagName !== 'BODY'; node = parentSeen(node)) {
    if (layered(view.getComputedStyle(node), flatParent(node), view)) return node;
  }
  return null;
}

/** Where an absolutely or fixed positioned pseudo-element lies: its used size and offsets from its
 * containing block (the viewport, the nearest positioned box, or the page). null: in flow. */
function pseudoBox(el: Element, pseudo: CSSStyleDeclaration, view: View): Box | null {
  if (!/absolute|fixed/.test(pseudo.position)) return null;
  const [width, height, left, top] = [pseudo.width, pseudo.height, pseudo.left, pseudo.top].map(parseFloat) as [number, number, number, number];
  if ([width, height, left, top].some(Number.isNaN)) return null;
  let x = 0;
  let y = 0;
  if (pseudo.position === 'absolute') {
    const block = positionedFrom(el, view);
    const r = block?.getBoundingClientRect();
    x = r ? r.left + block!.clientLeft : -view.scrollX;
    y = r ? r.top + block!.clientTop : -view.scrollY;
  }
  x += left + (parseFloat(pseudo.marginLeft) || 0);
  y += top + (parseFloat(pseudo.marginTop) || 0);
  return { left: x, top: y, right: x + width, bottom: y + height };
}

/** A cover hides the point only where it paints there: its inside, or its border where the point
 * falls in the border's band. An outline drawn around the field (MUI's notched outline, a
 * `pointer-events: none` fieldset over the input) leaves the field in view; a thick border does not. */
function paintsAt(style: CSSStyleDeclaration, r: Box, x: number, y: number, withText: boolean): boolean {
  const width = (side: string): number => parseFloat(style.getPropertyValue(`border-${side}-width`)) || 0;
  return paints(style, withText, x < r.left + width('left') || x > r.right - width('right') || y < r.top + width('top') || y > r.bottom - width('bottom'));
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
