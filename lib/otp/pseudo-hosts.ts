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

/**
 * The walk's question, asked of each element with its own tree and the shadow root it hosts; each
 * tree's rules are read once per call. A shadow tree's rules can reach its host (:host) and what is
 * slotted into it, from that tree or one further out (a slot in a slot); the walk asks about a host
 * before its shadow tree and goes through that tree before the host's own children, so once such a
 * tree is met, every element asked about after it is read.
 */
export function pseudoHosts(): (el: Element, root: Document | ShadowRoot, inner: ShadowRoot | null) => boolean {
  const trees = new Map<Node, Set<Element> | null>();
  let every = false;
  const rulesOf = (root: Document | ShadowRoot): Set<Element> | null => {
    if (!trees.has(root)) trees.set(root, readRules(root));
    return trees.get(root)!;
  };
  // A tree read whole (null) may hold rules for elements outside it too (:host, ::slotted, ::part).
  return (el, root, inner) => (every ||= !rulesOf(root) || (!!inner && !rulesOf(inner))) || rulesOf(root)!.has(el);
}

/** The elements of the tree its rules may give a pseudo-element; null: any, or beyond the tree. */
function readRules(root: Document | ShadowRoot): Set<Element> | null {
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
      for (const { effect } of root.getAnimations?.() ?? []) {
        const { pseudoElement, target } = (effect ?? {}) as Partial<KeyframeEffect>;
        if (pseudoElement && target) found.add(target);
      }
      return found;
    }
  } catch {
    // A sheet of another origin or still loading (its rules cannot be read), or a selector this
    // browser's querySelectorAll does not take.
  }
  return null;
}
