// Trains the learned ranker over the extractor's candidates (lib/otp/ranker.ts) and measures it.
//   node scripts/train-ranker.ts          fits on every file below, writes lib/otp/ranker-weights.ts
//   node scripts/train-ranker.ts --cv     leave-one-part-out over the corpus parts (npm run eval:ranker):
//                                         per part, the ranker trained on all the others against the
//                                         hand rules, both through extractWith
// Deterministic: full-batch gradient descent from zero weights, files in a fixed order, no randomness.
// Only the files listed here are read; parts measured blind by the lead are never among them.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyseMessage, extractWith } from '../lib/otp/extract.ts';
import { candidateRows, FEATURE_NAMES, probability, type CandidateRow, type RankerModel } from '../lib/otp/ranker.ts';
import { parseJsonl, type Labelled } from './eval-codes.ts';

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
/** Written by the team: always trained on, never a fold of their own. */
const ALWAYS_TRAIN = ['sms-dev', 'sms-written-kinds'];
/** Published SMS by source (test/fixtures/sms-corpus/README.md): the folds. */
export const CORPUS_PARTS = [
  'tuning', 'tuning-2', 'tuning-3', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5',
  'heldout-6', 'heldout-7', 'heldout-8', 'heldout-9', 'heldout-10',
];
const WEIGHTS_FILE = new URL('../lib/otp/ranker-weights.ts', import.meta.url);

/** The model's size and fit: hashed n-gram buckets (0 = none), L2 strength, steps, step size. */
export const SETTINGS = { ngramBuckets: 0, l2: 1e-3, steps: 600, rate: 0.1, fpBudget: 0.005 };

interface Message {
  part: string;
  row: Labelled;
  /** Decided by the origin-bound line, never by the ranker: not trained on. */
  origin: boolean;
  candidates: CandidateRow[];
}

function loadPart(part: string): Message[] {
  const path = ALWAYS_TRAIN.includes(part) ? `${part}.jsonl` : `sms-corpus/${part}.jsonl`;
  const parsed = parseJsonl(readFileSync(fileURLToPath(new URL(path, FIXTURES)), 'utf8'));
  if (!parsed.ok) throw new Error(`${part}: ${parsed.error}`);
  return parsed.value.map((row) => {
    const a = analyseMessage(row.text);
    return { part, row, origin: a.originCode !== null, candidates: candidateRows(a, SETTINGS.ngramBuckets) };
  });
}

/** Logistic regression, full batch, Adam, L2 on every weight but the bias. */
export function fit(messages: Message[], settings = SETTINGS): Omit<RankerModel, 'threshold'> {
  const d = FEATURE_NAMES.length;
  const xs: Float64Array[] = [];
  const grams: number[][] = [];
  const ys: number[] = [];
  for (const m of messages) {
    if (m.origin) continue;
    for (const c of m.candidates) {
      xs.push(Float64Array.from(c.dense));
      grams.push(c.ngrams);
      ys.push(c.value === m.row.code ? 1 : 0);
    }
  }
  const n = xs.length;
  const w = new Float64Array(d + settings.ngramBuckets + 1); // dense, n-grams, bias last
  const bias = w.length - 1;
  const mom = new Float64Array(w.length);
  const vel = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  for (let step = 1; step <= settings.steps; step++) {
    grad.fill(0);
    for (let r = 0; r < n; r++) {
      const x = xs[r] as Float64Array;
      const g = grams[r] as number[];
      let z = w[bias] as number;
      for (let i = 0; i < d; i++) z += (w[i] as number) * (x[i] as number);
      for (const j of g) z += w[d + j] as number;
      const err = 1 / (1 + Math.exp(-z)) - (ys[r] as number);
      for (let i = 0; i < d; i++) grad[i] = (grad[i] as number) + err * (x[i] as number);
      for (const j of g) grad[d + j] = (grad[d + j] as number) + err;
      grad[bias] = (grad[bias] as number) + err;
    }
    for (let i = 0; i < w.length; i++) {
      const g = (grad[i] as number) / n + (i === bias ? 0 : settings.l2 * (w[i] as number));
      mom[i] = 0.9 * (mom[i] as number) + 0.1 * g;
      vel[i] = 0.999 * (vel[i] as number) + 0.001 * g * g;
      const mHat = (mom[i] as number) / (1 - 0.9 ** step);
      const vHat = (vel[i] as number) / (1 - 0.999 ** step);
      w[i] = (w[i] as number) - (settings.rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  return {
    features: FEATURE_NAMES,
    dense: [...w.slice(0, d)],
    ngramBuckets: settings.ngramBuckets,
    ngrams: [...w.slice(d, bias)],
    bias: w[bias] as number,
  };
}

interface Score {
  total: number;
  exact: number;
  negatives: number;
  falsePositives: number;
}

function judge(messages: Message[], ranker: RankerModel | null): Score {
  const s: Score = { total: 0, exact: 0, negatives: 0, falsePositives: 0 };
  for (const { row } of messages) {
    const got = extractWith(row.text, row.hint, ranker).code;
    s.total++;
    if (got === row.code) s.exact++;
    if (row.code === null) {
      s.negatives++;
      if (got !== null) s.falsePositives++;
    }
  }
  return s;
}

/** The lowest threshold whose false-positive rate on the training messages stays within the budget:
 * a wrong code is worse than none, so the budget is half the 1 %. */
export function chooseThreshold(messages: Message[], weights: Omit<RankerModel, 'threshold'>, budget = SETTINGS.fpBudget): number {
  const tops = messages.filter((m) => !m.origin).map((m) => {
    let best = { value: '', p: 0 };
    for (const c of m.candidates) {
      const p = probability({ ...weights, threshold: 0 }, c);
      if (p > best.p) best = { value: c.value, p };
    }
    return { ...best, code: m.row.code };
  });
  const negatives = tops.filter((t) => t.code === null).length;
  let chosen = 0.99;
  let bestExact = -1;
  for (let t = 0.99; t >= 0.1; t -= 0.01) {
    const fp = tops.filter((x) => x.code === null && x.p >= t).length;
    if (fp > budget * negatives) continue;
    const exact = tops.filter((x) => (x.p >= t ? x.value === x.code : x.code === null)).length;
    if (exact > bestExact) [bestExact, chosen] = [exact, Math.round(t * 100) / 100];
  }
  return chosen;
}

function train(messages: Message[]): RankerModel {
  const weights = fit(messages);
  return { ...weights, threshold: chooseThreshold(messages, weights) };
}

const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');
const cell = (s: Score) => `${pct(s.exact, s.total)}, ${s.falsePositives} FP (${pct(s.falsePositives, s.negatives)})`;

function crossValidate(all: Message[]): void {
  console.log('| left-out part | messages | negatives | ranker (trained on the rest) | hand rules (tuned on it) | threshold |');
  console.log('|---|---|---|---|---|---|');
  const sum = { ranker: { total: 0, exact: 0, negatives: 0, falsePositives: 0 }, hand: { total: 0, exact: 0, negatives: 0, falsePositives: 0 } };
  for (const part of CORPUS_PARTS) {
    const test = all.filter((m) => m.part === part);
    const model = train(all.filter((m) => m.part !== part));
    const r = judge(test, model);
    const h = judge(test, null);
    for (const [k, s] of [['ranker', r], ['hand', h]] as const) {
      for (const f of ['total', 'exact', 'negatives', 'falsePositives'] as const) sum[k][f] += s[f];
    }
    console.log(`| ${part} | ${r.total} | ${r.negatives} | ${cell(r)} | ${cell(h)} | ${model.threshold} |`);
  }
  console.log(`| pooled | ${sum.ranker.total} | ${sum.ranker.negatives} | ${cell(sum.ranker)} | ${cell(sum.hand)} | |`);
}

function writeWeights(model: RankerModel): void {
  const r = (n: number) => Math.round(n * 1e4) / 1e4;
  const lines = [
    '// Generated by `node scripts/train-ranker.ts` from the dev set, the written kinds and the corpus parts',
    '// listed there; do not edit. Regenerate after changing the extractor, the features or the data.',
    "import type { RankerModel } from './ranker.ts';",
    '',
    'export const RANKER: RankerModel = {',
    `  features: ${JSON.stringify(model.features)},`,
    `  dense: ${JSON.stringify(model.dense.map(r))},`,
    `  bias: ${r(model.bias)},`,
    `  ngramBuckets: ${model.ngramBuckets},`,
    `  ngrams: ${JSON.stringify(model.ngrams.map(r))},`,
    `  threshold: ${model.threshold},`,
    '};',
    '',
  ];
  writeFileSync(WEIGHTS_FILE, lines.join('\n'));
}

export function loadTrainingSet(): Message[] {
  return [...ALWAYS_TRAIN, ...CORPUS_PARTS].flatMap(loadPart);
}

function main(): void {
  const { values } = parseArgs({ options: { cv: { type: 'boolean', default: false } } });
  const all = loadTrainingSet();
  if (values.cv) crossValidate(all);
  else {
    const model = train(all);
    writeWeights(model);
    console.log(JSON.stringify({ messages: all.length, threshold: model.threshold, training: judge(all, model) }));
  }
}

if (import.meta.main || process.argv[1]?.endsWith('train-ranker.ts')) main();
