// "A code" and "the latest code" (lib/otp/code.ts), and the one case where the definitions had drifted
// apart: an origin-bound code of 11 or 12 characters was extracted and offered with a Fill button, and
// then refused by the fill protocol. It is filled now, from the SMS to the request the content script
// accepts (the e2e page p10-origin-bound-12 types it into a real browser's field).
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { asCode, CODE_PATTERN, latestCode, newestWithCode } from '../../lib/otp/code.ts';
import { uniqueByArrival } from '../../lib/onlinesim/message-order.ts';
import { extractCode } from '../../lib/otp/extract.ts';
import { createEngine, type Engine } from '../../lib/background/engine.ts';
import { parseFillRequest, type FillRequest } from '../../lib/fill-protocol.ts';
import type { OnlineSimClient } from '../../lib/onlinesim/client.ts';
import type { Rental } from '../../lib/onlinesim/types.ts';
import { shown, testEngineDeps } from './support/engine.ts';
import { listed, message, rental, storedMessage, T0 } from './support/rentals.ts';

describe('the shape of a code', () => {
  it('is 3 to 12 ASCII letters and digits, and nothing else', () => {
    for (const good of ['123', '482913', 'G7K2P9', '12345678901', 'A1B2C3D4E5F6', 'abcdef']) expect(asCode(good)).toBe(good);
    for (const bad of ['', '12', '1234567890123', '12 34', '12-34', '１２３４', '١٢٣٤', '1234\n', null, undefined]) expect(asCode(bad)).toBeNull();
    expect(CODE_PATTERN.test('A1B2C3D4E5F6G')).toBe(false);
  });

  it('is what the extractor returns for an origin-bound line, up to 12 characters', () => {
    expect(extractCode('@bank.example #A1B2C3D4E5F6')).toMatchObject({ code: 'A1B2C3D4E5F6', origin: 'bank.example' });
    expect(extractCode('Your code\n\n@bank.example #12345678901')).toMatchObject({ code: '12345678901', origin: 'bank.example' });
    // Longer than a code: not an origin-bound line at all, and nothing of it is offered as the code.
    expect(extractCode('@bank.example #A1B2C3D4E5F6G').code).toBeNull();
  });
});

describe('the latest code', () => {
  it('is the message that arrived last by the provider’s time, whatever order it was listed in', () => {
    const messages = [storedMessage({ id: 'b', code: '222222', receivedAt: T0 + 60_000 }), storedMessage({ id: 'a', code: '111111', receivedAt: T0 })];
    expect(latestCode(messages)).toEqual({ message: messages[0], code: '222222' });
  });

  it('skips messages without a code, or whose code is not one, and those the caller rules out', () => {
    const messages = [
      storedMessage({ id: 'a', code: '111111', receivedAt: T0 }),
      storedMessage({ id: 'b', code: null, candidates: ['333333'], receivedAt: T0 + 1 }),
      storedMessage({ id: 'c', code: 'not a code', receivedAt: T0 + 2 }),
      storedMessage({ id: 'd', code: '444444', receivedAt: T0 + 3, filledInto: { host: 'a.example', at: T0 } }),
    ];
    expect(latestCode(messages)?.message.id).toBe('d');
    expect(latestCode(messages, (m) => !m.filledInto)?.message.id).toBe('a');
    expect(latestCode([])).toBeUndefined();
  });

  it('of two in the same second, is the one stored later (stored messages are in order of arrival)', () => {
    const messages = [storedMessage({ id: '7', code: '777777' }), storedMessage({ id: '8', code: '888888' })];
    expect(latestCode(messages)?.code).toBe('888888');
  });

  it("is the message the card shows first, unless a newer one holds only candidates (the card shows those, nothing is filled)", () => {
    const same = [storedMessage({ id: '7', code: '777777' }), storedMessage({ id: '8', code: '888888' })];
    expect(newestWithCode(same)?.id).toBe(latestCode(same)?.message.id);
    const unsure = [...same, storedMessage({ id: '9', code: null, candidates: ['1234', '5678'], receivedAt: T0 + 1 })];
    expect(newestWithCode(unsure)?.id).toBe('9');
    expect(latestCode(unsure)?.message.id).toBe('8');
  });
});

describe('the one de-duplication of messages', () => {
  it('keeps the first of each id (what was stored) and puts them in arrival order, ids breaking ties', () => {
    const stored = storedMessage({ id: '10', receivedAt: T0, unread: false, filledInto: { host: 'a.example', at: T0 } });
    const listedAgain = storedMessage({ id: '10', receivedAt: T0, unread: true, filledInto: null });
    const merged = uniqueByArrival([storedMessage({ id: '9', receivedAt: T0 }), storedMessage({ id: '11', receivedAt: T0 - 1 }), stored, listedAgain]);
    expect(merged.map((m) => m.id)).toEqual(['11', '9', '10']);
    expect(merged[2]).toBe(stored);
  });
});

describe('an 11- or 12-character origin-bound code is filled', () => {
  const engines: Engine[] = [];
  beforeEach(() => fakeBrowser.reset());
  afterEach(async () => {
    await Promise.all(engines.splice(0).map((e) => e.settled()));
  });

  function setup() {
    let answer: Rental[] = [rental(1)];
    const client = { getRentState: async () => ({ ok: true, value: listed(answer) }) } as unknown as OnlineSimClient;
    const sendFill = vi.fn(async (_tab: number, _frame: number, request: FillRequest) => ({ ok: true as const, host: `www.${request.site}` }));
    const { deps } = testEngineDeps(client, T0, { extract: extractCode, activeTab: async () => 5, sendFill });
    const engine = createEngine(deps);
    engines.push(engine);
    return { engine, sendFill, deliver: (text: string) => void (answer = [rental(1, [message(7, text, T0)])]) };
  }

  for (const code of ['12345678901', 'A1B2C3D4E5F6']) {
    it(`${code.length} characters: the background sends it and the content script's check accepts the request`, async () => {
      const { engine, sendFill, deliver } = setup();
      await engine.poll(true);
      await engine.fieldReported(5, 0, 'https://www.bank.example/verify', shown());
      deliver(`Your bank code.\n\n@bank.example #${code}`);
      await engine.poll(true);
      expect(sendFill).toHaveBeenCalledTimes(1);
      const request = sendFill.mock.calls[0]![2];
      expect(request).toMatchObject({ type: 'fill', code, site: 'bank.example' });
      // What the content script does first with every message: the same request comes out, not null.
      expect(parseFillRequest(JSON.parse(JSON.stringify(request)))).toEqual(request);
    });
  }
});
