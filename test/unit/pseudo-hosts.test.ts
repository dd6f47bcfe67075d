// @vitest-environment happy-dom
// The filter that lets the walk for covers skip the pseudo-elements no style rule creates
// (lib/otp/pseudo-hosts.ts). It may name more elements than a rule reaches, never fewer. The real
// browsers' side (adopted sheets, nesting, :host, ::slotted, ::part, @scope) is walked by the e2e suites
// on test/pages/red/s01–s09; this is the reading of selectors and the fallbacks.
import { afterEach, expect, it } from 'vitest';
import { pseudoHosts } from '../../lib/otp/pseudo-hosts.ts';
import { loadPage, type Loaded } from '../pages/harness.ts';

let open: Loaded | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

/** The ids of the page's elements whose pseudo-elements the walk would read. */
async function readFor(html: string): Promise<string[]> {
  open = await loadPage(html);
  const doc = open.document;
  const hosts = pseudoHosts(doc);
  return Array.from(doc.querySelectorAll('[id]'))
    .filter((el) => hosts!.has(el))
    .map((el) => el.id);
}

const COVER = '{content:"";position:fixed;inset:0;background:#fff}';
const BODY = '<div id="a" class="veil"></div><div id="b" class="be:after" title=":after"></div><p id="c"><i id="d"></i></p>';

it.each([
  ['a plain rule', `.veil::after${COVER}`, ['a']],
  ['the legacy single colon', `.veil:before${COVER}`, ['a']],
  ['a rule inside @media and @supports', `@media screen { @supports (display:block) { .veil::after${COVER} } }`, ['a']],
  ['":after" spelled in an attribute value', `[title=":after"]::after${COVER}`, ['b']],
  ['":after" in an escaped class name', `.be\\:after::after${COVER}`, ['b']],
  ['a bare ::after after a combinator', `#c > ::after${COVER}`, ['d']],
  ['a selector list', `.veil::before, #d::after${COVER}`, ['a', 'd']],
  ['no rule naming a pseudo-element', `.veil${COVER} p:hover{color:red}`, []],
])('%s: only the elements it names are read', async (_, css, ids) => {
  expect(await readFor(`<style>${css}</style>${BODY}`)).toEqual(ids);
});

it('a sheet whose rules cannot be read (another origin, still loading) leaves the tree unbounded: every element is read', async () => {
  open = await loadPage(`<style>.veil::after${COVER}</style>${BODY}`);
  const doc = open.document;
  Object.defineProperty(doc.styleSheets[0]!, 'cssRules', {
    get: () => {
      throw new DOMException('Cannot access rules', 'SecurityError');
    },
  });
  expect(pseudoHosts(doc)).toBeNull();
});

it('an element whose ::before a Web Animation drives is read, with no rule naming it (a <q> has a quote there)', async () => {
  open = await loadPage(`<q id="q"></q>${BODY}`);
  const doc = open.document;
  const q = doc.getElementById('q')!;
  // The page's animation as the browsers report it (this test DOM has no Web Animations).
  Object.defineProperty(doc, 'getAnimations', { value: () => [{ effect: { pseudoElement: '::before', target: q } }, { effect: { target: doc.getElementById('a') } }] });
  expect([...pseudoHosts(doc)!]).toEqual([q]);
});

it('a sheet added after one call counts in the next (rules are read per call)', async () => {
  expect(await readFor(BODY)).toEqual([]);
  const style = open!.document.createElement('style');
  style.textContent = `#c::after${COVER}`;
  open!.document.head.append(style);
  expect(pseudoHosts(open!.document)!.has(open!.document.getElementById('c')!)).toBe(true);
});
