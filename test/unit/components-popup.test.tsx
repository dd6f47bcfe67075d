// @vitest-environment happy-dom
import { options, render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Countdown } from '../../components/Countdown.tsx';
import { MessageItem } from '../../components/MessageItem.tsx';
import { RentalCard } from '../../components/RentalCard.tsx';
import { PopupApp } from '../../entrypoints/popup/PopupApp.tsx';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { createEngine } from '../../lib/background/engine.ts';
import type { Connector } from '../../lib/connector.ts';
import type { Command, CommandReply, CommandType } from '../../lib/messages.ts';
import type { Tariff } from '../../lib/onlinesim/types.ts';
import {
  rentalsItem, summarize, type RentalsState, type StoredMessage, type StoredRental,
} from '../../lib/storage/rentals.ts';
import { statusItem, type EngineStatus } from '../../lib/storage/status.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import { shown, testEngineDeps } from './support/engine.ts';
import { listed, message as providerMessage, rental as providerRental } from './support/rentals.ts';
import { extractCode } from '../../lib/otp/extract.ts';
import type { Ledger } from '../../lib/storage/ledger.ts';
import type { RentChoice } from '../../lib/storage/rent-choice.ts';
import type { Settings } from '../../lib/storage/settings.ts';
import { NEW_CODE_MS } from '../../lib/rentals/urgency.ts';

const NOW = Date.UTC(2025, 5, 1, 12, 0, 0);
const HOUR = 3_600_000;
/** A clock time as the popup shows it in English, in this machine's time zone. */
const clockTime = (ms: number) => new Intl.DateTimeFormat('en', { timeStyle: 'short' }).format(ms);

function message(over: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: '1', service: 'Google', text: 'G-070051 is your Google verification code', providerCode: '070051',
    receivedAt: NOW - 60_000, code: '070051', candidates: [], origin: null, embeddedOrigin: null, seenAt: NOW - 60_000, autoFill: true,
    unread: true, filledInto: null, notified: true, ...over,
  };
}

function rental(over: Partial<StoredRental> = {}): StoredRental {
  return {
    tzid: 3715, country: 7, number: '9313358547', confirmed: true, expiresAt: NOW + 2 * 24 * HOUR + 3 * HOUR,
    rentDays: 7, autoRenew: false, extendOptions: [{ days: 7, price: '210' }, { days: 30, price: '900' }],
    extendPerDay: null, portReloadAvailable: false, price: '210', messages: [], endedAt: null, warned: { day: false, hour: false },
    ...over,
  };
}

const okStatus: EngineStatus = { balance: { balance: '1234.5', frozen: '0' }, lastPollAt: NOW, lastError: null, stopped: false };
const keyed: Settings = { apiAddress: 'https://onlinesim.io/api/', confirmedHost: null, hasKey: true, fillMode: 'auto', disabledSites: [], showCodesInNotifications: true, keepEndedMessagesDays: 30 };

interface Fake extends Connector {
  sent: Command[];
  balanceAsks: number;
  replies: { [T in CommandType]?: CommandReply<T> };
  copied: string[];
  portOpen: boolean;
  remembered: RentChoice | null;
  saved: { name: string; text: string }[];
  pushRentals(state: RentalsState): void;
  pushStatus(status: EngineStatus): void;
  pushLedger(ledger: Ledger): void;
}

function fake(rentals: RentalsState | null, status: EngineStatus = okStatus, settings: Settings = keyed, ledger: Ledger = { entries: [] }): Fake {
  const never = new Promise<never>(() => {});
  let rentalsCb: ((s: RentalsState) => void) | null = null;
  let ledgerCb: ((l: Ledger) => void) | null = null;
  let statusCb: ((s: EngineStatus) => void) | null = null;
  const c: Fake = {
    sent: [],
    balanceAsks: 0,
    replies: {},
    copied: [],
    portOpen: false,
    saved: [],
    async send<C extends Command>(cmd: C) {
      // The quiet balance refresh every popup sends on opening is counted apart from the user's commands.
      if (cmd.type === 'balance') c.balanceAsks += 1;
      else c.sent.push(cmd);
      return (c.replies[cmd.type] ?? { ok: true }) as CommandReply<C['type']>;
    },
    rentals: () => (rentals ? Promise.resolve(rentals) : never),
    // What the background keeps beside the rentals (every write of them writes it).
    summary: () => (rentals ? Promise.resolve(summarize(rentals)) : never),
    status: () => Promise.resolve(status),
    settings: () => Promise.resolve(settings),
    ledger: () => Promise.resolve(ledger),
    onLedger: (cb) => ((ledgerCb = cb), () => (ledgerCb = null)),
    saveFile: (name, _type, text) => void c.saved.push({ name, text }),
    onRentals: (cb) => ((rentalsCb = cb), () => (rentalsCb = null)),
    onStatus: (cb) => ((statusCb = cb), () => (statusCb = null)),
    onSettings: () => () => {},
    remembered: null,
    lastRent: async () => c.remembered,
    async rememberRent(choice) {
      c.remembered = choice;
    },
    shortcut: async () => 'Alt+Shift+K',
    updateSettings: async () => {},
    keepAlive: () => ((c.portOpen = true), () => (c.portOpen = false)),
    openOptions: vi.fn(),
    requestHostPermission: async () => true,
    async copy(text) {
      c.copied.push(text);
      return true;
    },
    pushRentals: (state) => rentalsCb?.(state),
    pushStatus: (s) => statusCb?.(s),
    pushLedger: (l) => ledgerCb?.(l),
  };
  return c;
}

let root: HTMLDivElement;
beforeEach(() => {
  root = document.createElement('div');
  document.body.append(root);
});
afterEach(() => {
  render(null, root);
  root.remove();
});

async function show(c: Connector) {
  await act(async () => {
    render(<PopupApp connector={c} lang="en" clock={() => NOW} />, root);
  });
  await settle();
}

/** Lets the stored-state reads (promises started by effects) resolve and re-render. */
async function settle() {
  await act(async () => {
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
}

/** Waits for the full lists, read once the frame drawn from the summary is on screen. */
async function fullLists() {
  await vi.waitFor(() => expect(root.querySelector('main')?.getAttribute('aria-busy')).toBe('false'));
  await settle();
}

function button(name: string | RegExp): HTMLButtonElement {
  const all = [...root.querySelectorAll('button')];
  const found = all.find((b) => {
    const label = b.getAttribute('aria-label') ?? b.textContent ?? '';
    return typeof name === 'string' ? label === name : name.test(label);
  });
  if (!found) throw new Error(`no button ${name}; have: ${all.map((b) => b.getAttribute('aria-label') ?? b.textContent).join(' | ')}`);
  return found;
}

async function click(el: HTMLElement) {
  await act(async () => {
    el.click();
  });
  await settle();
}

describe('popup states', () => {
  it('says it is loading while stored state has not arrived, and keeps the popup port open', async () => {
    const c = fake(null);
    await show(c);
    expect(root.textContent).toContain('Loading');
    expect(c.portOpen).toBe(true);
  });

  it('closes the popup port when it goes away', async () => {
    const c = fake({ active: [], ended: [] });
    await show(c);
    await act(async () => render(null, root));
    expect(c.portOpen).toBe(false);
  });

  it('explains SimFill and links to the API key page when no key is saved', async () => {
    const c = fake({ active: [], ended: [] }, okStatus, { ...keyed, hasKey: false });
    await show(c);
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Get an API key');
    expect(link?.getAttribute('href')).toBe('https://onlinesim.io/v2/pages/profile/api');
    expect(root.textContent).toContain('rents phone numbers');
    await click(button('Settings'));
    expect(c.openOptions).toHaveBeenCalled();
    expect(root.textContent).not.toContain('Rent a number');
  });

  it('shows the balance and an empty state when nothing is rented', async () => {
    const c = fake({ active: [], ended: [] });
    await show(c);
    // Polls do not read the balance: the popup asks for a fresh one as it opens.
    expect(c.balanceAsks).toBe(1);
    expect(root.querySelector('.header')?.textContent).toContain('Available: 1,234.5 units');
    expect(root.textContent).toContain('No numbers rented yet.');
    expect(button('Rent a number')).toBeTruthy();
  });

  it.each([
    ['wrong key', { kind: 'provider', code: 'ERROR_WRONG_KEY' }, 'OnlineSim did not accept the API key.', 'Copy the key again from your OnlineSim profile'],
    ['rate limit', { kind: 'rate-limited', retryAfterMs: 4500 }, 'OnlineSim asked to slow down.', 'SimFill will try again by itself in 5 s.'],
    ['unreachable', { kind: 'offline' }, 'Could not reach OnlineSim.', 'Check your internet connection'],
  ] as const)('shows the background error (%s) with its next step in an alert', async (_kind, error, text, next) => {
    const status: EngineStatus = { ...okStatus, lastError: { error, at: NOW } };
    await show(fake({ active: [], ended: [] }, status));
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain(text);
    expect(alert?.textContent).toContain(next);
  });

  it.each([
    ['en', 'OnlineSim did not accept the API key.'],
    ['ru', 'OnlineSim не принял API-ключ.'],
    ['kk', 'OnlineSim API кілтін қабылдамады.'],
  ])('shows an error the worker met in Russian in the popup\u2019s own language (%s)', async (uiLang, words) => {
    // The background meets the error while its language is Russian and stores what it met.
    const { deps } = testEngineDeps({ getRentState: async () => ({ ok: false, error: { kind: 'provider', code: 'ERROR_WRONG_KEY' } }) } as unknown as OnlineSimClient, NOW, { lang: 'ru' });
    await createEngine(deps).poll(true);
    const stored = await statusItem.getValue();
    // The popup opens later, in another language.
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockReturnValue(uiLang);
    await show(fake({ active: [], ended: [] }, stored));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain(words);
  });
});

describe('rental card', () => {
  it('shows the number for its country, a countdown timer, state and auto-renew off', async () => {
    await show(fake({ active: [rental()], ended: [] }));
    expect(root.querySelector('.phone-number')?.textContent).toBe('+7 931 335-85-47');
    expect(root.querySelector('[role="timer"]')?.textContent).toMatch(/2\D+3\D+0\D/);
    expect(root.textContent).toContain('Confirmed');
    expect(root.textContent).toContain('Auto-renew off');
    expect(root.textContent).toContain('No messages yet.');
  });

  it('calls the guard window a refund deadline, not time left, and offers no End rental during it', async () => {
    const deadline = NOW + 19 * 60_000 + 5_000;
    await show(fake({ active: [rental({ confirmed: false, autoRenew: true, expiresAt: deadline })], ended: [] }));
    expect(root.querySelector('.countdown')?.textContent).toBe(`Waiting for the first SMS · refund if no SMS by ${clockTime(deadline)}`);
    expect(root.querySelector('[role="timer"]')).toBeNull();
    expect(root.textContent).not.toMatch(/left/);
    // Auto-renew on, but no renewal date: the rental's clock is the refund window.
    expect(root.querySelector('.renew')?.textContent).toBe('Auto-renew on: the renewal date is set once the first SMS arrives.');
    expect(root.textContent).not.toContain('Renews on');
    expect(() => button('End rental')).toThrow();
  });

  it('shows the end time beside the countdown and marks a rental ending within the hour', async () => {
    await show(fake({ active: [rental({ expiresAt: NOW + 30 * 60_000 })], ended: [] }));
    const line = root.querySelector('.countdown')!;
    expect(line.textContent).toBe(`Ends soon30 min, 0 sec left · ends ${clockTime(NOW + 30 * 60_000)}`);
    expect(line.classList.contains('countdown-soon')).toBe(true);
  });

  it('states when and for how much auto-renew will charge', async () => {
    await show(fake({ active: [rental({ autoRenew: true })], ended: [] }));
    expect(root.querySelector('.renew')?.textContent).toMatch(/^Renews on .+ for 210 units \(7 days\)$/);
  });

  it('says a renewal will not happen when the available balance (balance − frozen) cannot pay it', async () => {
    const status: EngineStatus = { ...okStatus, balance: { balance: '300', frozen: '150' } };
    await show(fake({ active: [rental({ autoRenew: true })], ended: [] }, status));
    expect(root.querySelector('.renew')?.textContent).toMatch(/^Auto-renew needs 210 units, but only 150 units is available\. Top up before /);
    expect(root.textContent).not.toContain('Renews on');
  });

  it('copies the number in international form', async () => {
    const c = fake({ active: [rental({ country: 77, number: '7012345678' })], ended: [] });
    await show(c);
    expect(root.querySelector('.phone-number')?.textContent).toBe('+7 701 234-56-78');
    await click(button(/^Copy the number/));
    expect(c.copied).toEqual(['+77012345678']);
  });

  it('lists messages newest first with the code as a chip that copies, and announces the newest code', async () => {
    const older = message({ id: '1', service: 'Telegram', text: 'Telegram code 11111', code: '11111', receivedAt: NOW - 3_600_000 });
    const newer = message({ id: '2', receivedAt: NOW - 60_000 });
    const c = fake({ active: [rental({ messages: [older, newer] })], ended: [] });
    await show(c);
    const services = [...root.querySelectorAll('.message-service')].map((s) => s.textContent);
    // Both arrived unread: marked by a "New" label, not by weight alone.
    expect(services).toEqual(['NewGoogle', 'NewTelegram']);
    expect(root.querySelector('.message-text')?.textContent).toBe('G-070051 is your Google verification code');
    await click(button('Copy the code 070051'));
    expect(c.copied).toEqual(['070051']);
    const statuses = [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent);
    expect(statuses).toContain('New code from Google: 070051');
  });

  it('announces a code that arrives while the popup is open', async () => {
    const c = fake({ active: [rental()], ended: [] });
    await show(c);
    await act(async () => c.pushRentals({ active: [rental({ messages: [message({ code: '424242' })] })], ended: [] }));
    const statuses = [...root.querySelectorAll('[role="status"]')].map((s) => s.textContent);
    expect(statuses).toContain('New code from Google: 424242');
  });

  it('offers candidate chips and fills nothing when the code is ambiguous', async () => {
    const m = message({ text: 'Order 4821, code 7719', code: null, candidates: ['4821', '7719'] });
    const c = fake({ active: [rental({ messages: [m] })], ended: [] });
    await show(c);
    expect(root.querySelectorAll('.chip-candidate')).toHaveLength(2);
    expect(root.querySelector('.chip-code')).toBeNull();
    expect(root.textContent).toContain('nothing was filled in');
    await click(button('Copy the code 7719'));
    expect(c.copied).toEqual(['7719']);
  });

  it('a code the learned ranker vetoes is a chip: nothing filled, a click copies it', async () => {
    // The real extractor in the background: the hand rules alone would type this gift card's code.
    fakeBrowser.reset();
    const text = 'Thanks for shopping with us! Your gift card code is G7KD2QXA and it can be used '
      + 'in any of our stores until 31/12. Keep this message, it cannot be resent.';
    let answer = listed([providerRental(1)]);
    const client = {
      getRentState: async () => ({ ok: true, value: answer }),
    } as unknown as OnlineSimClient;
    const sendFill = vi.fn(async () => ({ ok: true as const, host: 'shop.example' }));
    const { deps } = testEngineDeps(client, NOW, {
      extract: extractCode, activeTab: async () => 5, sendFill,
    });
    const engine = createEngine(deps);
    await engine.poll(true);
    await engine.fieldReported(5, 0, 'https://shop.example/verify', shown());
    answer = listed([providerRental(1, [providerMessage(7, text, NOW)])]);
    await engine.poll(true);
    await engine.settled();
    expect(sendFill).not.toHaveBeenCalled();
    const c = fake(await rentalsItem.getValue());
    await show(c);
    expect(root.querySelector('.chip-code')).toBeNull();
    expect(root.textContent).toContain('nothing was filled in');
    await click(button('Copy the code G7KD2QXA'));
    expect(c.copied).toEqual(['G7KD2QXA']);
  });

  it('says where a code was filled and warns about origin-bound codes', async () => {
    const m = message({ filledInto: { host: 'accounts.example.com', at: NOW }, origin: 'example.com' });
    await show(fake({ active: [rental({ messages: [m] })], ended: [] }));
    expect(root.textContent).toContain('Filled in on accounts.example.com');
    expect(root.textContent).toContain('meant for example.com only');
  });

  it('renders SMS text as text, never as HTML', async () => {
    const evil = '<img src=x onerror="window.__pwned=1">Code 1234';
    await show(fake({ active: [rental({ messages: [message({ text: evil, code: '1234' })] })], ended: [] }));
    expect(root.querySelector('img')).toBeNull();
    expect(root.querySelector('.message-text')?.textContent).toBe(evil);
  });

  it('asks for confirmation, saying it is irreversible, before closing', async () => {
    const c = fake({ active: [rental()], ended: [] });
    await show(c);
    await click(button('End rental'));
    expect(c.sent).toEqual([]);
    expect(root.textContent).toContain('lost, and the time already paid for is not refunded');
    await click(button('Yes, end it'));
    expect(c.sent).toEqual([{ type: 'close', tzid: 3715 }]);
  });

  it('shows where the number was used and which services wrote to it, and warns with those sites before closing', async () => {
    const ledger: Ledger = { entries: [
      { tzid: 3715, site: 'vk.com', at: NOW - 5000, what: 'number', value: '9313358547' },
      { tzid: 3715, site: 'ozon.ru', at: NOW - 1000, what: 'code', value: '070051' },
      { tzid: 9, site: 'other.example', at: NOW, what: 'number', value: '1' },
    ] };
    const c = fake({ active: [rental({ messages: [message()] })], ended: [] }, okStatus, keyed, ledger);
    await show(c);
    expect(root.textContent).toContain('Used on ozon.ru, vk.com');
    expect(root.textContent).toContain('SMS from Google');
    expect(root.textContent).not.toContain('other.example');
    await click(button('End rental'));
    expect(root.textContent).toContain('This number was used on ozon.ru, vk.com.');
  });

  it('fills the number on request, says when the page did not take it, and has no Fill number when filling is off', async () => {
    const c = fake({ active: [rental()], ended: [] });
    c.replies['fill-number'] = { ok: false, error: { kind: 'number-not-filled', reason: 'not-verified' } };
    await show(c);
    await click(button('Fill number +7 931 335-85-47 into the page\'s phone field'));
    expect(c.sent).toEqual([{ type: 'fill-number', tzid: 3715 }]);
    expect(root.textContent).toContain('did not take the number');
    render(null, root);
    await show(fake({ active: [rental()], ended: [] }, okStatus, { ...keyed, fillMode: 'off' }));
    expect(root.textContent).not.toContain('Fill number');
  });

  it('keeps an ended number\'s sites in history, exports the ledger as CSV and clears it after a second click', async () => {
    const ledger: Ledger = { entries: [{ tzid: 3715, site: 'vk.com', at: NOW - 5000, what: 'number', value: '9313358547' }] };
    const c = fake({ active: [], ended: [rental({ endedAt: NOW - 1000 })] }, okStatus, keyed, ledger);
    await show(c);
    expect(root.querySelector('.history')?.textContent).toContain('Used on vk.com');
    await click(button('Export CSV'));
    expect(c.saved).toHaveLength(1);
    expect(c.saved[0]!.text).toContain('+7 931 335-85-47,vk.com,');
    await click(button('Clear the list'));
    expect(c.sent).toEqual([]);
    await click(button('Clear'));
    expect(c.sent).toEqual([{ type: 'clear-ledger' }]);
    await act(async () => c.pushLedger({ entries: [] }));
    expect(root.textContent).not.toContain('Where numbers were used');
  });

  it('can back out of closing', async () => {
    const c = fake({ active: [rental()], ended: [] });
    await show(c);
    await click(button('End rental'));
    await click(button('Keep it'));
    expect(c.sent).toEqual([]);
    expect(button('End rental')).toBeTruthy();
  });

  it('extends by the chosen period, with its price on the button', async () => {
    const c = fake({ active: [rental()], ended: [] });
    await show(c);
    const select = root.querySelector<HTMLSelectElement>('#extend-3715')!;
    await act(async () => {
      select.value = '30';
      select.dispatchEvent(new Event('change', { bubbles: true }));
    });
    await click(button('Extend by 30 days for 900 units'));
    expect(c.sent).toEqual([{ type: 'extend', tzid: 3715, days: 30 }]);
  });

  it('offers a port reload only when the provider does', async () => {
    await show(fake({ active: [rental()], ended: [] }));
    expect(() => button('Reload the port')).toThrow();
    render(null, root);
    const c = fake({ active: [rental({ portReloadAvailable: true })], ended: [] });
    await show(c);
    await click(button('Reload the port'));
    expect(c.sent).toEqual([{ type: 'port-reload', tzid: 3715 }]);
  });

  it('shows a failed action in plain words with the next step', async () => {
    const c = fake({ active: [rental()], ended: [] });
    c.replies.extend = { ok: false, error: { kind: 'call-failed', error: { kind: 'provider', code: 'WARNING_LOW_BALANCE' } } };
    await show(c);
    await click(button('Extend by 7 days for 210 units'));
    const alert = root.querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Not enough money on your OnlineSim balance.');
    expect(alert?.textContent).toContain('Top up your balance or pick a shorter period.');
  });

  it('keeps ended rentals in a collapsed history', async () => {
    const ended = rental({ tzid: 1, number: '9990001122', endedAt: NOW - HOUR });
    await show(fake({ active: [], ended: [ended] }));
    const details = root.querySelector('details');
    expect(details?.open).toBe(false);
    expect(details?.textContent).toContain('+7 999 000-11-22');
  });
});

describe('rent flow', () => {
  const tariffs: Tariff[] = [
    { country: 7, name: 'Россия', enabled: true, periods: [{ days: 1, price: '30', inStock: 12 }, { days: 7, price: '210', inStock: 0 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false },
    { country: 77, name: 'Казахстан', enabled: true, periods: [{ days: 7, price: '2000', inStock: 3 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false },
    { country: 999, name: 'Disabled', enabled: false, periods: [{ days: 1, price: '1', inStock: 1 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false },
  ];

  async function openRent(c: Fake) {
    await show(c);
    await click(button('Rent a number'));
  }

  it('lists countries in the UI language and shows price and balance before confirming, auto-renew off', async () => {
    const c = fake({ active: [], ended: [] });
    c.replies.tariffs = { ok: true, value: tariffs };
    await openRent(c);
    const countries = [...root.querySelectorAll('#rent-country option')].map((o) => o.textContent);
    expect(countries).toEqual(['Kazakhstan', 'Russia']);
    expect(root.querySelector<HTMLInputElement>('input[type="checkbox"]')?.checked).toBe(false);
    expect(root.querySelector('.summary')?.textContent).toBe('Price: 2,000 units · Available: 1,234.5 units');
    expect(root.textContent).toContain('lower than the price');
    expect(root.querySelector('.rent a')?.getAttribute('href')).toMatch(/^https:\/\/onlinesim\.io\//);
  });

  it('rents with auto-renew off unless turned on, and says what auto-renew costs', async () => {
    const c = fake({ active: [], ended: [] });
    c.replies.tariffs = { ok: true, value: tariffs };
    await openRent(c);
    const country = root.querySelector<HTMLSelectElement>('#rent-country')!;
    await act(async () => {
      country.value = '7';
      country.dispatchEvent(new Event('change', { bubbles: true }));
    });
    // The 7-day period is out of stock: the 1-day one is chosen and the empty one cannot be.
    expect(root.querySelector<HTMLOptionElement>('#rent-period option[value="7"]')?.disabled).toBe(true);
    expect(root.querySelector('#rent-period option[value="1"]')?.textContent).toBe('1 day — 30 units (12 in stock)');
    await click(button('Rent for 30 units'));
    expect(c.sent.at(-1)).toEqual({ type: 'rent', country: 7, days: 1, autoRenew: false });

    // The form opens again on the last choice (Russia, 1 day), auto-renew still off as chosen.
    await click(button('Rent a number'));
    expect(root.querySelector<HTMLSelectElement>('#rent-country')?.value).toBe('7');
    const box = root.querySelector<HTMLInputElement>('input[type="checkbox"]')!;
    expect(box.checked).toBe(false);
    await act(async () => {
      box.click();
    });
    expect(root.querySelector('.rent')?.textContent).toMatch(/renews itself for 30 units every 1 day/);
  });

  it('explains a tariffs failure and does not open the form', async () => {
    const c = fake({ active: [], ended: [] });
    c.replies.tariffs = { ok: false, error: { kind: 'call-failed', error: { kind: 'offline' } } };
    await openRent(c);
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Could not reach OnlineSim.');
    expect(root.querySelector('form.rent')).toBeNull();
  });

  it('shows a rent refusal with its next step', async () => {
    const c = fake({ active: [], ended: [] });
    c.replies.tariffs = { ok: true, value: tariffs };
    c.replies.rent = { ok: false, error: { kind: 'call-failed', error: { kind: 'provider', code: 'NO_NUMBER' } } };
    await openRent(c);
    await click(button('Rent for 2,000 units'));
    expect(root.querySelector('[role="alert"]')?.textContent).toContain('Try another period or country, or try again later.');
    expect(root.querySelector('form.rent')).not.toBeNull();
  });
});

describe('rental card details', () => {
  it('shows the five newest messages of a long history, and all of them on request', async () => {
    const messages = Array.from({ length: 12 }, (_, i) => message({ id: String(i), code: String(100000 + i), receivedAt: NOW - (12 - i) * 60_000 }));
    await show(fake({ active: [rental({ messages })], ended: [] }));
    const codes = () => [...root.querySelectorAll('.message')].map((m) => m.querySelector('.message-text')?.textContent);
    expect(codes()).toHaveLength(5);
    await click(button('Show all 12 messages'));
    expect(codes()).toHaveLength(12);
  });

  it('fills a code into the page on request, unless filling is off', async () => {
    const c = fake({ active: [rental({ messages: [message()] })], ended: [] });
    await show(c);
    await click(button('Fill 070051 into the page'));
    expect(c.sent.at(-1)).toEqual({ type: 'fill-code', tzid: 3715, messageId: '1' });

    render(null, root);
    await show(fake({ active: [rental({ messages: [message()] })], ended: [] }, okStatus, { ...keyed, fillMode: 'off' }));
    expect(() => button(/^Fill /)).toThrow();
  });

  it('says why the last fill failed, in words, until a fill succeeds', async () => {
    await show(fake({ active: [rental({ messages: [message({ notFilled: { reason: 'not-visible', at: NOW } })] })], ended: [] }));
    expect(root.textContent).toContain('Not filled: the field was hidden.');
    render(null, root);
    await show(fake({ active: [rental({ messages: [message({ notFilled: { reason: 'not-visible', at: NOW }, filledInto: { host: 'a.example', at: NOW } })] })], ended: [] }));
    expect(root.textContent).not.toContain('Not filled');
  });

  it('offers Fill for an origin-bound code of 12 characters, and never for a stored code no fill request can carry', async () => {
    const bound = message({ text: '@bank.example #A1B2C3D4E5F6', code: 'A1B2C3D4E5F6', origin: 'bank.example' });
    const c = fake({ active: [rental({ messages: [bound] })], ended: [] });
    await show(c);
    await click(button('Fill A1B2C3D4E5F6 into the page'));
    expect(c.sent.at(-1)).toEqual({ type: 'fill-code', tzid: 3715, messageId: '1' });

    // Written by something else than this SimFill's extractor (an older build, a hand-edited profile):
    // shown, copyable, but no button that could only fail.
    render(null, root);
    await show(fake({ active: [rental({ messages: [message({ code: 'A1B2C3D4E5F6G' })] })], ended: [] }));
    expect(button('Copy the code A1B2C3D4E5F6G')).toBeTruthy();
    expect(() => button(/^Fill A1/)).toThrow();
  });

  it('offers the tariff’s renewal prices for a rental that lists none of its own (auto-renew off)', async () => {
    const c = fake({ active: [rental({ extendOptions: [] })], ended: [] });
    c.replies.tariffs = { ok: true, value: [{ country: 7, name: 'Russia', enabled: true, periods: [], extendOptions: [{ days: 1, price: '30' }], extendPerDay: null, chargedAtOnce: false }] };
    await show(c);
    await settle();
    expect(c.sent).toContainEqual({ type: 'tariffs' });
    expect(root.textContent).not.toContain('OnlineSim offers no extension');
    expect(root.textContent).toMatch(/1 day — 30/);
  });
});

describe('many rentals', () => {
  const code = message({ id: '9', service: 'Telegram', text: 'Telegram code 51842', code: '51842', seenAt: NOW - 30_000, unread: true });
  const five = () => [
    rental({ tzid: 1, number: '9000000001', expiresAt: NOW + 5 * 24 * HOUR }),
    rental({ tzid: 2, number: '9000000002', expiresAt: NOW + 30 * 60_000 }),
    rental({ tzid: 3, number: '9000000003', expiresAt: NOW + 6 * 24 * HOUR, messages: [code] }),
    rental({ tzid: 4, number: '9000000004', confirmed: false, expiresAt: NOW + 15 * 60_000 }),
    rental({ tzid: 5, number: '9000000005', expiresAt: NOW + 2 * 24 * HOUR }),
  ];
  const numbers = () => [...root.querySelectorAll('article h2')].map((h) => h.textContent);

  it('puts the new code first, then the one ending soon, then the one waiting for its first SMS', async () => {
    await show(fake({ active: five(), ended: [] }));
    expect(numbers()).toEqual(['Number 9000000003', 'Number 9000000002', 'Number 9000000004', 'Number 9000000005', 'Number 9000000001']);
    // Compact: the newest code is on its card without opening anything; details are closed.
    const first = root.querySelector('article')!;
    expect(first.querySelector('.chip-code')?.textContent).toBe('51842');
    expect(first.textContent).toContain('New');
    expect(root.querySelectorAll('.card-details')).toHaveLength(0);
    expect(root.querySelectorAll('[aria-expanded="false"]')).toHaveLength(5);
  });

  it('keeps a code that was unread when the popup opened first, after the background marks it read', async () => {
    const c = fake({ active: five(), ended: [] });
    await show(c);
    const read = five().map((r) => ({ ...r, messages: r.messages.map((m) => ({ ...m, unread: false, seenAt: NOW - HOUR })) }));
    await act(async () => c.pushRentals({ active: read, ended: [] }));
    expect(numbers()[0]).toBe('Number 9000000003');
    expect(root.querySelector('article .pill-new')).not.toBeNull();
  });

  it('puts Rent a number above the cards', async () => {
    await show(fake({ active: five(), ended: [] }));
    const rent = button('Rent a number');
    const firstCard = root.querySelector('article')!;
    expect(rent.compareDocumentPosition(firstCard) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
  });

  it('opens one card’s details on request', async () => {
    await show(fake({ active: five(), ended: [] }));
    await click(button('Details of 9000000002'));
    expect(root.querySelectorAll('.card-details')).toHaveLength(1);
    expect(button('Details of 9000000002').getAttribute('aria-expanded')).toBe('true');
    expect(button('End rental')).toBeTruthy();
  });
});

describe('fewer clicks', () => {
  it('copies the number without the country code too', async () => {
    const c = fake({ active: [rental()], ended: [] });
    await show(c);
    await click(button('Without +7: copy 9313358547'));
    expect(c.copied).toEqual(['9313358547']);
    expect(root.querySelector('.feedback [role="status"]')?.textContent).toBe('Copied 9313358547');
  });

  it('rents again from an ended rental: the form opens on its country', async () => {
    const c = fake({ active: [], ended: [rental({ tzid: 1, country: 77, number: '7012345678', endedAt: NOW - HOUR, rentDays: 7 })] });
    c.replies.tariffs = {
      ok: true,
      value: [
        { country: 7, name: 'Россия', enabled: true, periods: [{ days: 1, price: '30', inStock: 12 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false },
        { country: 77, name: 'Казахстан', enabled: true, periods: [{ days: 1, price: '40', inStock: 2 }, { days: 7, price: '200', inStock: 3 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false },
      ],
    };
    await show(c);
    await click(button('Rent again: +7 701 234-56-78'));
    expect(root.querySelector<HTMLSelectElement>('#rent-country')?.value).toBe('77');
    expect(root.querySelector<HTMLSelectElement>('#rent-period')?.value).toBe('7');
    expect(button('Rent for 200 units')).toBeTruthy();
  });

  it('shows history codes as chips that copy, with the time of each message', async () => {
    const m = message({ id: '3', code: '070051', unread: false });
    const c = fake({ active: [], ended: [rental({ tzid: 1, endedAt: NOW - HOUR, messages: [m] })] });
    await show(c);
    await fullLists();
    const history = root.querySelector('details.history')!;
    expect(history.querySelector('time')?.getAttribute('datetime')).toBe(new Date(m.receivedAt).toISOString());
    await click(button('Copy the code 070051'));
    expect(c.copied).toEqual(['070051']);
  });

  it('takes the API key in the popup on first run', async () => {
    const c = fake({ active: [], ended: [] }, okStatus, { ...keyed, hasKey: false });
    await show(c);
    const input = root.querySelector<HTMLInputElement>('#first-run-key')!;
    expect(input.type).toBe('password');
    await act(async () => {
      input.value = ' key-123 ';
      input.dispatchEvent(new Event('input', { bubbles: true }));
    });
    await click(button('Save'));
    expect(c.sent).toEqual([{ type: 'save-settings', apiKey: 'key-123', apiAddress: 'https://onlinesim.io/api/', confirmedHost: null }]);
  });

  it('stops filling on a site from the card that says a code went there', async () => {
    const m = message({ filledInto: { host: 'shop.example', at: NOW } });
    const c = fake({ active: [rental({ messages: [m] })], ended: [] });
    const patches: unknown[] = [];
    c.updateSettings = async (patch) => void patches.push(patch);
    await show(c);
    await click(button('Never fill on shop.example'));
    expect(patches).toEqual([{ disabledSites: ['shop.example'] }]);
    expect(root.querySelector('.feedback [role="status"]')?.textContent).toContain('will not fill on shop.example');

    render(null, root);
    await show(fake({ active: [rental({ messages: [m] })], ended: [] }, okStatus, { ...keyed, disabledSites: ['shop.example'] }));
    expect(() => button('Never fill on shop.example')).toThrow();
  });

  it('shows the fill shortcut where filling by hand helps', async () => {
    await show(fake({ active: [rental({ messages: [message()] })], ended: [] }));
    expect(root.textContent).toContain('Or click into the code field on the page and press Alt+Shift+K to fill it in.');
  });

  it('links to the provider’s site to top up', async () => {
    await show(fake({ active: [], ended: [] }));
    const link = [...root.querySelectorAll('a')].find((a) => a.textContent === 'Top up');
    expect(link?.getAttribute('href')).toMatch(/^https:\/\/onlinesim\.io\//);
    expect(link?.getAttribute('target')).toBe('_blank');
  });

  it('states the frozen part of the balance apart from what can be spent', async () => {
    await show(fake({ active: [], ended: [] }, { ...okStatus, balance: { balance: '230.25', frozen: '120.5' } }));
    expect(root.querySelector('.header-available')?.textContent).toBe('Available: 109.75 units');
    expect(root.querySelector('.header-frozen')?.textContent).toBe('120.5 units frozen');
  });
});

describe('first paint from the summary', () => {
  /** 3 rentals × 200 SMS, one of them with a code only far back and one with only notices lately. */
  function bigState(): RentalsState {
    const sms = (tzid: number, i: number, over: Partial<StoredMessage> = {}) =>
      message({ id: `${tzid}-${i}`, receivedAt: NOW - (200 - i) * 60_000, seenAt: NOW - 3 * HOUR, unread: false, service: `S${i % 7}`, ...over });
    const many = (tzid: number, over: (i: number) => Partial<StoredMessage> = () => ({})) => Array.from({ length: 200 }, (_, i) => sms(tzid, i, over(i)));
    return {
      active: [
        rental({ tzid: 1, number: '9000000001', messages: many(1) }),
        rental({ tzid: 2, number: '9000000002', messages: many(2, (i) => (i > 10 ? { code: null, text: 'Your order has shipped' } : {})) }),
        rental({ tzid: 3, number: '9000000003', expiresAt: NOW + 20 * 60_000, messages: many(3) }),
      ],
      ended: [rental({ tzid: 4, number: '9000000004', endedAt: NOW - HOUR, messages: many(4) })],
    };
  }

  it('draws every card from the summary before the full lists are read, and they change nothing on screen', async () => {
    const state = bigState();
    let deliver: ((s: RentalsState) => void) | null = null;
    const c = fake(state);
    c.rentals = () => new Promise((resolve) => (deliver = resolve));
    await show(c);
    const main = root.querySelector('main')!;
    expect(main.getAttribute('aria-busy')).toBe('true');
    expect(root.querySelectorAll('article.card')).toHaveLength(3);
    // What is on screen: the cards, and the collapsed history's title (its lists fill in closed).
    const onScreen = () => [...root.querySelectorAll('article.card, details.history > summary')].map((e) => e.outerHTML);
    const before = onScreen();
    await vi.waitFor(() => expect(deliver).not.toBeNull());
    await act(async () => deliver!(state));
    await settle();
    expect(main.getAttribute('aria-busy')).toBe('false');
    expect(onScreen()).toEqual(before);
    expect(root.querySelector('details.history')!.hasAttribute('open')).toBe(false);
  });

  it('a card opened before the full lists arrive shows its newest code at once, and the rest when they do', async () => {
    const state = bigState();
    let deliver: ((s: RentalsState) => void) | null = null;
    const c = fake(state);
    c.rentals = () => new Promise((resolve) => (deliver = resolve));
    await show(c);
    await click(button('Details of 9000000001'));
    const details = () => root.querySelector('#rental-details-1')!;
    expect(details().querySelectorAll('li.message')).toHaveLength(1);
    expect(details().textContent).toContain('070051');
    await vi.waitFor(() => expect(deliver).not.toBeNull());
    await act(async () => deliver!(state));
    await settle();
    expect(details().querySelectorAll('li.message')).toHaveLength(5);
    expect(details().textContent).toContain('SMS from S0, S1, S2, S3, S4, S5, S6');
    expect(details().textContent).toContain('Show all 200 messages');
  });

  it('reads the full lists only once the frame drawn from the summary is on screen, and at once when there is no summary', async () => {
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    try {
      const state = bigState();
      const c = fake(state);
      const reads = vi.fn(() => Promise.resolve(state));
      c.rentals = reads;
      await show(c);
      expect(root.querySelectorAll('article.card')).toHaveLength(3);
      expect(reads).not.toHaveBeenCalled();
      await act(async () => frames.splice(0).forEach((f) => f(0)));
      await settle();
      expect(reads).toHaveBeenCalledOnce();
      expect(root.querySelector('main')!.getAttribute('aria-busy')).toBe('false');

      // No summary written yet: nothing to draw before the full lists, so they are read at once.
      render(null, root);
      const bare = fake(state);
      bare.summary = () => Promise.resolve(null);
      await show(bare);
      expect(root.querySelectorAll('article.card')).toHaveLength(3);
    } finally {
      raf.mockRestore();
    }
  });

  it('draws the cards the popup has room for first; the others and the history follow a frame later, below them', async () => {
    const frames: FrameRequestCallback[] = [];
    const raf = vi.spyOn(window, 'requestAnimationFrame').mockImplementation((cb) => frames.push(cb));
    const state: RentalsState = {
      active: Array.from({ length: 12 }, (_, i) => rental({ tzid: 100 + i, number: `90000001${String(i).padStart(2, '0')}`, expiresAt: NOW + (i + 1) * HOUR })),
      ended: [rental({ tzid: 99, number: '9000000099', endedAt: NOW - HOUR })],
    };
    try {
      await show(fake(state));
      const cards = () => [...root.querySelectorAll('article.card')].map((e) => e.outerHTML);
      const first = cards();
      expect(first).toHaveLength(8);
      expect(first[0]).toContain('9000000100'); // the one ending first
      expect(root.querySelector('details.history')).toBeNull();
      await act(async () => frames.splice(0).forEach((f) => f(0)));
      await settle();
      const all = cards();
      expect(all).toHaveLength(12);
      expect(all.slice(0, 8)).toEqual(first);
      expect(root.querySelector('details.history')).not.toBeNull();
    } finally {
      raf.mockRestore();
    }
  });

  it('keeps the summary small: a few messages per rental, whatever their number', () => {
    const state = bigState();
    const summary = summarize(state);
    expect(JSON.stringify(summary).length).toBeLessThan(JSON.stringify(state).length / 20);
    // The rental whose last code is 190 SMS back still shows it on its compact card.
    expect(summary.active[1]!.messages.some((m) => m.code !== null)).toBe(true);
    expect(summary.active.map((r) => r.messageCount)).toEqual([200, 200, 200]);
    expect(summary.ended[0]).toMatchObject({ tzid: 4, messages: [], messageCount: 200 });
    // Compact cards: the newest code, no list of services (drawn only in the details).
    expect(summary.active.map((r) => [r.messages.length, r.services])).toEqual([[1, []], [1, []], [1, []]]);
    // The only rental's details are open from the start: its newest messages and services are there.
    const only = summarize({ active: [state.active[0]!], ended: [] }).active[0]!;
    expect([only.messages.length, only.services.length, only.messageCount]).toEqual([5, 7, 200]);
  });
});

describe('the clock', () => {
  /** Renders of each component while `during` runs (Preact's `diffed` hook, called per component drawn). */
  async function rendersDuring(during: () => Promise<void>): Promise<Map<unknown, number>> {
    const counts = new Map<unknown, number>();
    const chained = options.diffed;
    options.diffed = (vnode) => {
      counts.set(vnode.type, (counts.get(vnode.type) ?? 0) + 1);
      chained?.(vnode);
    };
    try {
      await during();
    } finally {
      options.diffed = chained;
    }
    return counts;
  }

  let at = NOW;
  /** The popup's interval alone is faked: the stored-state reads still resolve on real timers. */
  async function openAt(c: Connector) {
    at = NOW;
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    await act(async () => {
      render(<PopupApp connector={c} lang="en" clock={() => at} />, root);
    });
    await fullLists();
  }
  async function tick(seconds = 1) {
    for (let i = 0; i < seconds; i++) {
      await act(async () => {
        at += 1000;
        vi.advanceTimersByTime(1000);
      });
    }
  }
  afterEach(() => {
    // Unmounted while the interval is still the fake one, so it is the one cleared.
    render(null, root);
    vi.useRealTimers();
  });

  const history = (tzid: number) =>
    Array.from({ length: 40 }, (_, i) => message({ id: `${tzid}-${i}`, text: `Code ${1000 + i} for order ${tzid}`, code: String(1000 + i), seenAt: NOW - 3 * HOUR, unread: false, receivedAt: NOW - (40 - i) * 60_000 }));

  it('counts time left down each second and redraws nothing else: no card, no message', async () => {
    await openAt(fake({ active: [rental({ tzid: 1, number: '9000000001', expiresAt: NOW + 30 * 60_000, messages: history(1) }), rental({ tzid: 2, number: '9000000002', expiresAt: NOW + 2 * 24 * HOUR + 30_000, messages: history(2) })], ended: [] }));
    await click(button('Details of 9000000001'));
    const texts = () => [...root.querySelectorAll('.message-text')];
    const before = texts();
    expect(before).toHaveLength(5);
    const timer = () => root.querySelector('[role="timer"]')!.textContent;
    expect(timer()).toBe('30 min, 0 sec left');

    const renders = await rendersDuring(() => tick(3));
    expect(timer()).toBe('29 min, 57 sec left');
    // The ending rental's countdown, once a tick; the other one's shows minutes, not yet changed.
    expect(renders.get(Countdown)).toBe(3);
    expect(renders.has(RentalCard)).toBe(false);
    expect(renders.has(MessageItem)).toBe(false);
    // The same nodes, not redrawn copies.
    expect(texts().every((node, i) => node === before[i])).toBe(true);

    await tick(57);
    expect(timer()).toBe('29 min, 0 sec left');
    expect(root.querySelector('.countdown-soon')).not.toBeNull();
  });

  it('redraws the cards when the order or a "new" mark changes with time, and ends a rental on time', async () => {
    const fresh = message({ id: 'f', text: 'Telegram code 51842', code: '51842', seenAt: NOW - NEW_CODE_MS + 1500, unread: false });
    await openAt(fake({
      active: [
        rental({ tzid: 1, number: '9000000001', expiresAt: NOW + 2 * HOUR }),
        rental({ tzid: 2, number: '9000000002', expiresAt: NOW + HOUR + 2500 }),
        rental({ tzid: 3, number: '9000000003', expiresAt: NOW + 3 * HOUR, messages: [fresh] }),
      ],
      ended: [],
    }));
    const numbers = () => [...root.querySelectorAll('article h2')].map((h) => h.textContent);
    expect(numbers()).toEqual(['Number 9000000003', 'Number 9000000002', 'Number 9000000001']);
    expect(root.querySelector('article')!.classList.contains('card-new')).toBe(true);

    // 10 minutes after SimFill saw it, the code is no longer new: its card loses the mark and its place.
    await tick(2);
    expect(root.querySelector('.card-new')).toBeNull();
    expect(numbers()).toEqual(['Number 9000000002', 'Number 9000000001', 'Number 9000000003']);
    // Entering its last hour, a rental says "Ends soon" and its card moves up.
    const secondCard = () => root.querySelectorAll('article')[1]!;
    expect(secondCard().querySelector('.countdown-soon')).toBeNull();
    await tick(1);
    expect(root.querySelector('article')!.querySelector('.countdown-soon')?.textContent).toContain('Ends soon');

    await tick(HOUR / 1000);
    expect(root.querySelector('article')!.querySelector('.countdown')?.textContent).toBe('Ended');
  });
});

describe('status writes', () => {
  it('redraws no card when a status write changes only the poll time; a new balance is shown', async () => {
    const c = fake({ active: [rental({ tzid: 1, number: '9000000001' }), rental({ tzid: 2, number: '9000000002' })], ended: [] });
    await show(c);
    await fullLists();
    const cards = new Map<unknown, number>();
    const chained = options.diffed;
    options.diffed = (vnode) => {
      cards.set(vnode.type, (cards.get(vnode.type) ?? 0) + 1);
      chained?.(vnode);
    };
    try {
      await act(async () => c.pushStatus({ ...okStatus, lastPollAt: NOW + 5000 }));
      expect(cards.has(RentalCard)).toBe(false);
      await act(async () => c.pushStatus({ ...okStatus, lastPollAt: NOW + 6000, balance: { balance: '99', frozen: '0' } }));
      expect(cards.get(RentalCard)).toBe(2);
    } finally {
      options.diffed = chained;
    }
    expect(root.querySelector('.header')?.textContent).toContain('Available: 99 units');
  });
});
