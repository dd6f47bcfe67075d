// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { bestFillableTarget, findOtpTargets, type OtpTarget } from '../../lib/otp/detect.ts';
import { fillTarget, userHasTyped, watchUserTyping } from '../../lib/otp/fill.ts';
import { frameDocument, loadPage, readPages, resolve, type Loaded, type Page } from '../pages/harness.ts';

const fixtures = readPages('../fixtures/forms/', import.meta.url);
const ownPages = readPages('../pages/', import.meta.url);
const allPages = [...fixtures, ...ownPages];
const page = (prefix: string): Page => allPages.find((p) => p.name.startsWith(prefix))!;

let open: Loaded | null = null;
afterEach(async () => {
  await open?.close();
  open = null;
});

type State = { value: string } & Record<string, unknown>;
const state = (l: Loaded): State => (l.window as unknown as { __otpState: () => State }).__otpState();
const pause = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));

async function load(p: Page): Promise<Loaded> {
  open = await loadPage(p.html);
  if (p.expect.appears_after_ms) {
    for (let i = 0; i < 100 && bestFillableTarget(open.document) === null; i++) await pause(20);
  }
  return open;
}

function codeFor(p: Page): string {
  return '839204176153'.slice(0, p.expect.length ?? 6);
}

function trusted<T extends Event>(event: T): T {
  Object.defineProperty(event, 'isTrusted', { value: true });
  return event;
}

describe.each(allPages.filter((p) => p.expect.kind !== 'none'))('fill on $name', (p) => {
  it("puts the code into the page's own state, and it stays there", async () => {
    const l = await load(p);
    const fields = typeof p.expect.fields === 'string' ? [p.expect.fields] : p.expect.fields;
    const target = bestFillableTarget(frameDocument(l.document, fields[0]!));
    expect(target).not.toBeNull();
    const code = codeFor(p);

    const outcome = await fillTarget(target!, code);
    expect(outcome).toMatchObject({ ok: true, fields: fields.length });
    expect(state(l).value).toBe(code);
    await pause(150); // framework pages re-render on timers; a value they did not take would vanish now
    expect(state(l).value).toBe(code);
  });
});

describe('strategies', () => {
  it('a React-style controlled field takes the native setter on the first try', async () => {
    const l = await load(page('09-'));
    expect(await fillTarget(bestFillableTarget(l.document)!, '123456')).toEqual({ ok: true, strategy: 'setter', fields: 1 });
  });

  it('an auto-advance split widget takes one keystroke per box', async () => {
    const l = await load(page('12-'));
    expect(await fillTarget(bestFillableTarget(l.document)!, '123456')).toEqual({ ok: true, strategy: 'keys', fields: 6 });
  });

  it('a split widget gets one box per task, and a box that does not keep its character ends the keys', async () => {
    // Zag/Ark (Chakra v3) froze when two boxes were focused within one task; each task here is one
    // timer turn, counted by a page timer that re-arms itself.
    const l = await load(page('12-'));
    const win = l.window as unknown as Window;
    let turn = 0;
    const tick = (): void => {
      turn += 1;
      if (turn < 1000) win.setTimeout(tick, 0);
    };
    win.setTimeout(tick, 0);
    const focusTurns: number[] = [];
    const target = bestFillableTarget(l.document)!;
    for (const box of target.elements) box.addEventListener('focus', () => focusTurns.push(turn));
    await fillTarget(target, '123456');
    expect(new Set(focusTurns.slice(0, 6)).size).toBe(6);

    // A box that drops what is typed into it: the keys strategy stops there instead of typing on.
    const l2 = await load(page('p02-'));
    const boxes = bestFillableTarget(l2.document)!;
    let focused = 0;
    for (const box of boxes.elements) box.addEventListener('focus', () => (focused += 1));
    expect(await fillTarget(boxes, '123456')).toEqual({ ok: true, strategy: 'paste', fields: 6 });
    // Only box 1 was ever focused: the keys stopped at it, and the paste went into it (still focused).
    expect(focused).toBe(1);
  });

  it.each(['17-', 'p02-'])('paste-only widget %s falls through to a paste', async (prefix) => {
    const l = await load(page(prefix));
    expect(await fillTarget(bestFillableTarget(l.document)!, '123456')).toEqual({ ok: true, strategy: 'paste', fields: 6 });
  });

  it('the honeypot beside the real field stays empty', async () => {
    const l = await load(page('h01-'));
    await fillTarget(bestFillableTarget(l.document)!, '123456');
    expect(state(l)).toMatchObject({ value: '123456', trap: '' });
  });
});

describe('refusals', () => {
  it.each(['h02-', 'h03-', 'h04-', 'h05-'])('hostile page %s: even a direct fill of the field is refused', async (prefix) => {
    const l = await load(page(prefix));
    const [target] = findOtpTargets(l.document);
    expect(await fillTarget(target!, '123456')).toEqual({ ok: false, reason: 'not-visible' });
    expect(state(l).value).toBe('');
  });

  it('a field the user typed in (trusted events) is never overwritten', async () => {
    const l = await load(page('01-'));
    watchUserTyping(l.document);
    const field = resolve(l.document, '#app_totp')!;
    field.value = '12';
    field.dispatchEvent(trusted(new l.window.KeyboardEvent('keydown', { key: '2', bubbles: true }) as unknown as Event));
    expect(userHasTyped(field)).toBe(true);
    expect(await fillTarget(bestFillableTarget(l.document)!, '123456')).toEqual({ ok: false, reason: 'user-typed' });
    expect(state(l).value).toBe('12');
  });

  it('synthetic events from the page do not count as the user typing', async () => {
    const l = await load(page('01-'));
    watchUserTyping(l.document);
    const field = resolve(l.document, '#app_totp')!;
    field.dispatchEvent(new l.window.KeyboardEvent('keydown', { key: '1', bubbles: true }) as unknown as Event);
    field.dispatchEvent(new l.window.InputEvent('input', { bubbles: true }) as unknown as Event);
    expect(userHasTyped(field)).toBe(false);
    expect(await fillTarget(bestFillableTarget(l.document)!, '123456')).toMatchObject({ ok: true });
  });

  it('typing inside an open shadow root is seen through composedPath', async () => {
    const l = await load(page('19-'));
    watchUserTyping(l.document);
    const field = resolve(l.document, 'otp-entry >>> #otp')!;
    field.dispatchEvent(trusted(new l.window.InputEvent('input', { bubbles: true, composed: true }) as unknown as Event));
    expect(userHasTyped(field)).toBe(true);
  });

  it('Tab and arrow keys are not typing', async () => {
    const l = await load(page('01-'));
    watchUserTyping(l.document);
    const field = resolve(l.document, '#app_totp')!;
    for (const key of ['Tab', 'ArrowLeft', 'Shift']) {
      field.dispatchEvent(trusted(new l.window.KeyboardEvent('keydown', { key, bubbles: true }) as unknown as Event));
    }
    expect(userHasTyped(field)).toBe(false);
  });

  it('a code of another length than the field is refused, and nothing is written', async () => {
    const l = await load(page('01-'));
    expect(await fillTarget(bestFillableTarget(l.document)!, '1234')).toEqual({ ok: false, reason: 'length-mismatch' });
    expect(state(l).value).toBe('');
  });

  it('a code of another length than the number of boxes is refused', async () => {
    const l = await load(page('12-'));
    expect(await fillTarget(bestFillableTarget(l.document)!, '12345678')).toEqual({ ok: false, reason: 'length-mismatch' });
    expect(state(l).value).toBe('');
  });

  it('a single field without maxlength takes a code of any length', async () => {
    open = await loadPage('<form><label for="c">Verification code</label><input id="c" name="code"></form>');
    const outcome = await fillTarget(bestFillableTarget(open.document)!, '12345678');
    expect(outcome).toMatchObject({ ok: true });
    expect(resolve(open.document, '#c')!.value).toBe('12345678');
  });

  it('a field removed before the fill is reported gone', async () => {
    const l = await load(page('03-'));
    const target = bestFillableTarget(l.document)!;
    resolve(l.document, 'input[name=otp]')!.remove();
    expect(await fillTarget(target, '123456')).toEqual({ ok: false, reason: 'gone' });
  });

  it('a page that replaces every value it gets is reported as rejected and keeps its own value', async () => {
    open = await loadPage(`<form><label for="c">SMS code</label><input id="c" name="sms_code" maxlength="6" value="------"></form>
      <script>
        const c = document.getElementById('c');
        const keep = () => { if (c.value !== '------') c.value = '------'; };
        ['input', 'change', 'keyup', 'paste'].forEach((t) => c.addEventListener(t, (e) => { if (t === 'paste') e.preventDefault(); keep(); }));
      </script>`);
    const target: OtpTarget = bestFillableTarget(open.document)!;
    expect(await fillTarget(target, '123456')).toEqual({ ok: false, reason: 'rejected' });
    expect(target.elements[0]!.value).toBe('------');
  });

  // Red team round 3 (docs/security.md, test/pages/red/r22–r25): the page sees the fill's focus before
  // any character, and may answer it by swapping, hiding or covering the field.
  it('a field the page hides when the fill focuses it gets nothing', async () => {
    open = await loadPage(`<form><label for="c">Verification code</label><input id="c" autocomplete="one-time-code" maxlength="6"></form>
      <script>document.getElementById('c').addEventListener('focus', (e) => { e.target.style.display = 'none'; });</script>`);
    const target = bestFillableTarget(open.document)!;
    expect(await fillTarget(target, '123456')).toEqual({ ok: false, reason: 'not-visible' });
    expect(target.elements[0]!.value).toBe('');
  });

  it('a field the page swaps for a copy on focus gets nothing, and neither does the copy', async () => {
    open = await loadPage(`<form><label for="c">Verification code</label><input id="c" autocomplete="one-time-code" maxlength="6"></form>
      <script>const c = document.getElementById('c'); c.addEventListener('focus', () => c.replaceWith(c.cloneNode()));</script>`);
    const target = bestFillableTarget(open.document)!;
    expect(await fillTarget(target, '123456')).toEqual({ ok: false, reason: 'not-visible' });
    expect(target.elements[0]!.value).toBe('');
    expect(resolve(open.document, '#c')!.value).toBe('');
  });

  it('split boxes: a box hidden when focused ends the fill, and the boxes typed before it are emptied again', async () => {
    const boxes = [0, 1, 2, 3, 4, 5].map((i) => `<input class="b" maxlength="1" inputmode="numeric" aria-label="Digit ${i + 1}">`).join('');
    open = await loadPage(`<form><p>Enter the verification code</p><div>${boxes}</div></form>
      <script>document.querySelectorAll('.b')[2].addEventListener('focus', (e) => { e.target.style.display = 'none'; });</script>`);
    const target = bestFillableTarget(open.document)!;
    expect(target.elements).toHaveLength(6);
    expect(await fillTarget(target, '123456')).toEqual({ ok: false, reason: 'not-visible' });
    expect(target.elements.map((b) => b.value)).toEqual(['', '', '', '', '', '']);
  });
});

describe('typing watch', () => {
  it('still sees typing when the page stops the event early, at the window', async () => {
    const l = await load(page('01-'));
    watchUserTyping(l.document);
    l.window.addEventListener('keydown', (e) => e.stopImmediatePropagation(), true);
    const field = resolve(l.document, '#app_totp')!;
    field.dispatchEvent(trusted(new l.window.KeyboardEvent('keydown', { key: '7', bubbles: true }) as unknown as Event));
    expect(userHasTyped(field)).toBe(true);
  });
});
