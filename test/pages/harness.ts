// Test harness for the OTP pages: loads a page with its inline scripts running (happy-dom evaluates
// scripts only when asked), resolves the fixtures' `A >>> B` selectors, and gives happy-dom just enough
// of a layout for the visibility gate. Real layout is covered by the browser e2e tests.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve as resolvePath } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Window } from 'happy-dom';

export type Expect = {
  fields: string | string[];
  kind: 'single' | 'split' | 'none';
  length?: number;
  appears_after_ms?: number;
  /** Not about the page's layout: "history" = the page is open when SimFill first syncs a rental that
   * already holds an SMS; "binding" = an origin-bound SMS arrives for a page served under `host`
   * (test/e2e/support/otp-pages.ts sets both up); "frame" = a frame reports a field by design, and the code
   * must still not land (another site's frame, a frame that navigated); "race" = the field is reported
   * while visible and hidden before the SMS arrives. Either way the background may hold a report. */
  attack?: 'history' | 'binding' | 'frame' | 'race';
  /** "binding": the host name the page is served under (mapped to the pages server by the browser)
   * and the SMS, with CODE standing for the code. */
  host?: string;
  sms?: string;
  /** On a hostile page: the field detection finds, which the visibility gate must refuse. */
  detected?: string;
  /** The code has letters and digits (library bench pages). */
  letters?: boolean;
};

export type Page = { name: string; html: string; expect: Expect };

/** Pages in a directory given relative to the calling module (`import.meta.url`). A plain path, not
 * `new URL(rel, import.meta.url)`: Vite rewrites that form into an asset URL on its dev server. */
export function readPages(relDir: string, fromModule: string): Page[] {
  const dir = resolvePath(dirname(fileURLToPath(fromModule)), relDir);
  return readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const html = readFileSync(join(dir, name), 'utf8');
      const m = /<!--\s*expect:\s*(\{.*?\})\s*-->/s.exec(html);
      if (!m) throw new Error(`${name}: no expect comment`);
      return { name, html, expect: JSON.parse(m[1]!) as Expect };
    });
}

export type Loaded = { window: Window; document: Document; close: () => Promise<void> };

export async function loadPage(html: string): Promise<Loaded> {
  const window = new Window({
    url: 'https://otp.example/',
    width: 1024,
    height: 768,
    settings: { enableJavaScriptEvaluation: true, suppressInsecureJavaScriptEnvironmentWarning: true },
  });
  window.document.write(html);
  await new Promise((r) => setTimeout(r, 20)); // srcdoc iframes load on the next turn
  installFakeLayout(window);
  for (const frame of Array.from(window.document.querySelectorAll('iframe'))) {
    const inner = (frame as unknown as { contentWindow: Window | null }).contentWindow;
    if (!inner) continue;
    installFakeLayout(inner);
    // happy-dom leaves frameElement null; a browser gives a same-origin frame its <iframe> element.
    Object.defineProperty(inner, 'frameElement', { value: frame, configurable: true });
  }
  return {
    window,
    document: window.document as unknown as Document,
    close: async () => {
      await window.happyDOM.abort();
      await window.happyDOM.close();
    },
  };
}

/** Finds `A >>> B`: B inside A's open shadow root or A's iframe document. */
export function resolve(doc: Document, selector: string): HTMLInputElement | null {
  let scope: Document | ShadowRoot = doc;
  const steps = selector.split('>>>').map((s) => s.trim());
  for (let i = 0; i < steps.length; i++) {
    const el: Element | null = scope.querySelector(steps[i]!);
    if (!el || i === steps.length - 1) return el as HTMLInputElement | null;
    const next: Document | ShadowRoot | null | undefined =
      el.shadowRoot ?? (el as HTMLIFrameElement).contentDocument;
    if (!next) return null;
    scope = next;
  }
  return null;
}

/** The document the content script instance of that frame would run in. */
export function frameDocument(doc: Document, selector: string): Document {
  const steps = selector.split('>>>').map((s) => s.trim());
  let scope: Document | ShadowRoot = doc;
  let frameDoc = doc;
  for (const step of steps.slice(0, -1)) {
    const el: Element | null = scope.querySelector(step);
    if (!el) break;
    if (el.tagName === 'IFRAME') {
      frameDoc = (el as HTMLIFrameElement).contentDocument!;
      scope = frameDoc;
    } else if (el.shadowRoot) scope = el.shadowRoot;
  }
  return frameDoc;
}

type Rect = { left: number; top: number; width: number; height: number };
const CONTROLS = new Set(['INPUT', 'BUTTON', 'TEXTAREA', 'SELECT']);
const UNRENDERED = new Set(['HEAD', 'SCRIPT', 'STYLE', 'META', 'TITLE', 'TEMPLATE', 'LINK']);

/**
 * A toy layout: controls sit in a row in document order (40 px apart, 30x30 unless the page sets a px
 * width/height), `position: relative` shifts them by left/top, absolute/fixed elements take their px or
 * % left/top/width/height; anything under display:none has no box. elementFromPoint returns the topmost
 * positioned element or control at the point (later wins on a tie, pointer-events:none is skipped),
 * retargeted to the asking tree like a browser does.
 */
type DomWindow = {
  document: Document;
  Element: typeof Element;
  ShadowRoot: typeof ShadowRoot;
  DOMRect: typeof DOMRect;
  getComputedStyle: typeof getComputedStyle;
  innerWidth: number;
  innerHeight: number;
};

export function installFakeLayout(win: Window): void {
  const w = win as unknown as DomWindow;
  const doc = w.document;
  const vw = w.innerWidth;
  const vh = w.innerHeight;
  const px = (v: string, whole: number): number | null => {
    if (v.endsWith('px')) return parseFloat(v);
    if (v.endsWith('%')) return (parseFloat(v) / 100) * whole;
    return null;
  };
  const parentOf = (el: Element): Element | null =>
    el.parentElement ?? ((el.parentNode as ShadowRoot | null)?.host as Element | undefined) ?? null;
  const hidden = (el: Element): boolean => {
    for (let n: Element | null = el; n; n = parentOf(n)) {
      if (UNRENDERED.has(n.tagName) || w.getComputedStyle(n).display === 'none') return true;
    }
    return false;
  };
  const flatAll = (root: Document | ShadowRoot): Element[] => {
    const out: Element[] = [];
    for (const el of Array.from(root.querySelectorAll('*'))) {
      out.push(el);
      if (el.shadowRoot) out.push(...flatAll(el.shadowRoot));
    }
    return out;
  };
  const rectOf = (el: Element): Rect => {
    if (hidden(el)) return { left: 0, top: 0, width: 0, height: 0 };
    const s = w.getComputedStyle(el);
    if (s.position === 'absolute' || s.position === 'fixed') {
      return {
        left: px(s.left, vw) ?? 0,
        top: px(s.top, vh) ?? 0,
        width: px(s.width, vw) ?? 0,
        height: px(s.height, vh) ?? 0,
      };
    }
    if (CONTROLS.has(el.tagName)) {
      const i = flatAll(doc).filter((e) => CONTROLS.has(e.tagName)).indexOf(el);
      const shift = s.position === 'relative';
      return {
        left: 20 + 40 * (i % 20) + (shift ? (px(s.left, vw) ?? 0) : 0),
        top: 100 + 40 * Math.floor(i / 20) + (shift ? (px(s.top, vh) ?? 0) : 0),
        width: px(s.width, vw) ?? 30,
        height: px(s.height, vh) ?? 30,
      };
    }
    return { left: 0, top: 0, width: vw, height: vh };
  };
  w.Element.prototype.getBoundingClientRect = function (this: Element) {
    const r = rectOf(this);
    return new w.DOMRect(r.left, r.top, r.width, r.height);
  };
  const hitTest = (x: number, y: number): Element | null => {
    let best: Element | null = null;
    let bestLayer = -1;
    for (const el of flatAll(doc)) {
      const s = w.getComputedStyle(el);
      const positioned = s.position === 'absolute' || s.position === 'fixed';
      if (!positioned && !CONTROLS.has(el.tagName) && el.tagName !== 'IFRAME') continue;
      if (s.pointerEvents === 'none' || s.visibility === 'hidden') continue;
      const r = rectOf(el);
      if (x < r.left || y < r.top || x >= r.left + r.width || y >= r.top + r.height) continue;
      const layer = positioned ? 2 + (parseInt(s.zIndex, 10) || 0) / 1000 : 1;
      if (layer >= bestLayer) {
        best = el;
        bestLayer = layer;
      }
    }
    return best ?? doc.body;
  };
  // Like a browser: a hit inside a nested shadow tree is reported as its host in the asking scope.
  const retarget = (hit: Element | null, scope: Document | ShadowRoot): Element | null => {
    for (let n: Element | null = hit; n; ) {
      const root = n.getRootNode();
      if (root === scope) return n;
      if (root.nodeType === 9) return hit; // not inside the scope at all: the covering element itself
      n = (root as ShadowRoot).host;
    }
    return hit;
  };
  doc.elementFromPoint = (x: number, y: number) => retarget(hitTest(x, y), doc);
  w.ShadowRoot.prototype.elementFromPoint = function (this: ShadowRoot, x: number, y: number) {
    return retarget(hitTest(x, y), this);
  };
}
