// Finds one-time-code fields and scores them. Collection, scoring and the visibility gate are separate
// steps (the way Bitwarden's autofill splits them), so tests can check each one and the content script
// can re-score cheaply when the page changes.
import { collectInputs, flatParent, labelText, nearbyText } from './field-dom.ts';
import { MEDIUM, NEVER, NOT_SMS, readAutocomplete, readSignal, rulesOut, STRONG, WEAK, type TextSignal } from './field-text.ts';
import { isVisibleToUser } from './visibility.ts';

/** One element: a single code field. Four to eight: the boxes of a split widget, in visual order. */
export type OtpTarget = { elements: HTMLInputElement[]; score: number };

/** Fill only at or above this. A lone word like "code" (30) is not enough; "code" plus a numeric field
 * with a code-sized maxlength is; autocomplete=one-time-code or an OTP phrase is on its own. */
export const FILL_THRESHOLD = 50;
// Below this a field is not reported at all: it has nothing code-like about it.
const CANDIDATE_MIN = 25;

// Text next to the field ("We sent you a code") counts less than the field's own label, but together
// with a numeric, code-length field it is enough: many SMS steps have nothing else.
const NEARBY_STRONG = 30;
const NEARBY_MEDIUM = 25;

const SPLIT_MIN = 4;
const SPLIT_MAX = 8;
const NARROW_BOX_PX = 64;
const MIN_BOX_PX = 8;

/** All candidates in this document, including open shadow roots (recursively), best first. */
export function findOtpTargets(root: Document | ShadowRoot): OtpTarget[] {
  const inputs = collectInputs(root);
  const order = new Map(inputs.map((el, i) => [el, i]));

  const fields: Field[] = [];
  for (const el of inputs) {
    const field = readField(el);
    if (field) fields.push(field);
  }

  const boxes = fields.filter((f) => isBox(f.el));
  const targets: OtpTarget[] = [];
  for (const group of groupBoxes(boxes)) {
    const split = scoreSplit(group, order);
    if (split) targets.push(split);
  }
  for (const field of fields) {
    if (field.el.maxLength >= 1 && field.el.maxLength <= 3) continue; // a box or a CVC, never a whole code
    const score = scoreSingle(field);
    if (score >= CANDIDATE_MIN) targets.push({ elements: [field.el], score });
  }
  const first = (t: OtpTarget): number => order.get(t.elements[0]!) ?? 0;
  return targets.sort((a, b) => b.score - a.score || first(a) - first(b));
}

/** The best target at or above FILL_THRESHOLD that passes the visibility gate, or null. The elements
 * of better-scoring targets that failed the gate go into `hidden`, when given. */
export function bestFillableTarget(doc: Document, hidden?: HTMLInputElement[]): OtpTarget | null {
  for (const target of findOtpTargets(doc)) {
    if (target.score < FILL_THRESHOLD) break; // sorted: nothing after this qualifies
    if (target.elements.every((el) => isVisibleToUser(el))) return target;
    hidden?.push(...target.elements);
  }
  return null;
}

/**
 * Cheap check of what a MutationObserver saw added: does any added node hold an input now? Text and
 * comment nodes cost one comparison; a childless element a tag check and a look at its own shadow root;
 * an element with children one native lookup, then a look into the open shadow roots of its subtree
 * (a document observer never sees inside them). Web components often render their input into the
 * shadow root a moment after they are attached, so ask this when that moment has passed, not at once.
 */
export function mayContainInputs(nodes: Iterable<Node>): boolean {
  for (const node of nodes) {
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    if (el.tagName === 'INPUT') return true;
    const hosts = el.firstElementChild === null ? [el] : [el, ...el.querySelectorAll('*')];
    if (hosts.length > 1 && el.getElementsByTagName('input').length > 0) return true;
    if (hosts.some((h) => h.shadowRoot && collectInputs(h.shadowRoot).length)) return true;
  }
  return false;
}

type Field = {
  el: HTMLInputElement;
  oneTimeCode: boolean;
  own: TextSignal[]; // name/id, labels, placeholder, aria-label, title: what the page says this field is
  idSignal: TextSignal;
  textSignal: TextSignal;
  hint: TextSignal; // class and test ids: only ever count in favour
  numeric: boolean;
};

const TEXT_TYPES = new Set(['', 'text', 'tel', 'number']);

function readField(el: HTMLInputElement): Field | null {
  if (el.disabled || el.readOnly) return null;
  const attr = (name: string): string => el.getAttribute(name) ?? '';
  const ac = readAutocomplete(attr('autocomplete'));
  if (ac === 'other') return null;
  const oneTimeCode = ac === 'one-time-code';
  const type = attr('type').toLowerCase();
  // A password-typed field is a password unless the page itself declares it a one-time code.
  if (!TEXT_TYPES.has(type) && !(type === 'password' && oneTimeCode)) return null;

  const idSignal = readSignal(`${attr('name')} ${attr('id')}`);
  const textSignal = readSignal(`${labelText(el)} ${attr('aria-label')}`);
  const placeholder = readSignal(attr('placeholder'));
  const title = readSignal(attr('title'));
  const hint = readSignal(`${attr('class')} ${attr('data-testid')} ${attr('data-test')} ${attr('data-qa')}`);
  const own = [idSignal, textSignal, placeholder, title];

  if (own.some((s) => s & NEVER) || hint & NEVER || inCardForm(el)) return null;
  if (!oneTimeCode && !own.some((s) => s & STRONG) && own.some(rulesOut)) return null;

  const numeric =
    /^(numeric|decimal)$/i.test(attr('inputmode')) || type === 'tel' || type === 'number' || /\\d|0-9/.test(attr('pattern'));
  return { el, oneTimeCode, own, idSignal, textSignal: textSignal | placeholder, hint, numeric };
}

// 3-D Secure codes come in their own frame; a short numeric field next to a card number is the CVC.
function inCardForm(el: HTMLInputElement): boolean {
  const form = el.form ?? el.closest('form');
  return (
    form !== null &&
    form.querySelector(
      'input[autocomplete^="cc-" i],input[name*="card" i],input[name*="cvc" i],input[name*="cvv" i],input[id*="cardnumber" i]',
    ) !== null
  );
}

function wordScore(s: TextSignal, strong: number, medium: number, weak: number): number {
  return s & STRONG ? strong : s & MEDIUM ? medium : s & WEAK ? weak : 0;
}

const merge = (list: TextSignal[]): TextSignal => list.reduce((all, s) => all | s, 0);
const codeish = (s: TextSignal): boolean => (s & (STRONG | MEDIUM)) > 0;

function scoreSingle(f: Field): number {
  const own = merge(f.own);
  let score = f.oneTimeCode ? 100 : 0;
  score += wordScore(own, 50, 30, 0);
  // The name and the visible label agreeing is worth more than either alone.
  if (codeish(f.idSignal) && codeish(f.textSignal)) score += 10;
  if (!codeish(own) && codeish(f.hint)) score += 10;
  const nearby = readSignal(nearbyText(f.el));
  if (nearby & NOT_SMS) return 0; // even autocomplete=one-time-code: widget kits put it on every box
  score += wordScore(nearby, NEARBY_STRONG, NEARBY_MEDIUM, 0);
  if (f.numeric) score += 10;
  const max = f.el.maxLength;
  if (max >= 4 && max <= 8) score += 15;
  else if (max > 10) score -= 15;
  return score;
}

// A box of a split widget: one character wide by maxlength, or (real layout only) narrow on screen, but
// wide enough to type into: Reka UI keeps its value in a 1-px visually-hidden input beside the boxes.
// A narrow box may allow a whole code (maxlength 4 to 8): widgets built for browser autofill let a box
// take the code and spread it (PrimeNG and Base UI on their first box, react-code-input on all but the
// last). Such a box belongs to a group only as long as the code (scoreSplit).
function isBox(el: HTMLInputElement): boolean {
  const max = el.maxLength;
  if (max === 1) return true;
  if (max > SPLIT_MAX || max === 3) return false; // 3: no code is that short
  const rect = el.getBoundingClientRect();
  return rect.width >= MIN_BOX_PX && rect.width <= NARROW_BOX_PX;
}

/**
 * Groups boxes by their nearest shared ancestor: siblings first, then boxes that each sit in their own
 * wrapper, then wrappers of wrappers (3+3 with a dash between). UI kits wrap each box in a whole text
 * field component (input, inner box, wrapper, field), so boxes may share an ancestor only four levels
 * up. A group stops growing at four boxes.
 */
function groupBoxes(boxes: Field[]): Field[][] {
  const groups: Field[][] = [];
  let pending: Field[][] = boxes.map((b) => [b]);
  const anchor = new Map<Field[], Element | null>(pending.map((g) => [g, g[0]!.el]));
  for (let depth = 1; depth <= 4 && pending.length > 0; depth++) {
    const byAncestor = new Map<Element, Field[]>();
    for (const g of pending) {
      const up = anchor.get(g);
      const parent = up ? flatParent(up) : null;
      if (!parent) continue;
      const merged = byAncestor.get(parent);
      if (merged) merged.push(...g);
      else byAncestor.set(parent, [...g]);
    }
    pending = [];
    for (const [parent, members] of byAncestor) {
      if (members.length >= SPLIT_MIN) {
        if (members.length <= SPLIT_MAX) groups.push(members);
      } else {
        pending.push(members);
        anchor.set(members, parent);
      }
    }
  }
  return groups;
}

function scoreSplit(group: Field[], order: Map<HTMLInputElement, number>): OtpTarget | null {
  // Alike by type only: vue3-otp-input sets maxlength=1 on its last box alone.
  const type = group[0]!.el.getAttribute('type');
  if (!group.every((f) => f.el.getAttribute('type') === type)) return null;
  // A box taking more than one character takes the whole code, beside plain boxes: four 4-character boxes
  // are a card number, not a 4-character code.
  const wide = group.filter((f) => f.el.maxLength > 2);
  if (wide.length === group.length || wide.some((f) => f.el.maxLength !== group.length)) return null;
  let score = 45; // four to eight alike one-character inputs in a row are rarely anything else
  if (group.some((f) => f.oneTimeCode)) score += 100;
  score += wordScore(merge(group.flatMap((f) => [...f.own, f.hint])), 50, 30, 5);
  if (group.every((f) => f.numeric)) score += 10;
  const container = commonAncestor(group.map((f) => f.el));
  const nearby = container ? readSignal(nearbyText(container)) : 0;
  // Boxes carry few words of their own, so the words around them can rule them out (a library PinInput
  // used for a captcha or a gift-card PIN).
  if (nearby & NEVER) return null;
  score += wordScore(nearby, NEARBY_STRONG, NEARBY_MEDIUM, 0);
  const elements = sortVisually(
    group.map((f) => f.el),
    order,
  );
  return { elements, score };
}

function commonAncestor(els: HTMLInputElement[]): Element | null {
  let node: Element | null = flatParent(els[0]!);
  while (node && !els.every((el) => node!.contains(el) || node!.shadowRoot?.contains(el))) node = flatParent(node);
  return node;
}

/** Left to right, row by row; DOM order breaks ties (and is all there is without layout). */
function sortVisually(els: HTMLInputElement[], order: Map<HTMLInputElement, number>): HTMLInputElement[] {
  const rects = new Map(els.map((el) => [el, el.getBoundingClientRect()] as const));
  return [...els].sort((a, b) => {
    const ra = rects.get(a)!;
    const rb = rects.get(b)!;
    const rowGap = Math.max(ra.height, rb.height) / 2;
    if (rowGap > 0 && Math.abs(ra.top - rb.top) > rowGap) return ra.top - rb.top;
    if (ra.left !== rb.left) return ra.left - rb.left;
    return (order.get(a) ?? 0) - (order.get(b) ?? 0);
  });
}
