// The metamorphic transforms (scripts/metamorphic-codes.ts, docs/code-extraction.md "Thirteenth
// round") that were made invariant, pinned on a small sample: the same message as a real sender
// varies it must keep its code, and a notice must stay without one.
import { describe, expect, it } from 'vitest';
import { extractCode } from '../../lib/otp/extract.ts';
import { TRANSFORMS } from '../../scripts/metamorphic-codes.ts';

function varied(transform: string, text: string, code: string | null) {
  const t = TRANSFORMS[transform];
  if (!t) throw new Error(`no transform ${transform}`);
  const moved = t({ text, code, hint: null });
  if (!moved) throw new Error(`${transform} does not apply to ${text}`);
  return { got: extractCode(moved.text).code, want: moved.code, text: moved.text };
}

describe('metamorphic invariants', () => {
  it.each([
    ['469538 is your verification code for your Sony Entertainment Network account.', '469538'],
    ['588107 is your LIKE verification code', '588107'],
    ['858365 is your 98point6 security code.', '858365'],
  ])('a date and time prepended leave the code that follows them: %s', (text, code) => {
    const r = varied('prefix date', text, code);
    expect(r.got, r.text).toBe(r.want);
  });

  it.each([
    ['suffix do not share', 'Use code 55120 to get Rs 100 cashback on your first order'],
    ['suffix English warning', 'Get 25% OFF on your first 3 online medicine orders > Rs.1000. Code: FIRST3.'],
    ['suffix Russian warning', 'Dear Customer,\nEnjoy Flat 15% Cashback* with code: WKND15.\n-Licious'],
  ])('a warning appended to an advert leaves it an advert (%s)', (transform, text) => {
    const r = varied(transform, text, null);
    expect(r.got, r.text).toBeNull();
  });

  it.each([
    ['prefix sequence (2/3)', 'Opret med 436617', '436617'],
    ['prefix [Brand]', '2715', '2715'],
    ['suffix -Brand', '2104', '2104'],
  ])('a sender\'s tag or signature leaves a bare or sign-up code (%s)', (transform, text, code) => {
    const r = varied(transform, text, code);
    expect(r.got, r.text).toBe(r.want);
  });

  it.each([
    ['suffix valid 5 min', 'Registrirajte se pomoću 554440', '554440'],
    ['suffix valid 5 min', '使用062050註冊', '062050'],
    ['suffix do not share', '2715', '2715'],
  ])('a warning or a lifetime after a bare or sign-up code leaves it (%s)', (transform, text, code) => {
    const r = varied(transform, text, code);
    expect(r.got, r.text).toBe(r.want);
  });

  it.each([
    ['prefix Brand:', 'Daftar dengan 531789', '531789'],
    ['prefix date', 'Opret med 436617', '436617'],
    ['prefix date', '2104', '2104'],
  ])('a sender\'s name or the date sent before a bare or sign-up code leaves it (%s)', (transform, text, code) => {
    const r = varied(transform, text, code);
    expect(r.got, r.text).toBe(r.want);
  });

  it.each([
    ['suffix English warning', 'some barcode is 123456'],
    ['suffix Russian warning', 'Код клиента: 551902'],
    ['suffix English warning', 'Vash zapros prinyat. Nomer zayavki 551902'],
  ])('a warning\'s code word makes no number before it a code (%s)', (transform, text) => {
    const r = varied(transform, text, null);
    expect(r.got, r.text).toBeNull();
  });
});
