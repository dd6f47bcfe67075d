// Computed colours as the gate reads them, and what CSS colour filters make of them: a field whose text
// ends up the colour of what is behind it shows nothing, however it got there (red team rounds 2 to 4,
// docs/security.md).

export type Rgb = [number, number, number];

/** The alpha of a computed colour: "transparent", rgba(r, g, b, a), or the "/ a" of newer syntaxes. */
export function alphaOf(color: string): number {
  if (color === 'transparent') return 0;
  const slash = /\/\s*([\d.]+)(%?)\s*\)$/.exec(color);
  if (slash) return parseFloat(slash[1]!) / (slash[2] ? 100 : 1);
  const parts = /^rgba\(([^)]*)\)$/.exec(color)?.[1]?.split(',');
  return parts?.length === 4 ? parseFloat(parts[3]!) : 1;
}

/** The red, green and blue of a computed rgb()/rgba() colour, or null for another syntax. */
export function rgbOf(color: string): Rgb | null {
  const c = (color.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
  return c.length === 3 ? (c as Rgb) : null;
}

/** Two colours no one tells apart (each channel within a few steps). */
export const alike = (p: Rgb, q: Rgb): boolean => p.every((v, i) => Math.abs(v - q[i]!) < 24);

/** `top` at `alpha` over `under`. */
export const over = (top: Rgb, alpha: number, under: Rgb): Rgb => top.map((v, i) => v * alpha + under[i]! * (1 - alpha)) as Rgb;

const clamp = (v: number): number => Math.min(255, Math.max(0, v));
const luminance = ([r, g, b]: Rgb): number => 0.2126 * r + 0.7152 * g + 0.0722 * b;
const mix = (a: Rgb, b: Rgb, t: number): Rgb => a.map((v, i) => v * (1 - t) + b[i]! * t) as Rgb;
/** What the colour filters of one computed `filter` value (brightness, contrast, invert, grayscale,
 * saturate; the filter effects spec's formulas) make of a colour. A page washes a field's text
 * into its background with them as well as with colours (brightness(3) turns grey text white). */
export function filtered(color: Rgb, filter: string): Rgb {
  let c = color;
  for (const [, name, arg = ''] of filter.matchAll(/([\w-]+)\(([^)]*)\)/g)) {
    const a = arg.trim() === '' ? 1 : parseFloat(arg) / (arg.includes('%') ? 100 : 1);
    if (Number.isNaN(a)) continue;
    if (name === 'brightness') c = c.map((v) => v * a) as Rgb;
    else if (name === 'contrast') c = c.map((v) => (v - 127.5) * a + 127.5) as Rgb;
    else if (name === 'invert') c = mix(c, c.map((v) => 255 - v) as Rgb, Math.min(a, 1));
    else if (name === 'grayscale') c = mix(c, [luminance(c), luminance(c), luminance(c)], Math.min(a, 1));
    else if (name === 'saturate') c = mix([luminance(c), luminance(c), luminance(c)], c, a);
    c = c.map(clamp) as Rgb;
  }
  return c;
}
