// The learned ranker over the extractor's candidates (docs/code-extraction.md, "Learned ranker"): a
// logistic regression that reads what the hand rules know about each candidate (its score, its binding
// to the keywords, its shape and place, the message's gates) and says how likely it is the code to type.
// Pure and small: the weights are a committed module written by scripts/train-ranker.ts.
import { isGated, type Analysis, type ScoredCandidate } from './extract-analysis.ts';

export interface RankerModel {
  /** Names of the dense features, in order; the training script checks them against FEATURE_NAMES. */
  features: readonly string[];
  dense: readonly number[];
  bias: number;
  /** Hashed character n-grams around the candidate; empty when the model has none. */
  ngramBuckets: number;
  ngrams: readonly number[];
  /** The best candidate is returned only at or above this probability. */
  threshold: number;
}

/** The hand rules' view of the message: the best eligible score per value, best first. */
function handRanking(a: Analysis): Map<string, number> {
  const best = new Map<string, number>();
  for (const c of a.candidates) if (c.eligible && (best.get(c.value) ?? -1) < c.score) best.set(c.value, c.score);
  return new Map([...best].sort((x, y) => y[1] - x[1]));
}

export const FEATURE_NAMES = [
  'hand.score', 'hand.eligible', 'hand.accept', 'hand.best', 'hand.margin', 'hand.decides',
  'bind.before', 'bind.after', 'bind.tightBefore', 'bind.tightAfter', 'bind.labelled',
  'kind.digits', 'kind.split', 'kind.prefixed', 'kind.alnum', 'kind.letters', 'kind.spaced',
  'len.3', 'len.4', 'len.5', 'len.6', 'len.7', 'len.8', 'len.9+',
  'shape.upper', 'shape.lower', 'shape.mixed',
  'place.alone', 'place.opensSentence', 'place.firstLine', 'place.lastLine', 'place.relative', 'place.repeated',
  'cand.whole', 'cand.sole', 'cand.sendBack',
  'gate.partial', 'gate.notWeb', 'gate.callCentre', 'gate.cardDetails', 'gate.prize', 'gate.readOut',
  'gate.balance', 'gate.promotion', 'gate.any', 'msg.otpSpeech', 'msg.retriever', 'msg.strongKeyword',
  'msg.numbers1', 'msg.numbers2', 'msg.numbers3+', 'msg.keywords0', 'msg.keywords1-2', 'msg.keywords3+',
  'msg.short', 'msg.medium', 'msg.long',
  'x.score*gate', 'x.score*otpSpeech', 'x.decides*gate',
] as const;

const STRONG_KEYWORD = 1;

/** The dense features of one candidate; `hand` is handRanking(a). */
function denseFeatures(a: Analysis, c: ScoredCandidate, hand: Map<string, number>): number[] {
  const b = c.binding;
  const values = [...hand.keys()];
  const isBest = values[0] === c.value;
  const others = [...hand].filter(([v]) => v !== c.value).map(([, s]) => s);
  const margin = c.eligible ? c.score - Math.max(0, ...others) : -1;
  const g = a.gates;
  const anyGate = isGated(g);
  const decides = isBest && c.eligible && c.score >= 0.5 && margin >= 0.12 && !anyGate;
  const len = c.value.length;
  const lineStart = a.body.lastIndexOf('\n', c.start - 1) + 1;
  const lastLine = !a.body.slice(c.end).trim().includes('\n');
  const repeated = a.candidates.filter((o) => o.value === c.value).length > 1;
  const n = a.numbers.length;
  const k = a.keywords.length;
  const f = (x: boolean) => (x ? 1 : 0);
  return [
    c.score, f(c.eligible), f(c.score >= 0.5), f(isBest && c.eligible), Math.max(-1, Math.min(1, margin)), f(decides),
    b.before, b.after, b.tightBefore, b.tightAfter, f(b.labelled),
    ...(['digits', 'split', 'prefixed', 'alnum', 'letters', 'spaced'] as const).map((kind) => f(c.kind === kind)),
    f(len <= 3), f(len === 4), f(len === 5), f(len === 6), f(len === 7), f(len === 8), f(len >= 9),
    f(/[A-Z]/.test(c.value)), f(/[a-z]/.test(c.value)), f(/[0-9]/.test(c.value) && /[A-Za-z]/.test(c.value)),
    f(c.alone), f(c.opensSentence), f(lineStart === 0), f(lastLine), c.start / Math.max(1, a.body.length), f(repeated),
    f(c.whole), f(a.sole && c.kind === 'digits'), f(c.sendBack),
    f(g.partial), f(g.notWeb), f(g.callCentre), f(g.cardDetails), f(g.prize), f(g.readOut),
    f(g.balance), f(g.promotion), f(anyGate), f(g.otpSpeech), f(a.retriever), f(a.keywords.some((h) => h.weight >= STRONG_KEYWORD)),
    f(n === 1), f(n === 2), f(n >= 3), f(k === 0), f(k >= 1 && k <= 2), f(k >= 3),
    f(a.body.length < 80), f(a.body.length >= 80 && a.body.length < 200), f(a.body.length >= 200),
    c.score * f(anyGate), c.score * f(g.otpSpeech), f(decides && anyGate),
  ];
}

const NGRAM_CONTEXT = 12;

/** Character trigrams of the few characters on each side of the candidate, digits folded to "0" and
 * letters lower-cased, hashed into `buckets` (FNV-1a); before and after hash apart. */
function ngramIndexes(a: Analysis, c: ScoredCandidate, buckets: number): number[] {
  if (buckets === 0) return [];
  const fold = (s: string) => s.toLowerCase().replace(/[0-9]/g, '0').replace(/\s+/g, ' ');
  const sides = [`<${fold(a.body.slice(Math.max(0, c.start - NGRAM_CONTEXT), c.start))}#`, `#${fold(a.body.slice(c.end, c.end + NGRAM_CONTEXT))}>`];
  const out = new Set<number>();
  sides.forEach((side, s) => {
    const chars = [...side];
    for (let i = 0; i + 3 <= chars.length; i++) {
      let h = 0x811c9dc5 ^ s;
      for (const ch of chars.slice(i, i + 3).join('')) h = Math.imul(h ^ (ch.codePointAt(0) ?? 0), 0x01000193);
      out.add((h >>> 0) % buckets);
    }
  });
  return [...out];
}

export interface CandidateRow {
  value: string;
  dense: number[];
  ngrams: number[];
}

/** Every candidate of a message as the ranker reads it. */
export function candidateRows(a: Analysis, ngramBuckets: number): CandidateRow[] {
  const hand = handRanking(a);
  return a.candidates.map((c) => ({ value: c.value, dense: denseFeatures(a, c, hand), ngrams: ngramIndexes(a, c, ngramBuckets) }));
}

export function probability(model: RankerModel, row: CandidateRow): number {
  let z = model.bias;
  for (let i = 0; i < row.dense.length; i++) z += (model.dense[i] ?? 0) * (row.dense[i] ?? 0);
  for (const j of row.ngrams) z += model.ngrams[j] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

export interface RankedValue {
  value: string;
  p: number;
}

/** Each value's probability (its best occurrence), best first. */
export function rankValues(model: RankerModel, a: Analysis): RankedValue[] {
  const best = new Map<string, number>();
  for (const row of candidateRows(a, model.ngramBuckets)) {
    const p = probability(model, row);
    if ((best.get(row.value) ?? -1) < p) best.set(row.value, p);
  }
  return [...best].map(([value, p]) => ({ value, p })).sort((x, y) => y.p - x.p);
}
