// Which elements can have a ::before or ::after box? Only those a style rule gives one: a pseudo-element
// needs `content`, and only a rule naming ::before or ::after (or the legacy :before, :after) sets it
// (an inline style cannot, nor can a Web Animation). The browser's own sheet gives them to <q>, in flow,
// never a cover, until a Web Animation of that pseudo-element places it over the field with no rule at
// all (test/pages/red/s10): so the elements whose pseudo-elements are animated are read too. Reading a
// pseudo-element's style is the costliest read there is (most of a gate call on a large page in
// Firefox), so the walk for covers asks these rules which elements to read.
//
// The answer may hold more elements than the rules reach, never fewer. So each selector is widened to
// what a plain querySelectorAll of its own tree can match: the pseudo-element, `&` (CSS nesting) and
// `:scope` each become "any element", which only adds elements, and nested rules (CSS nesting, @media,
// @supports, @layer, @container, @scope, @import) are read without their parent's selector or scope.
// Where that is not enough, every element is read, as before: in a tree with a sheet whose rules cannot
// be read (another origin's, or one still loading) or a rule that reaches outside its tree (:host,
// ::slotted, ::part), or anything else this does not take apart.

// Escapes and quoted strings are matched whole (first), so a ":after" spelled inside them is left alone.
const PARTS = /\\[^]|"(?:\\[^]|[^"\\])*"|'(?:\\[^]|[^'\\])*'|(::?(?:before|after)(?![\w-]))|&|:scope(?![\w-])/gi;

/** The elements of the tree whose pseudo-elements may be boxes, read afresh on each call; null: any
 * element, and maybe elements of other trees too (:host, ::slotted, ::part: see the walk that asks). */
export function pseudoHosts(root: Document | ShadowRoot): Set<Element> | null {
  const selectors: string[] = [];
  const resolves = (rules: CSSRuleList): boolean =>
    Array.from(rules).every((rule) => {
      let named = false;
      const widened = (rule as CSSStyleRule).selectorText?.replace(PARTS, (part, pseudo?: string) =>
        /^["'\\]/.test(part) ? part : ((named ||= !!pseudo), ':is(*)'),
      );
      if (named && /:host|::/i.test(widened!)) return false; // :host, ::slotted, ::part, or other pseudo-elements
      if (named) selectors.push(widened!);
      const inner = (rule as CSSImportRule).styleSheet?.cssRules ?? (rule as CSSGroupingRule).cssRules;
      return !inner || resolves(inner);
    });
  try {
    if ([...root.styleSheets, ...(root.adoptedStyleSheets ?? [])].every((sheet) => resolves(sheet.cssRules))) {
      const found = new Set(selectors.length ? root.querySelectorAll(selectors.join()) : []);
      for (const { effect } of root.getAnimations?.() ?? []) if ((effect as KeyframeEffect | null)?.pseudoElement) found.add((effect as KeyframeEffect).target!);
      return found;
    }
  } catch {
    // A sheet of another origin or still loading (its rules cannot be read), or a selector this
    // browser's querySelectorAll does not take.
  }
  return null;
}
