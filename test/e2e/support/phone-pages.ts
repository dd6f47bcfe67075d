// Every phone-field page walked in a real browser with the built extension: the user presses "Fill
// number" on the rental's card in the popup while the page is the active tab; on a positive page the
// page's own state (its select, its widget library's API) must then hold the rented number with the
// right country; on a negative page every field stays empty and the popup says why.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';
import { formatPhone } from '../../../lib/format.ts';
import type { Ledger } from '../../../lib/storage/ledger.ts';
import type { StandIn } from '../../stand-in/server.ts';
import { readPrivateScript } from './private-store.ts';

export interface PhoneState {
  /** The number as the page would submit it, from the page's own state; null when it holds none. */
  e164: string | null;
  /** The country the page's picker holds (ISO), or null for pages without one. */
  country: string | null;
  /** Every field's text, for negatives. */
  value: string;
  /** False when a field that must stay empty was written to. */
  untouched?: boolean;
}

export interface PhonePage {
  path: string;
  rental: { country: number; number: string };
  /** Positive: what the page must hold. Negative: kind "none". */
  e164?: string;
  country?: string | null;
  kind?: 'none';
  /** A field the user clicked into first. */
  focus?: string;
}

const DIR = fileURLToPath(new URL('../../phone-pages/', import.meta.url));

export function readPhonePages(): PhonePage[] {
  return readdirSync(DIR)
    .filter((f) => f.endsWith('.html'))
    .sort()
    .map((name) => {
      const m = /<!--\s*phone:\s*(\{.*?\})\s*-->/s.exec(readFileSync(DIR + name, 'utf8'));
      if (!m) throw new Error(`${name}: no phone comment`);
      return { path: `phone/${name}`, ...(JSON.parse(m[1]!) as Omit<PhonePage, 'path'>) };
    });
}

export interface OpenPhonePage {
  state(): Promise<PhoneState>;
  focus(selector: string): Promise<void>;
  close(): Promise<void>;
}

export interface PhoneDriver {
  standIn: StandIn;
  /** Opens the page in a new tab and makes it the active one. */
  open(path: string): Promise<OpenPhonePage>;
  /** Presses the popup's "Fill number" for the number shown as `shown`. */
  pressFill(shown: string): Promise<void>;
  popupText(): Promise<string>;
  ledger(): Promise<Ledger>;
}

export const LEDGER_SCRIPT = `${readPrivateScript('ledger')}.then((ledger) => ledger ?? { entries: [] })`;

export function walkPhonePages(driver: () => PhoneDriver): void {
  for (const page of readPhonePages()) {
    const positive = page.kind !== 'none';
    test(`${page.path}: ${positive ? 'Fill number leaves the rented number in the page’s own state' : 'no field is touched'}`, async () => {
      const d = driver();
      const shown = formatPhone(page.rental.country, page.rental.number);
      d.standIn.createRental({ ...page.rental, confirmed: true, days: 7 });
      await expect.poll(() => d.popupText(), { timeout: 20_000 }).toContain(shown);
      const site = await d.open(page.path);
      try {
        if (page.focus) await site.focus(page.focus);
        await d.pressFill(shown);
        if (positive) {
          await expect.poll(async () => (await site.state()).e164, { timeout: 10_000 }).toBe(page.e164);
          const state = await site.state();
          expect(state.country).toBe(page.country ?? null);
          expect(state.untouched ?? true).toBe(true);
          await expect.poll(async () => (await d.ledger()).entries.some((e) => e.what === 'number' && e.site === '127.0.0.1')).toBe(true);
        } else {
          await expect.poll(() => d.popupText()).toMatch(/no phone field/i);
          expect((await site.state()).value).toBe('');
        }
      } catch (error) {
        // Say what the popup and the page showed: the failure is in one of them.
        throw new Error(`${String(error)}\npopup: ${(await d.popupText()).slice(0, 600)}\npage: ${JSON.stringify(await site.state())}`);
      } finally {
        await site.close();
      }
    });
  }
}
