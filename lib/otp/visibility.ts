// The gate before any fill: a code goes only into a field the user can see. Honeypots hide fields by
// size, display, visibility, opacity, position off-screen or a transparent overlay on top; each check
// below closes one of those (Bitwarden's autofill applies the same set before filling).
import { flatParent, viewOf } from './field-dom.ts';

const MIN_SIZE_PX = 4;
const MIN_OPACITY = 0.1;

export function isVisibleToUser(el: HTMLElement): boolean {
  if (!el.isConnected) return false;
  const view = viewOf(el);
  if (!view) return false;

  const rect = el.getBoundingClientRect();
  if (rect.width < MIN_SIZE_PX || rect.height < MIN_SIZE_PX) return false;
  if (!styleAllowsSeeing(el, view)) return false;

  // The part of the field inside the viewport; a field scrolled half out still counts, one parked at
  // -9999px or below the fold does not (the user is not looking at it).
  const left = Math.max(rect.left, 0);
  const top = Math.max(rect.top, 0);
  const right = Math.min(rect.right, view.innerWidth);
  const bottom = Math.min(rect.bottom, view.innerHeight);
  if (right - left < MIN_SIZE_PX || bottom - top < MIN_SIZE_PX) return false;

  return hitsAtPoint(el, (left + right) / 2, (top + bottom) / 2);
}

function styleAllowsSeeing(el: HTMLElement, view: Window): boolean {
  const own = view.getComputedStyle(el);
  if (own.visibility === 'hidden' || own.visibility === 'collapse') return false;
  let opacity = 1;
  for (let node: Element | null = el; node; node = flatParent(node)) {
    const style = node === el ? own : view.getComputedStyle(node);
    if (style.display === 'none') return false;
    const value = parseFloat(style.opacity);
    if (!Number.isNaN(value)) opacity *= value;
    if (opacity < MIN_OPACITY) return false;
  }
  return true;
}

/**
 * Asks each tree the field lives in what is on top at the point: the field's own shadow root must find
 * the field, and each enclosing document or shadow root must find the host that holds it. Something
 * else on top (a transparent overlay, a cover) means the user cannot see or click the field.
 */
function hitsAtPoint(el: HTMLElement, x: number, y: number): boolean {
  let target: Element = el;
  for (;;) {
    const root = target.getRootNode() as Document | ShadowRoot;
    const hit = root.elementFromPoint?.(x, y);
    if (!hit || !isSameControl(hit, target, el)) return false;
    if (!('host' in root)) return true; // reached the document
    target = root.host;
  }
}

// The hit may be the field itself, something inside it (a host's content), or a label of the field.
function isSameControl(hit: Element, target: Element, field: HTMLElement): boolean {
  if (hit === target || target.contains(hit)) return true;
  const label = hit.closest('label');
  if (!label) return false;
  const labels = (field as HTMLInputElement).labels;
  return label.contains(target) || Array.from(labels ?? []).includes(label);
}
