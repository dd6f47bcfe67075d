// The manual paths (keyboard shortcut, context menu, popup button) fill the field the user put the
// focus in, whatever detection thinks of it: the user chose it.
import { findOtpTargets, type OtpTarget } from './detect.ts';
import { fillTarget, type FillOutcome } from './fill.ts';

/** The focused element, looking through open shadow roots. */
export function deepActiveElement(doc: Document): Element | null {
  let active: Element | null = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

const TEXT_TYPES = /^(text|tel|number|search|password|email|url|)$/;

export async function fillFocused(doc: Document, code: string): Promise<FillOutcome | { ok: false; reason: 'no-field' }> {
  const active = deepActiveElement(doc);
  if (!(active instanceof HTMLInputElement) || !TEXT_TYPES.test(active.type) || active.disabled || active.readOnly) {
    return { ok: false, reason: 'no-field' };
  }
  const root = active.getRootNode();
  const group = findOtpTargets(root instanceof ShadowRoot ? root : doc).find((t) => t.elements.length > 1 && t.elements.includes(active));
  const target: OtpTarget = group ?? { elements: [active], score: 1 };
  return fillTarget(target, code);
}
