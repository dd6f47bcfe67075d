// The fill decision itself: which frame of a tab may receive which code, and where an origin-bound code
// is bound, judged by the Public Suffix List the way the standard does.
import { describe, expect, it } from 'vitest';
import { byPreference, framePermit, type Binding, type FrameFacts } from '../../lib/background/frame-policy.ts';
import { bindingMatches, domainOf } from '../../lib/background/site.ts';
import { extractCode } from '../../lib/otp/extract.ts';
import { siteAllows } from '../../lib/otp/origin.ts';

const unbound: Binding = { origin: null, embedded: null };
const bound = (origin: string, embedded: string | null = null): Binding => ({ origin, embedded });
const top = (frameUrl: string): FrameFacts => ({ frameId: 0, frameUrl, topUrl: frameUrl, checkedAcrossFrames: false });
const sub = (frameUrl: string, topUrl: string | null, checkedAcrossFrames = false): FrameFacts => ({ frameId: 4, frameUrl, topUrl, checkedAcrossFrames });

describe('site binding, by the Public Suffix List', () => {
  it.each([
    ['bank.example', 'https://bank.example/login', true],
    ['bank.example', 'https://x.bank.example/login', true], // same site
    ['bank.example', 'http://x.bank.example/login', false], // not over plain http
    ['bank.example', 'http://bank.example/', false],
    ['bank.example', 'https://bank.example.evil.example/', false],
    ['bank.example', 'https://evilbank.example/', false],
    ['github.io', 'https://alice.github.io/', false], // a public suffix names no one's site
    ['alice.github.io', 'https://bob.github.io/', false], // different sites under a private suffix
    ['alice.github.io', 'https://www.alice.github.io/', true],
    ['co.uk', 'https://shop.co.uk/', false],
    ['shop.co.uk', 'https://pay.shop.co.uk/', true],
    ['com', 'https://anything.com/', false],
    ['localhost', 'http://localhost:8080/', true], // http is fine on the user's own machine
    ['127.0.0.1', 'http://127.0.0.1:5173/verify', true],
    ['bank.example', 'ftp://bank.example/', false],
    ['bank.example:443', 'https://bank.example/', true], // a port in the SMS does not change the site
    // Red team round 2 (docs/security.md): edge cases of names, tried by someone who did not write the rule.
    ['example.com', 'https://example.com.evil.test/', false], // the bound name as a prefix of another
    ['BANK.EXAMPLE', 'https://bank.example/', true], // names are case-insensitive
    ['bank.example', 'https://bank.example@evil.test/', false], // userinfo is not the host
    ['xn--bnk-8cd.example', 'https://bank.example/', false], // a punycode look-alike is another name
    ['bank.example', 'https://xn--bnk-8cd.example/', false],
    ['127.0.0.1', 'http://127.0.0.1.evil.test/', false], // loopback names as a prefix: not loopback
    ['localhost', 'http://localhost.evil.test/', false],
    ['evil.localhost', 'http://bank.localhost/', false], // each name under localhost is its own site
    ['bank.example', 'http://localhost/', false],
  ])('@%s is valid on %s: %s', (host, url, expected) => {
    expect(bindingMatches(host, url)).toBe(expected);
  });

  it('reads both hosts of the embedded form from the SMS', () => {
    expect(extractCode('Your code is 482913.\n\n@shop.example #482913 @pay.example')).toMatchObject({ code: '482913', origin: 'shop.example', embeddedOrigin: 'pay.example' });
    expect(extractCode('Your code is 482913.\n\n@shop.example #482913')).toMatchObject({ origin: 'shop.example', embeddedOrigin: null });
  });

  it('reads no binding, and so no code to fill by itself, from a name that is not plain ASCII or ends in a dot', () => {
    expect(extractCode('@bаnk.example #123456')).toMatchObject({ code: null, origin: null }); // Cyrillic "а"
    expect(extractCode('@bank.example. #123456')).toMatchObject({ code: null, origin: null });
    expect(extractCode('@BANK.EXAMPLE #123456')).toMatchObject({ code: '123456', origin: 'bank.example' });
  });

  it('the content script refuses a host that only looks like the bound domain (a trailing dot is another origin)', () => {
    expect(bindingMatches('bank.example', 'https://bank.example./')).toBe(true); // the same site to the list…
    expect(siteAllows('bank.example', 'bank.example.', true)).toBe(false); // …but the frame's own check says no
  });

  it('gives the content script a registrable domain, and nothing for a public suffix', () => {
    expect(domainOf('www.bank.example')).toBe('bank.example');
    expect(domainOf('co.uk')).toBeNull();
    expect(domainOf('github.io')).toBeNull();
    expect(domainOf('alice.github.io')).toBe('alice.github.io');
  });

  it('the content script types a bound code only on that domain, and only in a secure context', () => {
    expect(siteAllows(null, 'anything.example', false)).toBe(true);
    expect(siteAllows('bank.example', 'x.bank.example', true)).toBe(true);
    expect(siteAllows('bank.example', 'x.bank.example', false)).toBe(false);
    expect(siteAllows('bank.example', 'evilbank.example', true)).toBe(false);
    expect(siteAllows('bank.example', 'bank.example.evil.example', true)).toBe(false);
  });
});

describe('frame policy', () => {
  it('auto-fills an unbound code into the top frame and into frames of its site, not into another site\'s frame', () => {
    expect(framePermit(unbound, top('https://shop.example/verify'), false)).toEqual({ site: null });
    expect(framePermit(unbound, sub('https://auth.shop.example/step', 'https://shop.example/'), false)).toEqual({ site: null });
    expect(framePermit(unbound, sub('https://ads.example/widget', 'https://shop.example/'), false)).toBeNull();
    // Even a frame whose visibility IntersectionObserver v2 confirmed: an unbound code is not its own.
    expect(framePermit(unbound, sub('https://ads.example/widget', 'https://shop.example/', true), false)).toBeNull();
    // The top page's address unknown: a subframe is not known to be of its site.
    expect(framePermit(unbound, sub('https://shop.example/frame', null), false)).toBeNull();
    // http and https are different sites.
    expect(framePermit(unbound, sub('http://shop.example/frame', 'https://shop.example/'), false)).toBeNull();
  });

  it('gives another site\'s frame a code only at the user\'s request, or bound to that frame\'s site and seen across frames', () => {
    expect(framePermit(unbound, sub('https://ads.example/widget', 'https://shop.example/'), true)).toEqual({ site: null });
    const payFrame = sub('https://pay.example/3ds', 'https://shop.example/');
    expect(framePermit(bound('pay.example'), payFrame, false)).toBeNull(); // Firefox: no IntersectionObserver v2
    expect(framePermit(bound('pay.example'), { ...payFrame, checkedAcrossFrames: true }, false)).toEqual({ site: 'pay.example' });
    expect(framePermit(bound('pay.example'), payFrame, true)).toEqual({ site: 'pay.example' });
    expect(framePermit(bound('bank.example'), payFrame, true)).toBeNull(); // never where it is not bound
  });

  it('follows the embedded form: "@top #code @frame" fills that frame inside that page only', () => {
    const code = bound('shop.example', 'pay.example');
    expect(framePermit(code, sub('https://pay.example/3ds', 'https://www.shop.example/'), false)).toBeNull(); // not seen across frames
    expect(framePermit(code, sub('https://pay.example/3ds', 'https://www.shop.example/', true), false)).toEqual({ site: 'pay.example' });
    expect(framePermit(code, sub('https://pay.example/3ds', 'https://evil.example/', true), false)).toBeNull(); // wrong page around it
    expect(framePermit(code, sub('https://pay.example/3ds', null, true), false)).toBeNull(); // page unknown
    expect(framePermit(code, top('https://shop.example/'), false)).toBeNull(); // the code is for the frame
  });

  it('fills an origin-bound code in the top frame of its site', () => {
    expect(framePermit(bound('bank.example'), top('https://online.bank.example/'), false)).toEqual({ site: 'bank.example' });
    expect(framePermit(bound('bank.example'), top('https://bank-example.evil.example/'), false)).toBeNull();
    expect(framePermit(bound('github.io'), top('https://alice.github.io/'), false)).toBeNull();
  });

  it('prefers the field the user focused, then the top frame, then the newest report', () => {
    const fields = [
      { frameId: 3, focused: false, since: 1 },
      { frameId: 0, focused: false, since: 2 },
      { frameId: 5, focused: true, since: 0 },
      { frameId: 7, focused: false, since: 9 },
    ];
    expect(byPreference(fields).map((f) => f.frameId)).toEqual([5, 0, 7, 3]);
  });
});
