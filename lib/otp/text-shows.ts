// Would the user read what is typed into a field? A box can paint (a border, a background) while the
// code typed into it does not show: text the colour of what is behind it, too small, pushed out, or
// painted over by the field's own outline. Red team rounds 2 to 4, docs/security.md.
import { alike, alphaOf, filtered, over, rgbOf, type Rgb } from './colour.ts';
import { flatParent } from './field-dom.ts';

/** Typed text smaller than this (after zoom, transforms and font adjustments) cannot be read. */
const MIN_TEXT_PX = 6;
/** A colour this transparent (after every opacity on the way up) paints nothing. */
export const MIN_ALPHA = 0.1;
/** The aspect (x-height / font size) font-size-adjust is measured against: what most text faces have. */
const USUAL_ASPECT = 0.5;
const CANVAS: Rgb = [255, 255, 255];

type View = Window & typeof globalThis;

export function textShows(field: HTMLElement, own: CSSStyleDeclaration, view: View): boolean {
  const scale = field.offsetHeight ? field.getBoundingClientRect().height / field.offsetHeight : 1;
  return (
    inkShows(field, own, view) &&
    parseFloat(own.fontSize) * scale * fontScale(field, own) >= MIN_TEXT_PX &&
    Math.abs(parseFloat(own.textIndent) || 0) <= field.clientWidth &&
    !outlineOverText(field, own)
  );
}

/**
 * The text's colour as the user sees it against what is behind it (the first background up the tree
 * that is mostly opaque, or the white canvas): its alpha times every opacity on the way up, and every
 * colour filter on the way up applied to the text, and to the background where it is inside the
 * filtered box too. It shows unless it is too faint or the two are alike.
 */
function inkShows(field: HTMLElement, own: CSSStyleDeclaration, view: View): boolean {
  const ink = own.getPropertyValue('-webkit-text-fill-color') || own.color;
  let alpha = alphaOf(ink);
  let behind: Rgb | null = null;
  let text = rgbOf(ink);
  for (let node: Element | null = field; node; node = flatParent(node)) {
    const style = node === field ? own : view.getComputedStyle(node);
    if (behind === null && alphaOf(style.backgroundColor) >= 0.5) behind = rgbOf(style.backgroundColor);
    alpha *= opacityOf(style);
    const filter = style.filter || 'none';
    if (filter === 'none') continue;
    if (text) text = filtered(text, filter);
    if (behind) behind = filtered(behind, filter);
  }
  if (alpha < MIN_ALPHA) return false;
  if (!text) return true; // a colour syntax not read here: not judged by colour
  const back = behind ?? CANVAS;
  return !alike(over(text, Math.min(alpha, 1), back), back);
}

/** opacity times every opacity() in filter. */
export function opacityOf(style: CSSStyleDeclaration): number {
  let opacity = parseFloat(style.opacity);
  if (Number.isNaN(opacity)) opacity = 1;
  for (const [, value, percent] of (style.filter || '').matchAll(/opacity\(\s*([\d.]+)(%?)\s*\)/g)) {
    opacity *= parseFloat(value!) / (percent ? 100 : 1);
  }
  return opacity;
}

/**
 * How much smaller than its font-size the text is drawn: `font-size-adjust` scales glyphs to an
 * x-height, and a web font's `size-adjust` (not in any computed style) scales its glyphs; a page sets
 * either near zero to keep 18 px in the style and draw the code a pixel tall. The second is measured
 * by drawing a digit in the field's font on a detached canvas, against the same size in the default face.
 */
function fontScale(field: HTMLElement, own: CSSStyleDeclaration): number {
  const adjust = parseFloat(own.getPropertyValue('font-size-adjust').replace(/^[a-z-]+\s+/, ''));
  let scale = adjust > 0 ? adjust / USUAL_ASPECT : 1;
  const pen = penFor(field.ownerDocument);
  if (!pen) return scale; // no canvas (a test window): the computed style is all there is
  const digitHeight = (font: string): number => {
    pen.font = font;
    const m = pen.measureText('0');
    return m.actualBoundingBoxAscent + m.actualBoundingBoxDescent;
  };
  const usual = digitHeight(`${own.fontSize} sans-serif`);
  if (usual > 0) scale *= Math.min(1, digitHeight(`${own.fontStyle} ${own.fontWeight} ${own.fontSize} ${own.fontFamily}`) / usual);
  return scale;
}

const pens = new WeakMap<Document, CanvasRenderingContext2D | null>();
/** A detached canvas of the field's document (it draws with the document's web fonts), made once. */
function penFor(doc: Document): CanvasRenderingContext2D | null {
  if (!pens.has(doc)) pens.set(doc, doc.createElement('canvas').getContext?.('2d') ?? null);
  return pens.get(doc)!;
}

/** The field's own opaque outline drawn inward (a negative outline-offset) deep and wide enough to
 * reach its middle: an outline paints above the content, so the box shows and the code does not. An
 * inset focus ring (2 px in) leaves the text in view. */
function outlineOverText(field: HTMLElement, own: CSSStyleDeclaration): boolean {
  if (/none|hidden/.test(own.outlineStyle) || alphaOf(own.outlineColor) < MIN_ALPHA) return false;
  const inward = -(parseFloat(own.outlineOffset) || 0);
  const width = parseFloat(own.outlineWidth) || 0;
  return inward > Math.min(field.offsetWidth, field.offsetHeight) / 4 && width >= inward / 2;
}
