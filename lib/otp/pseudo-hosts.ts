// Which elements can have a ::before or ::after box? Only those a style rule gives one: a pseudo-element
// needs `content`, and nothing but a rule naming ::before or ::after (or the legacy :before, :after)
// sets it (inline styles cannot; the browser's own sheet gives them only to <q>, in flow, never a cover).
// Reading a pseudo-element's style is the costliest read there is (Firefox: ~80 µs each, the most of a
// gate call on a large page), so the walk for covers asks these rules which elements to read, instead
// of reading both pseudo-elements of every element.
//
// What the answer must never do is leave out an element a rule reaches: so whatever cannot be resolved
// here (a sheet whose rules cannot be read — another origin's, or one still loading —, a selector
// relative to a scope, or one this does not parse) makes every element of that tree a candidate again.

/** One document's or shadow root's rules. `outward`: they may reach elements outside the tree (the host
 * by :host, its children by ::slotted, parts further in by ::part). */
type TreeRules = { matched: Set<Element> | null; outward: boolean };

import { shadowRootOf } from './field-dom.ts';

/** The question the walk asks, answered from the rules of each tree once per call. */
export function pseudoHosts(): (el: Element) => boolean {
  const trees = new Map<Node, TreeRules>();
  const rulesOf = (root: Document | ShadowRoot): TreeRules => {
    let rules = trees.get(root);
    if (!rules) trees.set(root, (rules = readRules(root)));
    return rules;
  };
  const outwardAbove = (root: Node): boolean => {
    for (let r = root; 'host' in r; r = (r as ShadowRoot).host.getRootNode()) {
      if (rulesOf((r as ShadowRoot).host.getRootNode() as Document | ShadowRoot).outward) return true;
    }
    return false;
  };
  return (el) => {
    const root = el.getRootNode() as Document | ShadowRoot;
    const own = rulesOf(root);
    if (!own.matched || own.matched.has(el)) return true;
    const shadow = shadowRootOf(el);
    const parentShadow = el.parentElement && shadowRootOf(el.parentElement);
    return (
      (!!shadow && rulesOf(shadow).outward) || // :host::before
      (!!parentShadow && rulesOf(parentShadow).outward) || // ::slotted(…)::before
      (el.hasAttribute('part') && outwardAbove(root)) // ::part(…)::before
    );
  };
}

function readRules(root: Document | ShadowRoot): TreeRules {
  const selectors: string[] = [];
  let outward = false;
  // Returns false for anything that cannot be resolved to elements of this tree.
  const visit = (rules: CSSRuleList, parent: string | null, scoped: boolean): boolean => {
    for (const rule of Array.from(rules)) {
      const text = (rule as CSSStyleRule).selectorText;
      let own = parent;
      if (typeof text === 'string') {
        // A nested rule's selector is relative to its parent's (CSS nesting): `&` stands for the parent.
        own = splitList(text)
          .map((s) => (parent === null ? s : s.includes('&') ? s.replaceAll('&', `:is(${parent})`) : `:is(${parent}) ${s}`))
          .join(',');
        for (const selector of splitList(own)) {
          const element = withoutPseudo(selector);
          if (element === null) continue; // names neither ::before nor ::after
          if (/::(slotted|part)\(|:host/.test(element)) outward = true;
          if (/::(slotted|part)\(|^:host(-context)?(\([^()]*\))?$/.test(element)) continue; // for outside elements only
          if (scoped || /&|:scope|:host|::/.test(element)) return false;
          selectors.push(element);
        }
      }
      // @media, @supports, @layer, @container, @scope, @starting-style, nested style rules, @import.
      const imported = (rule as CSSImportRule).styleSheet;
      const inner = imported ? imported.cssRules : (rule as CSSGroupingRule).cssRules;
      if (inner && !visit(inner, own, scoped || 'start' in rule)) return false;
    }
    return true;
  };
  let readable: boolean;
  try {
    const sheets = [...Array.from(root.styleSheets), ...(root.adoptedStyleSheets ?? [])];
    readable = sheets.every((sheet) => visit(sheet.cssRules, null, false));
  } catch {
    readable = false; // another origin's sheet, or one still loading: its rules cannot be read
  }
  if (!readable) return { matched: null, outward: true };
  if (!selectors.length) return { matched: new Set(), outward };
  try {
    return { matched: new Set(root.querySelectorAll(selectors.join(','))), outward };
  } catch {
    return { matched: null, outward: true }; // a selector this browser's querySelectorAll does not take
  }
}

/** The selector with its ::before/::after (or :before/:after) taken off, so that it matches the elements
 * that own them; null when it names neither. Quoted strings and escapes are copied as they are: an
 * attribute value or class name that spells ":after" is not a pseudo-element. */
export function withoutPseudo(selector: string): string | null {
  let out = '';
  let found = false;
  for (let i = 0; i < selector.length; i++) {
    const c = selector[i]!;
    const pseudo = c === ':' ? /^::?(before|after)(?![\w-])/i.exec(selector.slice(i)) : null;
    if (pseudo) {
      found = true;
      out += /(^|[\s>+~(,])$/.test(out) ? '*' : ''; // `::after` alone or after a combinator: any element
      i += pseudo[0].length - 1;
    } else if (c === '\\') {
      out += c + (selector[++i] ?? '');
    } else if (c === '"' || c === "'") {
      const end = closingQuote(selector, i);
      out += selector.slice(i, end + 1);
      i = end;
    } else out += c;
  }
  return found ? out : null;
}

function closingQuote(text: string, start: number): number {
  for (let i = start + 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === text[start]) return i;
  }
  return text.length - 1;
}

/** A selector list split at its top-level commas (not those inside parentheses, brackets or quotes). */
function splitList(list: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i++) {
    const c = list[i]!;
    if (c === '\\') i++;
    else if (c === '"' || c === "'") i = closingQuote(list, i);
    else if (c === '(' || c === '[') depth++;
    else if (c === ')' || c === ']') depth--;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}
