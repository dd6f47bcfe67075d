// Hostile messages at the background's front door (issue 7, "messages between contexts"). A page can reach
// the background only through a content script, another extension only through the browser's sender check,
// so routing must (a) accept nothing malformed, (b) accept well-formed messages only from the context that
// may send them, and (c) take tab and frame from the browser's `sender`, never from the payload.
// The fuzz is seeded, so a failure names a message that reproduces on every run.
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { route } from '../../lib/background/routing.ts';
import { parseFillReply, parseFillRequest } from '../../lib/fill-protocol.ts';
import { commandSchema, type Command, type Sender } from '../../lib/messages.ts';
import { XSS_PAYLOADS } from '../fixtures/xss-payloads.ts';
import { prng } from './support/prng.ts';

const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${EXT_ID}`;

// Browsers give extension URLs a real origin ("chrome-extension://<id>"); Node's URL follows the WHATWG
// rule for unknown schemes and says "null", which would make every extension page look foreign here.
// This stand-in restores the browsers' answer for the two extension schemes and nothing else.
class BrowserURL extends URL {
  override get origin(): string {
    return this.protocol === 'chrome-extension:' || this.protocol === 'moz-extension:' ? `${this.protocol}//${this.host}` : super.origin;
  }
}
beforeAll(() => {
  vi.stubGlobal('URL', BrowserURL);
  return () => vi.unstubAllGlobals();
});

const popup: Sender = { id: EXT_ID, url: `${ORIGIN}/popup.html` };
const contentScript: Sender = { id: EXT_ID, url: 'https://shop.example/login', tab: { id: 7 }, frameId: 3 };


const HUGE = 'A'.repeat(1_000_000);

// Values that are wrong for a field of each kind. None of them may ever be valid for that kind, so a
// message with one of them in place of a good value is malformed by construction, not by the schema's say-so.
const BAD_POSITIVE_INT: unknown[] = [0, -0, -1, -12345, 1.5, NaN, Infinity, -Infinity, Number.MAX_VALUE, 2 ** 53, '42', '', null, true, [], {}, [1], { valueOf: 1 }, 10n];
const BAD_DAYS: unknown[] = [...BAD_POSITIVE_INT, 3651, 1e9];
const BAD_BOOLEAN: unknown[] = ['true', 'false', 0, 1, null, NaN, [], {}, 'yes', [true]];
const BAD_STRING_64: unknown[] = [42, null, true, [], {}, ['x'], 'x'.repeat(65), HUGE, NaN];
const BAD_STRING_512: unknown[] = [42, null, false, [], {}, 'k'.repeat(513), HUGE];
const BAD_STRING_2048: unknown[] = [42, null, false, [], {}, `https://${'a'.repeat(2050)}.example/`, HUGE];
/** A host name or null: null is valid here, and absence is not. */
const BAD_HOST_OR_NULL: unknown[] = [42, false, [], {}, ['example.test'], 'h'.repeat(301), HUGE, undefined];
const BAD_TYPE: unknown[] = [
  'Refresh', 'refresh ', ' refresh', 'REFRESH', 'fill', 'otp_field', 'otp-Field', 'unknown', '', '__proto__', 'constructor',
  'toString', 'hasOwnProperty', 'valueOf', null, 0, 1, true, [], ['refresh'], { toString: 'refresh' }, NaN, HUGE,
  '<img src=x onerror=1>', 'close\u0000', 'rent\n',
];

type FieldKind = 'int' | 'days' | 'bool' | 'str64' | 'str512' | 'str2048' | 'hostOrNull';
const BAD_BY_KIND: Record<FieldKind, unknown[]> = {
  int: BAD_POSITIVE_INT,
  days: BAD_DAYS,
  bool: BAD_BOOLEAN,
  str64: BAD_STRING_64,
  str512: BAD_STRING_512,
  str2048: BAD_STRING_2048,
  hostOrNull: BAD_HOST_OR_NULL,
};

/** One valid example of every message the background accepts, with the kind of each field. */
const TEMPLATES: { valid: Record<string, unknown>; fields: Record<string, FieldKind> }[] = [
  { valid: { type: 'refresh' }, fields: {} },
  { valid: { type: 'tariffs' }, fields: {} },
  { valid: { type: 'rent', country: 7, days: 30, autoRenew: false }, fields: { country: 'int', days: 'days', autoRenew: 'bool' } },
  { valid: { type: 'extend', tzid: 1001, days: 7 }, fields: { tzid: 'int', days: 'days' } },
  { valid: { type: 'close', tzid: 1001 }, fields: { tzid: 'int' } },
  { valid: { type: 'port-reload', tzid: 1001 }, fields: { tzid: 'int' } },
  { valid: { type: 'save-settings', apiKey: 'k3y', apiAddress: 'https://example.test', confirmedHost: 'example.test' }, fields: { apiKey: 'str512', apiAddress: 'str2048', confirmedHost: 'hostOrNull' } },
  { valid: { type: 'fill-code', tzid: 1001, messageId: 'm-1' }, fields: { tzid: 'int', messageId: 'str64' } },
  { valid: { type: 'otp-field', present: true, doc: 'a1b2c3d4e5f6', focused: false, checked: true }, fields: { present: 'bool', focused: 'bool', checked: 'bool' } },
];

/** Junk that has nothing to do with any message: the shapes a confused or hostile sender produces. */
function junk(random: () => number, depth = 0): unknown {
  const pick = <T>(list: T[]): T => list[Math.floor(random() * list.length)]!;
  const roll = random();
  if (roll < 0.35 || depth > 3) {
    return pick<unknown>([null, undefined, 0, -1, NaN, Infinity, -Infinity, true, false, '', HUGE, '<script>x</script>', 7n, 'refresh', 'otp-field']);
  }
  if (roll < 0.55) return Array.from({ length: Math.floor(random() * 4) }, () => junk(random, depth + 1));
  const object: Record<string, unknown> = {};
  const keys = ['kind', 'cmd', 'tabId', 'frameId', 'present', 'tzid', 'code', 'data', 'payload', 'value'];
  for (let i = Math.floor(random() * 4); i > 0; i--) object[pick(keys)] = junk(random, depth + 1);
  return object;
}

/** Prototype-pollution shapes, built with JSON.parse so `__proto__` is an own key, as it is after the browser's
 * message serialisation (an object literal would set the prototype instead). */
const POLLUTION: unknown[] = [
  '{"__proto__":{"type":"refresh"}}',
  '{"__proto__":{"type":"otp-field","present":true}}',
  '{"constructor":{"prototype":{"type":"refresh"}}}',
  '{"type":"__proto__","present":true}',
  '{"type":"constructor","tzid":1}',
  '{"type":{"__proto__":"refresh"}}',
  '{"type":"close","tzid":{"__proto__":1001}}',
  '{"type":"otp-field","present":{"__proto__":true}}',
  '{"type":"otp-field","__proto__":{"present":true}}',
  '{"type":"close","__proto__":{"tzid":1001}}',
  '{"type":"extend","tzid":1001,"constructor":{"prototype":{"days":7}}}',
].map((json) => JSON.parse(json));

/** Every malformed message, reproducibly: each template with each field broken or missing, then seeded junk. */
function malformedMessages(): unknown[] {
  const messages: unknown[] = [...POLLUTION];
  for (const { valid, fields } of TEMPLATES) {
    for (const badType of BAD_TYPE) messages.push({ ...valid, type: badType });
    const { type: _type, ...withoutType } = valid;
    messages.push(withoutType);
    for (const [field, kind] of Object.entries(fields)) {
      const { [field]: _dropped, ...missing } = valid;
      messages.push(missing);
      for (const bad of BAD_BY_KIND[kind]) messages.push({ ...valid, [field]: bad });
    }
    // the right fields, wrapped the way a careless or hostile sender might
    messages.push([valid], { data: valid }, { payload: valid, type: 'wrapped' }, JSON.stringify(valid), { message: valid });
  }
  const random = prng(0x51f1);
  while (messages.length < 1_200) {
    const template = TEMPLATES[Math.floor(random() * TEMPLATES.length)]!;
    const names = Object.keys(template.fields);
    if (names.length === 0 || random() < 0.3) {
      // a type that names nothing, with random junk beside it
      const base = junk(random);
      const fields = base !== null && typeof base === 'object' && !Array.isArray(base) ? base : { value: base };
      messages.push({ ...fields, type: BAD_TYPE[Math.floor(random() * BAD_TYPE.length)] });
      continue;
    }
    const field = names[Math.floor(random() * names.length)]!;
    const bad = BAD_BY_KIND[template.fields[field]!];
    messages.push({ ...template.valid, [field]: bad[Math.floor(random() * bad.length)], junk: junk(random) });
  }
  for (let i = 0; i < 200; i++) messages.push(junk(random));
  return messages;
}

const tried = { malformed: 0, accepted: 0 };

afterAll(() => {
  console.log(`routing fuzz: ${tried.malformed} malformed messages tried, ${tried.accepted} accepted`);
});

describe('routing fuzz', () => {
  it('accepts no malformed message as a command or a field report, from either context', () => {
    const messages = malformedMessages();
    expect(messages.length).toBeGreaterThanOrEqual(1_000);
    const accepted: { message: unknown; from: string }[] = [];
    for (const message of messages) {
      tried.malformed++;
      for (const [from, sender] of [['popup', popup], ['content script', contentScript]] as const) {
        if (route(message, sender, EXT_ID, ORIGIN).kind !== 'ignored') accepted.push({ message, from });
      }
    }
    tried.accepted = accepted.length;
    expect(accepted.slice(0, 3)).toEqual([]);
  });

  it('leaves Object.prototype untouched after the pollution shapes', () => {
    for (const message of POLLUTION) route(message, popup, EXT_ID, ORIGIN);
    const probe: Record<string, unknown> = {};
    expect(probe.type).toBeUndefined();
    expect(probe.present).toBeUndefined();
    expect(probe.tzid).toBeUndefined();
  });

  it('refuses a well-formed command carrying fields it does not know, __proto__ included', () => {
    expect(route(JSON.parse('{"type":"close","tzid":1001,"__proto__":{"isAdmin":true}}'), popup, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
    expect(route({ type: 'close', tzid: 1001, extra: '<b>x</b>' }, popup, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
    const routed = route({ type: 'close', tzid: 1001 }, popup, EXT_ID, ORIGIN);
    expect(routed).toEqual({ kind: 'command', command: { type: 'close', tzid: 1001 } });
    if (routed.kind !== 'command') throw new Error('unreachable');
    expect(Object.getPrototypeOf(routed.command)).toBe(Object.prototype);
  });
});

describe('routing: well-formed messages from the wrong sender', () => {
  const commands: Command[] = TEMPLATES.filter((t) => t.valid.type !== 'otp-field').map((t) => commandSchema.parse(t.valid));
  const report = { type: 'otp-field', present: true, doc: 'a1b2c3d4e5f6', focused: false, checked: true } as const;

  it('accepts every command from our own popup (the control for the cases below)', () => {
    for (const command of commands) expect(route(command, popup, EXT_ID, ORIGIN)).toEqual({ kind: 'command', command });
    // Chrome opens the options page in a tab: a tab does not make our own page a content script.
    const optionsInTab: Sender = { id: EXT_ID, url: `${ORIGIN}/options.html`, tab: { id: 12 }, frameId: 0 };
    for (const command of commands) expect(route(command, optionsInTab, EXT_ID, ORIGIN)).toEqual({ kind: 'command', command });
    expect(route(report, contentScript, EXT_ID, ORIGIN)).toEqual({ kind: 'field', tabId: 7, frameId: 3, frameUrl: contentScript.url, report });
  });

  const wrongForCommands: [string, Sender][] = [
    ['another extension', { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: 'chrome-extension://zyxwvutsrqponmlkzyxwvutsrqponmlk/popup.html' }],
    ['another extension claiming our page URL', { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: `${ORIGIN}/popup.html` }],
    ['a sender without an id', { url: `${ORIGIN}/popup.html` }],
    ['our content script in a page', contentScript],
    ['our id with a web page URL', { id: EXT_ID, url: 'https://evil.example/popup.html' }],
    ['our id with a look-alike origin', { id: EXT_ID, url: `https://${EXT_ID}.evil.example/popup.html` }],
    ['our id with a look-alike scheme', { id: EXT_ID, url: `moz-extension://${EXT_ID}/popup.html` }],
    ['our id with no URL', { id: EXT_ID }],
    ['our id with an unparsable URL', { id: EXT_ID, url: 'not a url' }],
    ['a content script in an about:blank frame', { id: EXT_ID, url: 'about:blank', tab: { id: 7 }, frameId: 9 }],
  ];
  for (const [name, sender] of wrongForCommands) {
    it(`ignores every command from ${name}`, () => {
      for (const command of commands) expect(route(command, sender, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
    });
  }

  const wrongForReports: [string, Sender][] = [
    ['another extension', { id: 'zyxwvutsrqponmlkzyxwvutsrqponmlk', url: 'https://shop.example/', tab: { id: 7 }, frameId: 0 }],
    ['a sender without a tab', { id: EXT_ID, url: 'https://shop.example/', frameId: 0 }],
    ['a sender whose tab has no id', { id: EXT_ID, url: 'https://shop.example/', tab: {}, frameId: 0 }],
    ['a sender without a frame', { id: EXT_ID, url: 'https://shop.example/', tab: { id: 7 } }],
    ['our popup (it has no tab to speak for)', popup],
  ];
  for (const [name, sender] of wrongForReports) {
    it(`ignores a field report from ${name}`, () => {
      expect(route(report, sender, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
      expect(route({ ...report, present: false }, sender, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
    });
  }

  it('takes tab and frame from the sender, never from the payload', () => {
    // A payload naming a tab is not even well-formed (strict schemas): it speaks for nobody.
    const forged = { ...report, tabId: 99, frameId: 42, tab: { id: 99 }, sender: { tab: { id: 99 } } };
    expect(route(forged, contentScript, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
    expect(route(report, contentScript, EXT_ID, ORIGIN)).toEqual({ kind: 'field', tabId: 7, frameId: 3, frameUrl: contentScript.url, report });
    // with no tab of its own, a payload naming one speaks for nobody
    expect(route(forged, { id: EXT_ID, url: 'https://shop.example/', frameId: 0 }, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
    expect(route(forged, popup, EXT_ID, ORIGIN)).toEqual({ kind: 'ignored' });
  });
});

describe('fill request fuzz', () => {
  // What the content script accepts as a code to type: 3–12 ASCII letters and digits (lib/otp/code.ts), nothing else.
  const badCodes = [
    '', 'ab', '12', '1234567890123', 'A1B2C3D4E5F6G', '123456789012345', '12 34', ' 1234', '1234 ', '1234\n', '12\t34', '12-34', '12.34',
    '<img src=x onerror=1>', '<b>1234</b>', '1234<', '"1234"', "12'34", '１２３４', '١٢٣٤٥٦', '123\u0000', '12\u200b34',
    'javascript:1', HUGE, ...XSS_PAYLOADS,
  ];
  const badValues: unknown[] = [...badCodes, 123456, null, undefined, true, ['123456'], { code: '123456' }, NaN];

  it('rejects a fill whose code is not a short alphanumeric code', () => {
    const accepted = badValues.filter((code) => (parseFillRequest({ type: 'fill', code, site: null, focusedOnly: false, doc: null, notice: 'Filled' }) !== null));
    expect(accepted).toEqual([]);
    expect(badValues.length).toBeGreaterThan(150);
  });

  it('rejects a fill with a broken type or flag, and accepts the well-formed one', () => {
    expect((parseFillRequest({ type: 'fill', code: 'G48291', site: 'example.com', focusedOnly: true, doc: null, notice: 'Filled' }) !== null)).toBe(true);
    for (const type of BAD_TYPE.filter((t) => t !== 'fill')) expect((parseFillRequest({ type, code: '123456', site: null, focusedOnly: false, doc: null, notice: 'Filled' }) !== null)).toBe(false);
    for (const focusedOnly of [...BAD_BOOLEAN, undefined]) {
      expect((parseFillRequest({ type: 'fill', code: '123456', site: null, focusedOnly, doc: null, notice: 'Filled' }) !== null)).toBe(false);
    }
    // The notice is shown as text; anything but a short string (or no notice at all) refuses the request.
    for (const notice of [undefined, null, 42, ['Filled'], 'x'.repeat(201)]) {
      expect((parseFillRequest({ type: 'fill', code: '123456', site: null, focusedOnly: false, doc: null, notice }) !== null)).toBe(false);
    }
  });

  it("takes a frame's refusal only when it is one of the known reasons (the popup says each in words)", () => {
    // Any frame answers, including one a hostile page controls: its words never reach the popup.
    for (const reason of [...XSS_PAYLOADS, 'not filled', 'toString', '__proto__', 'NOT-VISIBLE', '', 42, null]) {
      expect(parseFillReply({ ok: false, reason })).toBeNull();
    }
    for (const reason of ['not-visible', 'user-typed', 'other-site', 'busy'] as const) expect(parseFillReply({ ok: false, reason })).toEqual({ ok: false, reason });
    expect(parseFillReply({ ok: false, reason: 'not-visible', extra: 1 })).toBeNull();
  });
});
