// Where an element paints beyond its border box, which hit testing never reports: its outline, outer
// box shadow, text shadow, a drop-shadow() filter, a border image pushed out by border-image-outset, and
// text that overflows a small box (::first-letter at 600 px in a 1 px box). Red team rounds 2 and 4,
// docs/security.md.
import { alphaOf } from './colour.ts';
import { MIN_ALPHA } from './text-shows.ts';

export type Box = { left: number; top: number; right: number; bottom: number };

const COLOUR = /\w+\([^)]*\)|transparent/;

/** How far past its border box, in any direction, the element's outline and shadows reach (0: not at all). */
export function reachOf(style: CSSStyleDeclaration): number {
  // Read for every element of the page: most have none of these, and say so in a few plain reads.
  const { boxShadow, textShadow, filter, borderImageSource } = style;
  const plain = (v: string) => !v || v === 'none';
  if (plain(boxShadow) && plain(textShadow) && !filter.includes('drop-shadow') && plain(borderImageSource) && /none|hidden/.test(style.outlineStyle)) return 0;
  let reach = /none|hidden/.test(style.outlineStyle) || alphaOf(style.outlineColor) < MIN_ALPHA ? 0 : (parseFloat(style.outlineWidth) || 0) + (parseFloat(style.outlineOffset) || 0);
  const shadows = [boxShadow, textShadow].join(',').split(/,(?![^(]*\))/);
  // drop-shadow() holds a colour function inside its own parentheses.
  for (const [, args] of (filter || '').matchAll(/drop-shadow\(((?:[^()]|\([^)]*\))*)\)/g)) shadows.push(args!);
  for (const shadow of shadows) {
    if (/inset|none|^\s*$/.test(shadow) || alphaOf(COLOUR.exec(shadow)?.[0] ?? '') < MIN_ALPHA) continue;
    const [dx = 0, dy = 0, blur = 0, spread = 0] = (shadow.replace(COLOUR, '').match(/-?[\d.]+(?=px)/g) ?? []).map(Number);
    reach = Math.max(reach, Math.max(Math.abs(dx), Math.abs(dy)) + spread + blur / 2);
  }
  if (!plain(borderImageSource)) {
    // Each outset is a length, or a number of border widths.
    const border = parseFloat(style.borderWidth) || 0; // the top one: a number of widths is rare enough
    for (const outset of (style.borderImageOutset || '0').split(/\s+/)) {
      reach = Math.max(reach, outset.endsWith('px') ? parseFloat(outset) : (parseFloat(outset) || 0) * border);
    }
  }
  return reach;
}

/** The border box, grown to take in the element's text where it overflows a box that does not clip it. */
export function inkBox(el: Element, style: CSSStyleDeclaration, r: Box): Box {
  if (!/visible/.test(style.overflow) || !el.firstChild) return r;
  const range = el.ownerDocument.createRange();
  range.selectNodeContents(el);
  const t = range.getBoundingClientRect();
  if (!t.width && !t.height) return r;
  return { left: Math.min(r.left, t.left), top: Math.min(r.top, t.top), right: Math.max(r.right, t.right), bottom: Math.max(r.bottom, t.bottom) };
}
