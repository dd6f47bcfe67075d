// What a sender or the provider controls must not steer what SimFill shows: substitution patterns in
// their text stay text, direction controls cannot reorder it, and a sender cannot pass for SimFill.
import { describe, expect, it } from 'vitest';
import { smsNotice } from '../../lib/background/notices.ts';
import { displayText } from '../../lib/display-text.ts';
import { render, sayIn, translate } from '../../lib/i18n.ts';
import { describeError } from '../../lib/onlinesim/errors.ts';
import { parseRentalList } from '../../lib/onlinesim/schemas.ts';
import type { StoredMessage, StoredRental } from '../../lib/storage/rentals.ts';

const NOW = Date.UTC(2024, 4, 1, 12, 0, 0);
const RLO = '\u202E';
const BIDI = ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069', '\u200E', '\u200F', '\u061C'];
/** Every special replacement pattern of String.prototype.replace, and i18n's own placeholders. */
const PATTERNS = ['$&', '$`', "$'", '$$', '$1', '$2', '$<name>', '$ARG1$', '{code}', '{host}'];

function message(extra: Partial<StoredMessage> = {}): StoredMessage {
  return {
    id: 'm1', service: 'Example', text: 'Your code is 482913', providerCode: null, receivedAt: NOW, code: '482913',
    candidates: [], origin: null, embeddedOrigin: null, seenAt: NOW, autoFill: true, unread: true, filledInto: null, notified: false, ...extra,
  };
}
const rental: StoredRental = {
  tzid: 1, country: 7, number: '9313358547', confirmed: true, expiresAt: NOW + 86_400_000, rentDays: 7, autoRenew: false,
  extendOptions: [], extendPerDay: null, portReloadAvailable: false, price: '210', messages: [], endedAt: null, warned: { day: false, hour: false },
};

describe('placeholder substitution', () => {
  it.each(PATTERNS)('inserts %j as it is, in every language, through named and positional placeholders', (pattern) => {
    for (const lang of ['en', 'ru', 'uk', 'kk'] as const) {
      // permissionDenied uses a named placeholder ($ARG1$), noticeSmsFrom two positional ones.
      expect(translate(lang, 'permissionDenied', [pattern])).toContain(pattern);
      const both = translate(lang, 'noticeSmsFrom', [pattern, `${pattern}x`]);
      expect(both).toContain(`${pattern}x`);
      expect(both.split(pattern).length - 1).toBeGreaterThanOrEqual(2);
    }
  });

  it('does not read one substitution\u2019s text as the next placeholder', () => {
    expect(render({ message: 'A $1 B $2' }, ['$2', 'two'])).toBe('A $2 B two');
  });

  it.each(PATTERNS)('shows a provider error code %j verbatim in the error text', (pattern) => {
    const code = `X${pattern}Y`;
    const { message: text } = describeError({ kind: 'provider', code }, sayIn('en'));
    expect(text).toBe(`The provider answered ${code}.`);
  });
});

describe('direction controls', () => {
  it('removes every embedding, override, isolate and direction mark', () => {
    expect(displayText(BIDI.join('a'))).toBe('a'.repeat(BIDI.length - 1));
    expect(displayText('код 1234 ٣٤')).toBe('код 1234 ٣٤'); // letters and digits of any script stay
  });

  it('strips them from SMS text, service names and provider codes at the provider edge', () => {
    const body = { response: 1, list: [{ tzid: 1, number: '9313358547', country: 7, status: 0, checked: true, time: 100, rent: 1, extend: [], extension: 0, reload: 0,
      messages: [{ id: 1, service: `${RLO}miSlliF`, text: `Code ${RLO}3194 28`, code: `${RLO}1234`, created_at: '2024-05-01 12:00:00' }] }] };
    const parsed = parseRentalList(body, NOW);
    if (!parsed.ok) throw new Error(parsed.error);
    const m = parsed.value.rentals[0]!.messages[0]!;
    expect([m.service, m.text, m.providerCode]).toEqual(['miSlliF', 'Code 3194 28', '1234']);
  });

  it('strips them from notifications even for messages stored before this check existed', () => {
    const n = smsNotice(rental, message({ service: `${RLO}moc.knab`, text: `${RLO}Code 4321`, code: '1234' }), 'en', true);
    for (const ch of BIDI) expect(`${n.title}${n.message}`).not.toContain(ch);
  });

  it('strips them from a provider error code and from the host of a refused address', () => {
    expect(describeError({ kind: 'provider', code: `${RLO}YEK_GNORW` }, sayIn('en')).message).not.toContain(RLO);
    expect(describeError({ kind: 'refused', reason: 'no-permission', host: `${RLO}elpmaxe.live` }, sayIn('en')).message).not.toContain(RLO);
  });
});

describe('notifications', () => {
  it.each(['SimFill', 'OnlineSim', 'SimFill: your rental ends in 1 hour', 'Code 000000 · SMS to +1 555 000 0000'])(
    'a sender named %j is quoted in the body under SimFill\u2019s own title naming the rented number',
    (service) => {
      const n = smsNotice(rental, message({ service, text: 'Pay now at evil.example', code: null }), 'en', true);
      expect(n.title).toBe('SMS to +7 931 335-85-47');
      expect(n.message).toBe(`From “${service}”: Pay now at evil.example`);
    },
  );

  it('with codes hidden, neither the code nor the text (which holds it) appears', () => {
    const n = smsNotice(rental, message(), 'ru', false);
    expect(n).toEqual({ id: 'sms:1:m1', title: 'SMS на +7 931 335-85-47', message: 'От «Example». Откройте SimFill, чтобы увидеть код.' });
  });
});
