// The learned ranker's training (scripts/train-ranker.ts), what its features let it learn, and its
// veto in extractCode. Most tests train on the team's own sets only (dev set and written kinds):
// well under a second; the committed weights are checked against training on every file (~2 s).
import { describe, expect, it } from 'vitest';
import { analyseMessage, decideByRules, extractCode } from '../../lib/otp/extract.ts';
import {
  candidateFeatures, FEATURE_NAMES, probability, type RankerModel,
} from '../../lib/otp/ranker.ts';
import { RANKER } from '../../lib/otp/ranker-weights.ts';
import { CORPUS_PARTS, loadFile, train, trainingSet } from '../../scripts/train-ranker.ts';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const teamSets = () =>
  ['sms-dev.jsonl', 'sms-written-kinds.jsonl'].flatMap((f) => loadFile(f, new URL(f, FIXTURES)));

/** The probability of `value` in `text`: its likeliest occurrence's (it must be a candidate). */
function p(model: RankerModel, text: string, value: string): number {
  const a = analyseMessage(text);
  const ps = a.candidates
    .filter((c) => c.value === value)
    .map((c) => probability(model, candidateFeatures(a, c)));
  if (ps.length === 0) throw new Error(`${value} is no candidate of ${text}`);
  return Math.max(...ps);
}

describe('learned ranker', () => {
  const model = train(teamSets());

  it('trains the same model twice: no randomness, no order left to chance', () => {
    const again = train(teamSets());
    expect(again).toEqual(model);
    expect(model.weights).toHaveLength(FEATURE_NAMES.length);
  });

  it('never trains on a part kept blind for the lead (16, 18, 19, 23 and later; 17, 20, 21, 22 are tuned)', () => {
    const numbered = CORPUS_PARTS.map((part) => Number(/^heldout-(\d+)$/.exec(part)?.[1] ?? 0));
    expect(numbered.filter((n) => n >= 16).sort((a, b) => a - b)).toEqual([17, 20, 21, 22]);
  });

  it('finds a labelled code likely, also after a numbered and dated label', () => {
    const login = 'Your verification code is 482913. It expires in 10 minutes.';
    expect(p(model, login, '482913')).toBeGreaterThanOrEqual(model.threshold);
    const polish = 'Kod SMS nr 3 z dn. 12.03.2024: 551902';
    expect(p(model, polish, '551902')).toBeGreaterThanOrEqual(model.threshold);
  });

  it('finds a code less likely in a prize notice or a promotion than in a login message', () => {
    const login = p(model, 'Enter code 5521 to log in to example.com.', '5521');
    const prize = 'Congratulations! You won a prize. Enter code 5521 at example.com to claim it.';
    expect(p(model, prize, '5521')).toBeLessThan(login);
    const promotion = 'Get 20% off all shoes! Code 5521 at checkout on example.com.';
    expect(p(model, promotion, '5521')).toBeLessThan(login);
  });

  it('finds a number to text back unlikely', () => {
    const offer = 'Text STOP to 85069 to unsubscribe. Your code 5521.';
    expect(p(model, offer, '85069')).toBeLessThan(model.threshold);
  });
});

describe('the ranker’s veto in extractCode (lib/otp/ranker-weights.ts)', () => {
  it('uses the weights training gives now (else: npm run train:ranker)', () => {
    expect(RANKER).toEqual(train(trainingSet()));
  });

  it('offers a code the ranker finds unlikely as a chip and fills nothing', () => {
    // A gift card's code in a long shop notice: the hand rules alone would type it into the page.
    const giftCard = 'Thanks for shopping with us! Your gift card code is G7KD2QXA and it can be '
      + 'used in any of our stores until 31/12. Keep this message, it cannot be resent.';
    expect(decideByRules(analyseMessage(giftCard)).code).toBe('G7KD2QXA');
    const got = extractCode(giftCard);
    expect(got.code).toBeNull();
    expect(got.candidates[0]).toBe('G7KD2QXA');
  });

  it('keeps a code the ranker finds only somewhat unlikely (session 20: the cut is 0.85 of the threshold)', () => {
    // A lower-case login code only a code word labels, in a message of 80 characters or more: the
    // veto at the full threshold dropped it to a chip; no wrong code it dropped was this likely.
    // (Its warning, "Nunca lo compartas", is read since the twenty-first round and lifts it over the
    // threshold; this form has none.)
    const login = 'Tu código de acceso es: k7m2xq. Caduca en 10 minutos. Úsalo solo en la app '
      + 'oficial. -Cabify';
    expect(p(RANKER, login, 'k7m2xq')).toBeLessThan(RANKER.threshold);
    expect(extractCode(login).code).toBe('k7m2xq');
  });

  it('still drops a number to text in a bank warning that the hand rules read as a code', () => {
    const warning = 'Dear Customer, never share your banking password, username or PIN with anyone '
      + 'by phone or email. For enquiries call 0800123456 or SMS 40522';
    expect(decideByRules(analyseMessage(warning)).code).toBe('40522');
    const got = extractCode(warning);
    expect(got.code).toBeNull();
    expect(got.candidates[0]).toBe('40522');
  });

  it('leaves a short message and a code an OTP word labels to the hand rules', () => {
    const short = 'Steam Guard code: FKQPX';
    const labelled = 'Acme Bank: payment of 25.00 EUR to Example Shop, card ***1234. One-time '
      + 'password: KQWPRTZX. Valid 5 minutes, do not share it with anyone.';
    // Both are below the threshold: only the exemption keeps them.
    expect(p(RANKER, short, 'FKQPX')).toBeLessThan(RANKER.threshold);
    expect(p(RANKER, labelled, 'KQWPRTZX')).toBeLessThan(RANKER.threshold);
    expect(extractCode(short).code).toBe('FKQPX');
    expect(extractCode(labelled).code).toBe('KQWPRTZX');
  });

  it('leaves a code an OTP word announces with a copula in its sentence to the hand rules', () => {
    // Fourteenth round: the mirror of an OTP word right after the code.
    const announced = 'Your OTP for adding payee A/c XX4521 with limit Rs 25,000 is 551902. Req no '
      + '0031, 01-12-2026 09:15. -ICICI Bank';
    expect(p(RANKER, announced, '551902')).toBeLessThan(RANKER.threshold);
    expect(extractCode(announced).code).toBe('551902');
    // A contract number the hand rules take before the copula is not announced: still vetoed.
    // (Since the sixteenth round an account number, "tài khoản 0012345", is set aside by the rules.)
    const account = 'Kính gửi Quý khách, mã OTP cho giao dịch chuyển khoản 5.000.000 VND theo hợp '
      + 'đồng 0012345 ngày 01/12/2026 là 551902. Hotline 1900 1234.';
    expect(decideByRules(analyseMessage(account)).code).toBe('0012345');
    expect(extractCode(account).code).toBeNull();
  });

  it('never overrides a code bound to its site', () => {
    const bound = 'Thanks for shopping with us! Your gift card code is G7KD2QXA and it can be '
      + 'used in any of our stores until 31/12.\n\n@shop.example #G7KD2QXA';
    expect(extractCode(bound)).toMatchObject({ code: 'G7KD2QXA', origin: 'shop.example' });
  });
});
