// The visibility gate's arithmetic of paint (red team round 4, docs/security.md): what colour filters make
// of the typed text and what is behind it, and how far an element paints past its box where no hit test
// looks. The real layouts are walked in both browsers (test/pages/red/r48–r68); these are the rules.
import { describe, expect, it } from 'vitest';
import { alike, filtered, type Rgb } from '../../lib/otp/colour.ts';
import { reachOf } from '../../lib/otp/paint-reach.ts';

const WHITE: Rgb = [255, 255, 255];
const GREY: Rgb = [136, 136, 136];

describe('colour filters on the way up', () => {
  it('brightness(3) washes grey text into a white page; a hover brightening does not', () => {
    expect(alike(GREY, WHITE)).toBe(false);
    expect(alike(filtered(GREY, 'brightness(3)'), WHITE)).toBe(true);
    expect(alike(filtered(GREY, 'brightness(1.2)'), WHITE)).toBe(false);
    expect(alike(filtered(GREY, 'brightness(300%)'), WHITE)).toBe(true);
  });

  it('invert turns black text white; grayscale merges colours of one luminance', () => {
    expect(filtered([0, 0, 0], 'invert(1)')).toEqual(WHITE);
    expect(filtered([0, 0, 0], 'invert()')).toEqual(WHITE);
    const red: Rgb = [255, 0, 0];
    const sameLuminance: Rgb = [54, 54, 54];
    expect(alike(red, sameLuminance)).toBe(false);
    expect(alike(filtered(red, 'grayscale(1)'), filtered(sameLuminance, 'grayscale(1)'))).toBe(true);
  });

  it('applies a chain in order and leaves what it does not know alone', () => {
    expect(filtered(GREY, 'contrast(0) brightness(2)')).toEqual(WHITE);
    expect(filtered(GREY, 'hue-rotate(90deg) url(#x)')).toEqual(GREY);
  });
});

/** A computed style as the browser serialises one, with only the properties given set. */
function style(props: Partial<Record<string, string>>): CSSStyleDeclaration {
  const all: Record<string, string> = { boxShadow: 'none', textShadow: 'none', filter: 'none', borderImageSource: 'none', borderImageOutset: '0', outlineStyle: 'none', outlineColor: 'rgb(0, 0, 0)', outlineWidth: '0px', outlineOffset: '0px', ...props };
  return { ...all, getPropertyValue: (name: string) => all[name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase())] ?? '' } as unknown as CSSStyleDeclaration;
}

describe('how far an element paints past its box', () => {
  it('nothing for a plain element', () => {
    expect(reachOf(style({}))).toBe(0);
  });

  it('a drop-shadow() filter reaches by its offset and half its blur', () => {
    expect(reachOf(style({ filter: 'drop-shadow(rgb(255, 255, 255) 0px 200px 0px)' }))).toBe(200);
    expect(reachOf(style({ filter: 'blur(1px) drop-shadow(rgb(0, 0, 0) -30px 5px 10px)' }))).toBe(35);
    expect(reachOf(style({ filter: 'drop-shadow(rgba(0, 0, 0, 0) 0px 200px 0px)' }))).toBe(0); // transparent
  });

  it('a text shadow and a box shadow reach the same way, a box shadow by its spread too', () => {
    expect(reachOf(style({ textShadow: 'rgb(255, 255, 255) 10px 30px 4px' }))).toBe(32);
    expect(reachOf(style({ boxShadow: 'rgb(255, 255, 255) 0px 0px 0px 4000px' }))).toBe(4000);
    expect(reachOf(style({ boxShadow: 'rgb(255, 255, 255) 0px 0px 0px 4000px inset' }))).toBe(0);
  });

  it('a border image reaches by its outset, in pixels or in border widths', () => {
    expect(reachOf(style({ borderImageSource: 'linear-gradient(rgb(255, 255, 255), rgb(255, 255, 255))', borderImageOutset: '3000px' }))).toBe(3000);
    expect(reachOf(style({ borderImageSource: 'url("x.png")', borderImageOutset: '2', borderWidth: '5px' }))).toBe(10);
    expect(reachOf(style({ borderImageOutset: '3000px' }))).toBe(0); // no image: the outset paints nothing
  });
});
