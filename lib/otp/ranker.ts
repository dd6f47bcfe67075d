// The learned ranker over the extractor's candidates (docs/code-extraction.md, "Learned ranker"):
// what the extractor knows about each candidate (its binding to the keywords, its shape and place,
// the message's gates as cues), read by a logistic regression that says how likely the candidate is
// the code to type. The features hold the parts of the hand rules' score, never the score or the
// decision: with those the regression copied the rules and added nothing on parts nobody had read.
// scripts/train-ranker.ts trains and measures it and writes ranker-weights.ts; extractCode uses
// it as a veto (`vetoes`): the hand rules' code becomes a chip when the ranker finds it unlikely.
import { isGated, type Analysis, type ScoredCandidate } from './extract-analysis.ts';

export interface RankerModel {
  /** One weight per feature, in the order of FEATURE_NAMES. */
  weights: readonly number[];
  bias: number;
  /** The probability below which the ranker finds a value unlikely. */
  threshold: number;
}

export const FEATURE_NAMES = [
  'bind.before', 'bind.after', 'bind.tightBefore', 'bind.tightAfter', 'bind.labelled',
  'kind.digits', 'kind.split', 'kind.prefixed', 'kind.alnum', 'kind.letters', 'kind.spaced',
  'len.3', 'len.4', 'len.5', 'len.6', 'len.7', 'len.8', 'len.9+',
  'shape.upper', 'shape.lower', 'shape.mixed',
  'place.alone', 'place.opensSentence', 'place.firstLine', 'place.lastLine', 'place.relative',
  'place.repeated',
  'cand.whole', 'cand.sole', 'cand.sendBack',
  'gate.partial', 'gate.notWeb', 'gate.callCentre', 'gate.cardDetails', 'gate.prize',
  'gate.readOut', 'gate.balance', 'gate.promotion', 'gate.any',
  'msg.otpSpeech', 'msg.retriever', 'msg.strongKeyword',
  'msg.numbers1', 'msg.numbers2', 'msg.numbers3+', 'msg.keywords0', 'msg.keywords1-2',
  'msg.keywords3+',
  'msg.short', 'msg.medium', 'msg.long',
] as const;

/** The weight of an OTP or password word (extract-keywords.ts). */
const STRONG_KEYWORD = 1;
/** The weight of a code word: a code it labels tightly is not a copula's value. */
const CODE_KEYWORD = 0.9;
/** A message shorter than this (normalised) is "short", as a feature and for the veto. */
const SHORT_BODY = 80;
/** `binding.after` of an OTP word within a dozen characters after the code ("571004 is the One
 * Time P/W") or of a code word right after it: 0.92 × the word's weight × the gap's score
 * (extract.ts, bind). */
const ANNOUNCED_AFTER = 0.78;
/** `binding.before` that a copula right before the code keeps whatever the gap (extract.ts,
 * gapScore), and the sentence an OTP word announces it in ("OTP for … is 547117"). */
const COPULA_BEFORE = 0.75;
const ANNOUNCING_SENTENCE = 60;
/** The veto's cut, as a share of the trained threshold (which is chosen for the ranker alone). At
 * 0.85 the veto drops every wrong code the full threshold dropped (team sets, leaving one part out,
 * replays of past blind parts) and keeps 10 of the 25 right codes it dropped (p 0.52–0.61)
 * (docs/code-extraction.md, "Veto reviewed (session 20)"). */
const VETO_SHARE = 0.85;
const KINDS = ['digits', 'split', 'prefixed', 'alnum', 'letters', 'spaced'] as const;

/** The features of one candidate, in the order of FEATURE_NAMES. */
export function candidateFeatures(a: Analysis, c: ScoredCandidate): number[] {
  const b = c.binding;
  const g = a.gates;
  const len = c.value.length;
  const lineStart = a.body.lastIndexOf('\n', c.start - 1) + 1;
  const lastLine = !a.body.slice(c.end).trim().includes('\n');
  const repeated = a.candidates.some((o) => o !== c && o.value === c.value);
  const n = a.numbers.length;
  const k = a.keywords.length;
  const f = (x: boolean) => (x ? 1 : 0);
  return [
    b.before, b.after, b.tightBefore, b.tightAfter, f(b.labelled),
    ...KINDS.map((kind) => f(c.kind === kind)),
    f(len <= 3), f(len === 4), f(len === 5), f(len === 6), f(len === 7), f(len === 8), f(len >= 9),
    f(/[A-Z]/.test(c.value)), f(/[a-z]/.test(c.value)),
    f(/[0-9]/.test(c.value) && /[A-Za-z]/.test(c.value)),
    f(c.alone), f(c.opensSentence), f(lineStart === 0), f(lastLine),
    c.start / Math.max(1, a.body.length), f(repeated),
    f(c.whole), f(a.sole && c.kind === 'digits'), f(c.sendBack),
    f(g.partial), f(g.notWeb), f(g.callCentre), f(g.cardDetails), f(g.prize), f(g.readOut),
    f(g.balance), f(g.promotion), f(isGated(g)),
    f(g.otpSpeech), f(a.retriever), f(a.keywords.some((h) => h.weight >= STRONG_KEYWORD)),
    f(n === 1), f(n === 2), f(n >= 3), f(k === 0), f(k >= 1 && k <= 2), f(k >= 3),
    f(a.body.length < SHORT_BODY), f(a.body.length >= SHORT_BODY && a.body.length < 200),
    f(a.body.length >= 200),
  ];
}

/** How likely the candidate with these features is the code to type. */
export function probability(model: RankerModel, features: readonly number[]): number {
  let z = model.bias;
  for (let i = 0; i < features.length; i++) z += (model.weights[i] ?? 0) * (features[i] ?? 0);
  return 1 / (1 + Math.exp(-z));
}

/** Where the hand rules' reading stands whatever the ranker says: a short message (room for one
 * purpose, none for the promotion or notice around a code that the ranker catches; it holds the
 * codes that are the whole message and the short labelled kinds a linear model finds rare), and a
 * code an OTP or password word labels with a colon or announces right after it. Chosen by the
 * replays of past blind parts (docs/code-extraction.md, "Wired in"). */
function isExempt(a: Analysis, c: ScoredCandidate): boolean {
  const b = c.binding;
  return a.body.length < SHORT_BODY || (b.labelled && b.tightBefore >= STRONG_KEYWORD)
    || b.after >= ANNOUNCED_AFTER || announcedByCopula(a, c);
}

/** An OTP or password word earlier in the same sentence and a copula right before the code ("OTP for
 * fund transfer of Rs 10,000 to A/c XX7788 is 547117"): the sentence names the code as its value,
 * the mirror of an OTP word announcing it right after (fourteenth round). */
function announcedByCopula(a: Analysis, c: ScoredCandidate): boolean {
  const b = c.binding;
  if (b.before < COPULA_BEFORE || b.tightBefore >= CODE_KEYWORD) return false;
  return a.keywords.some((k) => k.weight >= STRONG_KEYWORD && k.end <= c.start
    && c.start - k.end <= ANNOUNCING_SENTENCE && !/[.!?\n]/.test(a.body.slice(k.end, c.start)));
}

/** Does the ranker drop the hand rules' code `value`? Only when no occurrence of it is exempt and
 * even its likeliest occurrence is below the veto's cut. */
export function vetoes(model: RankerModel, a: Analysis, value: string): boolean {
  const occurrences = a.candidates.filter((c) => c.value === value);
  if (occurrences.some((c) => isExempt(a, c))) return false;
  const ps = occurrences.map((c) => probability(model, candidateFeatures(a, c)));
  return Math.max(0, ...ps) < model.threshold * VETO_SHARE;
}
