// The extractor on published SMS nobody on the team wrote (test/fixtures/sms-corpus, README there).
// Since the sixth round every part here has been studied and tuned on (docs/code-extraction.md), part 7
// since the seventh, part 8 since the eighth, parts 9 and 10 since the ninth, parts 11 and 12 since the
// tenth, parts 13 and 14 since the eleventh; a part nobody has read is measured once by the lead and
// is not added here. The floors are the figures measured when the rules were last changed, so a
// change that loses ground on any part fails here.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluate, parseJsonl, type Labelled } from '../../scripts/eval-codes.ts';

function load(part: string): Labelled[] {
  const parsed = parseJsonl(readFileSync(fileURLToPath(new URL(`../fixtures/sms-corpus/${part}.jsonl`, import.meta.url)), 'utf8'));
  if (!parsed.ok) throw new Error(parsed.error);
  return parsed.value;
}

function judge(rows: Labelled[]) {
  const misses: string[] = [];
  const summary = evaluate(rows, (row, got, ok) => {
    if (!ok) misses.push(`expected ${row.code} got ${got}: ${row.text.slice(0, 120)}`);
  });
  return { ...summary, fpRate: summary.falsePositives / summary.negatives, report: misses.join('\n') };
}

describe('SMS corpus', () => {
  it('tuning part: >= 99.5 % exact, no negative gets a code', () => {
    const r = judge(load('tuning'));
    expect(r.total).toBeGreaterThanOrEqual(300);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.995);
    expect(r.falsePositives, r.report).toBe(0);
  });

  it('tuning part 2 (bank-parser tests, Indonesian spam): >= 99.5 % exact, no negative gets a code', () => {
    const r = judge(load('tuning-2'));
    expect(r.total).toBeGreaterThanOrEqual(260);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.995);
    expect(r.falsePositives, r.report).toBe(0);
  });

  it('tuning part 3 (fourth round: Chinese tests and threads, templates, bank notices): every message right', () => {
    const r = judge(load('tuning-3'));
    expect(r.total).toBeGreaterThanOrEqual(35);
    expect(r.accuracy, r.report).toBe(1);
  });

  // The learned ranker's veto (docs/code-extraction.md, "Wired in") costs this part four codes the
  // hand rules read (was 98.5 %): "M-kod=QF79" and "3D-Secure kod= a21p" in long payment notices,
  // a code at the end of a long warning ("Не сообщайте его никому: 24808"), "use PRH-929890".
  it('held-out part (round 6 on): >= 97.5 % exact, <= 0.6 % of negatives get a code', () => {
    const r = judge(load('heldout'));
    expect(r.total).toBeGreaterThanOrEqual(250);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.975);
    expect(r.fpRate, r.report).toBeLessThanOrEqual(0.006);
  });

  it('held-out part 2 (studied since round 6): >= 99.5 % exact, no negative gets a code', () => {
    const r = judge(load('heldout-2'));
    expect(r.total).toBeGreaterThanOrEqual(150);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.995);
    expect(r.falsePositives, r.report).toBe(0);
  });

  it('held-out part 3 (studied since round 6): >= 99.5 % exact, no negative gets a code', () => {
    const r = judge(load('heldout-3'));
    expect(r.total).toBeGreaterThanOrEqual(130);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.995);
    expect(r.falsePositives, r.report).toBe(0);
  });

  it('held-out part 4 (studied since round 6): >= 99.3 % exact, no negative gets a code', () => {
    const r = judge(load('heldout-4'));
    expect(r.total).toBeGreaterThanOrEqual(120);
    expect(r.negatives).toBeGreaterThanOrEqual(40);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.993);
    expect(r.falsePositives, r.report).toBe(0);
  });

  it('held-out part 5 (studied since round 6): >= 99.2 % exact, no negative gets a code', () => {
    const r = judge(load('heldout-5'));
    expect(r.total).toBeGreaterThanOrEqual(120);
    expect(r.negatives / r.total).toBeGreaterThanOrEqual(0.25);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.992);
    expect(r.falsePositives, r.report).toBe(0);
  });

  // Parts that were blind once (figure measured then in the name), studied since.
  // Floors: the share of negatives, the exact share and the false positives allowed, as measured when
  // the part was last tuned on. Parts 9 and 10 keep misses nobody could fix by kind (docs/code-extraction.md,
  // "Ninth round"): five bank codes called a "transaction code", a three-digit code, two smishing lures.
  // The ranker's veto costs part 6 one code ("nhap ma X de xac nhan", within the floor) and part 7
  // three (was 99.5 %): two codes after "Introduce el codigo", an Arabic login code; parts 11 and 12
  // one each, once trained on them (was 100 %): a dash-split lower-case bank code, a Persian bank code.
  // Part 13 keeps one miss: a letter code after "Your code is" with no colon, which neither the rules
  // nor the veto reads as a code (docs/code-extraction.md, "Eleventh round").
  // Part 15 keeps three: a receipt's 校验码, a Bopomofo code, a Thai OTP the veto drops
  // (docs/code-extraction.md, "Twelfth round").
  // Parts 17 and 20 are read in full since the sixteenth round (docs/code-extraction.md), parts 21 and
  // 22 since the twenty-second; part 21 keeps one miss: an operator's mail alert whose forwarded
  // English text lost every space ("Yourconfirmationcodeis187964"; "Twenty-second round").
  it.each([
    ['heldout-6', 'blind figure 91.0 %, studied since round 6', 200, 0.25, 0.995, 0],
    ['heldout-7', 'blind figure 95.0 %, studied since round 7', 200, 0.3, 0.985, 0],
    ['heldout-8', 'blind figure 96.5 %, studied since round 8', 200, 0.5, 0.995, 0],
    ['heldout-9', 'blind figure 93.7 %, studied since round 9', 200, 0.5, 0.975, 0],
    ['heldout-10', 'blind figure 83.8 %, studied since round 9', 60, 0.45, 0.97, 1],
    ['heldout-11', 'blind figure 91.7 %, studied since round 10', 110, 0.45, 0.99, 0],
    ['heldout-12', 'blind figure 90.3 %, studied since round 10', 150, 0.65, 0.99, 0],
    ['heldout-13', 'blind figure 93.8 %, studied since round 11', 120, 0.4, 0.99, 0],
    ['heldout-14', 'blind figure 98.3 %, studied since round 11', 115, 0.5, 0.995, 0],
    ['heldout-15', 'blind figure 91.9 %, studied since round 12', 120, 0.55, 0.975, 1],
    ['heldout-17', 'blind figure 96.4 %, studied since round 16', 135, 0.5, 1, 0],
    ['heldout-20', 'blind figure 94.9 %, studied since round 16', 150, 0.55, 1, 0],
    ['heldout-21', 'blind figure 95.2 %, studied since round 22', 120, 0.55, 0.992, 0],
    ['heldout-22', 'blind figure 97.5 %, studied since round 22', 115, 0.7, 1, 0],
  ])('%s (%s)', (part, _, minTotal, negativeShare, minAccuracy, maxFalsePositives) => {
    const r = judge(load(part));
    expect(r.total).toBeGreaterThanOrEqual(minTotal);
    expect(r.negatives / r.total).toBeGreaterThanOrEqual(negativeShare);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(minAccuracy);
    expect(r.falsePositives, r.report).toBeLessThanOrEqual(maxFalsePositives);
  });

  // The blind kinds set (team-written without running the extractor; never trained on), read by
  // kind in the fourteenth round. It keeps two misses: a purchase's "Код:" labelled as a code with no
  // word asking to confirm (the form of the corpus's transfer references), and a code the veto drops
  // (docs/code-extraction.md, "Fourteenth round").
  it('the blind kinds set (blind figure 95.3 %, studied since round 14)', () => {
    const parsed = parseJsonl(readFileSync(fileURLToPath(new URL('../fixtures/sms-kinds-blind.jsonl', import.meta.url)), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const r = judge(parsed.value);
    expect(r.total).toBeGreaterThanOrEqual(270);
    expect(r.negatives / r.total).toBeGreaterThanOrEqual(0.45);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(0.992);
    expect(r.falsePositives, r.report).toBe(0);
  });

  // Blind kinds sets 2 to 6 (team-written without running the extractor; never trained on), read by
  // kind in the fifteenth round. Set 3 keeps two misses: a login code beside a balance and a login code
  // in a reward message, whose forms are those of a scam and of a prize lure (docs/code-extraction.md,
  // "Fifteenth round"). Set 4 (seventeenth round) keeps two misses: confirmation codes in messages
  // worded as a prize draw or a coupon, the form of a lure ("Seventeenth round"). Set 5 (eighteenth
  // round) keeps two misses, both the learned veto's: codes only a code word labels in messages of 80
  // characters or more ("Eighteenth round"; three more are kept since "Veto reviewed (session 20)").
  // Set 6 (nineteenth round) keeps two misses, both vetoed by the ranker: a bank's numbered
  // "Code de sécurité n°2" and a login code after an order's number ("Nineteenth round"). Set 7
  // (twentieth round) keeps three misses, the veto's too: codes the hand rules read ("Twentieth round").
  // Set 8 (twenty-first round) reads every message right ("Twenty-first round").
  // Set 9 (twenty-third round) keeps two misses: a lower-case code the veto drops and a login code in
  // a prize message, the form of a lure ("Twenty-third round").
  // Set 10 (twenty-fifth round) keeps four misses: two login codes in prize messages (the form of a
  // lure) and two numbered bank codes after an operation's number and date, which the veto drops.
  // Set 12 (twenty-fourth round) keeps six misses: three codes the hand rules read and the veto
  // drops, and three OTPs in prize or campaign messages with no warning, the form of a lure
  // ("Twenty-fourth round").
  // Set 13 (twenty-sixth round) keeps four misses: login and confirmation codes in prize messages
  // that only a code word labels, the form of a lure, and a code after an order's number that the
  // veto drops ("Twenty-sixth round").
  // Set 14 (twenty-seventh round) keeps two misses: a code to join a prize draw (the form of a lure)
  // and a purchase's security code beside the card's ending, which the veto drops.
  // Set 15 (twenty-eighth round) keeps no miss, nor does set 18 (thirtieth round).
  // Sets 17 and 20 (thirty-first round) keep no miss.
  // Sets 16 and 11 (twenty-ninth round) keep two and three misses: codes in prize messages (the
  // form of a lure), a payment's code only a bare `Codice:` labels, and a Sberbank transfer code
  // the veto drops.
  it.each([
    ['sms-kinds-blind-2.jsonl', 'blind figure 91.6 %, studied since round 15', 270, 0.42, 1],
    ['sms-kinds-blind-3.jsonl', 'blind figure 89.9 %, studied since round 15', 275, 0.44, 0.992],
    ['sms-kinds-blind-4.jsonl', 'blind figure 91.5 %, studied since round 17', 290, 0.43, 0.993],
    ['sms-kinds-blind-5.jsonl', 'blind figure 88.6 %, studied since round 18', 295, 0.43, 0.993],
    ['sms-kinds-blind-6.jsonl', 'blind figure 91.7 %, studied since round 19', 285, 0.41, 0.993],
    ['sms-kinds-blind-7.jsonl', 'blind figure 87.6 %, studied since round 20', 270, 0.43, 0.989],
    ['sms-kinds-blind-8.jsonl', 'blind figure 91.8 %, studied since round 21', 290, 0.46, 1],
    ['sms-kinds-blind-9.jsonl', 'blind figure 88.4 %, studied since round 23', 280, 0.43, 0.992],
    ['sms-kinds-blind-10.jsonl', 'blind figure 88.1 %, studied since round 25', 275, 0.44, 0.985],
    ['sms-kinds-blind-12.jsonl', 'blind figure 80.9 %, studied since round 24', 230, 0.34, 0.974],
    ['sms-kinds-blind-13.jsonl', 'blind figure 90.7 %, studied since round 26', 265, 0.43, 0.985],
    ['sms-kinds-blind-14.jsonl', 'blind figure 86.6 %, studied since round 27', 283, 0.41, 0.992],
    ['sms-kinds-blind-15.jsonl', 'blind figure 86.8 %, studied since round 28', 295, 0.47, 1],
    ['sms-kinds-blind-16.jsonl', 'blind figure 88.7 %, studied since round 29', 275, 0.48, 0.992],
    ['sms-kinds-blind-11.jsonl', 'blind figure 91.5 %, studied since round 29', 293, 0.44, 0.989],
    ['sms-kinds-blind-18.jsonl', 'blind figure 87.5 %, studied since round 30', 287, 0.45, 1],
    ['sms-kinds-blind-17.jsonl', 'blind figure 88.7 %, studied since round 31', 319, 0.44, 1],
    ['sms-kinds-blind-20.jsonl', 'blind figure 90.0 %, studied since round 31', 299, 0.42, 1],
  ])('%s (%s)', (file, _, minTotal, negativeShare, minAccuracy) => {
    const parsed = parseJsonl(readFileSync(fileURLToPath(new URL(`../fixtures/${file}`, import.meta.url)), 'utf8'));
    if (!parsed.ok) throw new Error(parsed.error);
    const r = judge(parsed.value);
    expect(r.total).toBeGreaterThanOrEqual(minTotal);
    expect(r.negatives / r.total).toBeGreaterThanOrEqual(negativeShare);
    expect(r.accuracy, r.report).toBeGreaterThanOrEqual(minAccuracy);
    expect(r.falsePositives, r.report).toBe(0);
  });

  it('holds at least 600 messages, a quarter of them negatives, in at least 15 languages', () => {
    const parts = ['tuning', 'heldout', 'heldout-2', 'heldout-3'];
    const rows = parts.flatMap(load);
    const langs = new Set(
      parts.flatMap((part) =>
        readFileSync(fileURLToPath(new URL(`../fixtures/sms-corpus/${part}.jsonl`, import.meta.url)), 'utf8')
          .split('\n')
          .filter((l) => l.trim() !== '')
          .map((l) => String((JSON.parse(l) as { lang: unknown }).lang)),
      ),
    );
    expect(rows.length).toBeGreaterThanOrEqual(600);
    expect(rows.filter((r) => r.code === null).length / rows.length).toBeGreaterThanOrEqual(0.25);
    expect(langs.size).toBeGreaterThanOrEqual(15);
  });
});
