// @vitest-environment happy-dom
// Hostile text in the popup and settings (issue 7, "rendering"). SMS text and service names come from
// whoever sent the SMS; country names and error strings from the provider. Each payload is rendered in
// every place such text appears, and must leave (1) no `window.__pwned`, (2) exactly the elements and
// attribute names the same component has with harmless text (no injected <img>, <script>, <svg>,
// handlers or hrefs), and (3) the payload readable, character for character, as text.
// happy-dom as configured here loads no images and runs no injected script, so (1) alone would prove
// little: (2) is the evidence in this file. Execution in a real browser is the e2e suite's job.
import { type ComponentChild, render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { Banner } from '../../components/Banner.tsx';
import { ClockContext } from '../../components/clock.ts';
import { Feedback } from '../../components/Feedback.tsx';
import { CodeChip } from '../../components/CodeChip.tsx';
import { History } from '../../components/History.tsx';
import { MessageItem } from '../../components/MessageItem.tsx';
import { RentalCard } from '../../components/RentalCard.tsx';
import { RentForm } from '../../components/RentForm.tsx';
import { SettingsForm } from '../../components/SettingsForm.tsx';
import { smsNotice } from '../../lib/background/notices.ts';
import { displayText } from '../../lib/display-text.ts';
import { cardRental, type StoredMessage, type StoredRental } from '../../lib/storage/rentals.ts';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';

const NOW = Date.UTC(2026, 10, 27, 12, 0, 0);
const HARMLESS = 'Plain words 1';
const noop = () => undefined;

declare global {
  interface Window {
    __pwned?: number;
  }
}

function sms(extra: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'm1',
    service: 'Example',
    text: 'Your code is 482913',
    providerCode: null,
    receivedAt: NOW - 60_000,
    code: '482913',
    candidates: [],
    origin: null,
    embeddedOrigin: null,
    seenAt: NOW - 60_000,
    autoFill: true,
    unread: true,
    filledInto: null,
    notified: true,
    ...extra,
  };
}

function rental(messages: StoredMessage[], extra: Partial<StoredRental> = {}): StoredRental {
  return {
    tzid: 1001,
    country: 7,
    number: '9313358547',
    confirmed: true,
    expiresAt: NOW + 86_400_000,
    rentDays: 7,
    autoRenew: false,
    extendOptions: [{ days: 7, price: '210' }],
    extendPerDay: null,
    portReloadAvailable: true,
    price: '210',
    messages,
    endedAt: null,
    warned: { day: false, hour: false },
    ...extra,
  };
}

const cardProps = {
  now: NOW, lang: 'en' as const, busy: false, balance: null, expanded: true, onToggle: noop, isNew: () => true, shortcut: 'Alt+Shift+K', neverFill: () => noop,
  onCopy: noop, onExtend: noop, onClose: noop, onPortReload: noop,
};

/** Every place hostile text is rendered, as a function of that text. */
const SCENES: Record<string, (text: string) => ComponentChild> = {
  'SMS text': (text) => <MessageItem message={sms({ text })} isNew now={NOW} lang="en" onCopy={noop} />,
  'service name': (text) => <MessageItem message={sms({ service: text })} isNew now={NOW} lang="en" onCopy={noop} />,
  'code candidate': (text) => <MessageItem message={sms({ code: null, candidates: [text] })} isNew now={NOW} lang="en" onCopy={noop} />,
  'code chip': (text) => <CodeChip code={text} onCopy={noop} />,
  'origin warning and filled host': (text) => (
    <MessageItem message={sms({ origin: text, filledInto: { host: text, at: NOW } })} isNew now={NOW} lang="en" onCopy={noop} />
  ),
  'SMS inside a rental card': (text) => <RentalCard rental={cardRental(rental([sms({ text, service: text })]))} extendOptions={[]} sites={[text]} {...cardProps} />,
  'SMS in a collapsed rental card': (text) => (
    <RentalCard rental={cardRental(rental([sms({ text, service: text })]))} extendOptions={[]} sites={[text]} {...cardProps} expanded={false} />
  ),
  'ended rental in history': (text) => (
    <History ended={[rental([sms({ text, service: text })], { endedAt: NOW - 1000 })]} now={NOW} lang="en" onCopy={noop} onRentAgain={noop} sitesOf={() => [text]} />
  ),
  'error banner': (text) => <Banner message={text} nextStep={text} />,
  'failed action': (text) => <Feedback toast={text} failure={{ message: text, nextStep: text }} onDismiss={noop} />,
  'settings save error': (text) => (
    <SettingsForm apiAddress="https://example.test" confirmedHost={null} hasKey busy={false} outcome={{ ok: false, message: text, nextStep: text }} onSave={noop} />
  ),
  'country name from the provider': (text) => (
    <RentForm
      tariffs={[{ country: 99_999, name: text, enabled: true, periods: [{ days: 7, price: '210', inStock: 3 }], extendOptions: [], extendPerDay: null, chargedAtOnce: false }]}
      balance={{ balance: '500', frozen: '0' }}
      initial={null}
      lang="en"
      busy={false}
      onRent={noop}
      onCancel={noop}
    />
  ),
};

/** Tag names and attribute names in document order: what a payload must not be able to change. */
function shape(root: Element): string[] {
  return [...root.querySelectorAll('*')].map((el) => `${el.tagName.toLowerCase()}[${el.getAttributeNames().sort().join(' ')}]`);
}

/** Text as a user would read it, including the accessible names that exist only as attributes. */
function shownText(root: Element): string {
  const labels = [...root.querySelectorAll('[aria-label]')].map((el) => el.getAttribute('aria-label'));
  return [root.textContent, ...labels].join('\n');
}

let container: HTMLElement | undefined;
function mount(node: ComponentChild): HTMLElement {
  const root = document.createElement('div');
  document.body.append(root);
  // The time the countdowns and dates are read at (components/clock.ts), as in the popup's tests.
  render(<ClockContext.Provider value={() => NOW}>{node}</ClockContext.Provider>, root);
  container = root;
  return root;
}

afterEach(() => {
  if (!container) return;
  render(null, container);
  container.remove();
  container = undefined;
});

/** Lets handlers that fire asynchronously (image errors, load events) run before the flag is checked. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

const tried = { renders: 0, executed: 0 };

describe('rendering hostile text', () => {
  it('has 100+ distinct payloads to try', () => {
    expect(new Set(XSS_PAYLOADS).size).toBe(XSS_PAYLOADS.length);
    expect(XSS_PAYLOADS.length).toBeGreaterThanOrEqual(100);
  });

  it('catches a payload that is injected as markup (the check itself works)', async () => {
    // A deliberately unsafe component: if the checks below could not see this, they would prove nothing.
    const payload = '<img src=x onerror="window.__pwned=(window.__pwned||0)+1">';
    const unsafe = (text: string) => <p dangerouslySetInnerHTML={{ __html: text }} />;
    const baseline = shape(mount(unsafe(HARMLESS)));
    render(null, container!);
    const injected = mount(unsafe(payload));
    await settle();
    expect(shape(injected)).not.toEqual(baseline);
    expect(injected.querySelector('img')).not.toBeNull();
    expect(shownText(injected)).not.toContain(payload);
    window.__pwned = undefined;
  });

  // 150 full renders per place: a rental card with its details takes about 2 s alone and several times
  // that on a busy machine, which the default 5 s would call a failure.
  for (const [where, scene] of Object.entries(SCENES)) {
    it(`shows every payload as text, and runs none, as the ${where}`, { timeout: 30_000 }, async () => {
      const baseline = shape(mount(scene(HARMLESS)));
      expect(shownText(container!)).toContain(HARMLESS);
      render(null, container!);
      container!.remove();
      for (const payload of XSS_PAYLOADS) {
        const root = mount(scene(payload));
        await settle();
        tried.renders++;
        if (window.__pwned !== undefined) tried.executed++;
        expect(window.__pwned, payload).toBeUndefined();
        expect(shape(root), payload).toEqual(baseline);
        expect(shownText(root), payload).toContain(payload);
        render(null, root);
        root.remove();
      }
    });
  }

  it('passes SMS text and service names to notifications as plain text, quoted after SimFill\u2019s own title', () => {
    for (const payload of XSS_PAYLOADS) {
      const service = displayText(payload).trim().slice(0, 60) || 'Unknown sender';
      const withCode = smsNotice(rental([]), sms({ service: payload, text: payload, code: '482913' }), 'en', true);
      expect(withCode.title).toBe('Code 482913 · SMS to +7 931 335-85-47');
      expect(withCode.message).toBe(`From “${service}”: ${displayText(payload).slice(0, 300)}`);
      const withoutCode = smsNotice(rental([]), sms({ service: payload, text: payload, code: null }), 'en', true);
      expect(withoutCode.title).toBe('SMS to +7 931 335-85-47');
    }
  });

  it('reports how many renders were tried', () => {
    // One line for docs/reliability.md; runs last in this file.
    expect(tried.renders).toBe(XSS_PAYLOADS.length * Object.keys(SCENES).length);
    console.log(`render payloads: ${XSS_PAYLOADS.length} payloads × ${Object.keys(SCENES).length} places = ${tried.renders} renders, ${tried.executed} executed`);
  });
});
