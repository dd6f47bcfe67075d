// When a code is not filled, the popup says why under it until a fill succeeds (README, "When SimFill
// fills, and when it does not"). Walked in both browsers with the built extension on a page with one
// code field (test/pages/p01-vue-v-model.html), the drivers of manual-fill.spec.ts: a code arrives while
// that field is hidden, or after the user started typing in it. Each case checks the reason the
// background recorded on the message and the line the popup draws from it, word for word as
// public/_locales/en says it, and ends with the code filled after all, which takes the line away.
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import type { NotFilled } from '../../../lib/fill-outcome.ts';
import type { ManualFillDriver, SitePage } from './manual-fill.ts';

const en = JSON.parse(readFileSync(new URL('../../../public/_locales/en/messages.json', import.meta.url), 'utf8')) as Record<string, { message: string }>;

const PAGE = 'pages/p01-vue-v-model.html';
const FIELD = '#f7';

/** Opens the page and waits until its code field is reported: the background would fill it now. */
async function openReported(d: ManualFillDriver): Promise<SitePage> {
  const site = await d.open(PAGE);
  await expect.poll(async () => (await d.session()).waiting.some((w) => w.frameUrl === site.url()), { timeout: 10_000 }).toBe(true);
  return site;
}

async function smsWithCode(d: ManualFillDriver, code: string): Promise<void> {
  d.standIn.deliverSms({ tzid: d.tzid, service: 'Example', text: `Your verification code is ${code}.` });
  await expect.poll(() => d.storedCodes(), { timeout: 15_000 }).toContain(code);
}

async function recorded(d: ManualFillDriver, code: string): Promise<{ reason: NotFilled | null; filledInto: string | null }> {
  const message = (await d.rentals()).active.flatMap((r) => r.messages).find((m) => m.code === code);
  return { reason: message?.notFilled?.reason ?? null, filledInto: message?.filledInto?.host ?? null };
}

export function walkNotFilledReasons(driver: () => ManualFillDriver): void {
  test('a code that comes while the only code field is hidden is not filled, and the popup says so under it', async () => {
    const d = driver();
    const site = await openReported(d);
    try {
      // The user closes the step that holds the field: the page hides it and keeps it in the DOM, so the
      // field's report stands and the background sends the code to that frame, which finds no visible
      // code field and refuses it.
      await site.run(`document.getElementById('app').hidden = true`);
      const code = '305917';
      await smsWithCode(d, code);
      await expect.poll(() => recorded(d, code), { timeout: 10_000 }).toEqual({ reason: 'no-field', filledInto: null });
      await expect.poll(() => d.reasonShown(code), { timeout: 5_000 }).toBe(en.notFilledNoField!.message);
      expect(await site.otpValue()).toBe('');

      // The step shows again and the user presses Fill: the code goes in, and the reason goes away.
      await site.run(`document.getElementById('app').hidden = false`);
      await d.pressFill(site, code);
      await expect.poll(() => site.otpValue(), { timeout: 10_000 }).toBe(code);
      await expect.poll(() => recorded(d, code), { timeout: 5_000 }).toEqual({ reason: null, filledInto: '127.0.0.1' });
      await expect.poll(() => d.reasonShown(code), { timeout: 5_000 }).toBeNull();
    } finally {
      await site.close();
    }
  });

  test('a code that comes after the user started typing is not typed over it, and the popup says so under it', async () => {
    const d = driver();
    const site = await openReported(d);
    try {
      await site.typeInto(FIELD, '12');
      const code = '740263';
      await smsWithCode(d, code);
      await expect.poll(() => recorded(d, code), { timeout: 10_000 }).toEqual({ reason: 'user-typed', filledInto: null });
      await expect.poll(() => d.reasonShown(code), { timeout: 5_000 }).toBe(en.notFilledUserTyped!.message);
      expect(await site.otpValue()).toBe('12');

      // The page is loaded again within two minutes of the SMS: its fresh field gets the code by itself.
      await site.goto(PAGE);
      await expect.poll(() => site.otpValue(), { timeout: 10_000 }).toBe(code);
      await expect.poll(() => d.reasonShown(code), { timeout: 5_000 }).toBeNull();
    } finally {
      await site.close();
    }
  });
}
