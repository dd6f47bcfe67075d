// Trains the learned ranker over the extractor's candidates (lib/otp/ranker.ts) and measures it
// against the hand rules (docs/code-extraction.md, "Learned ranker"). Three ways to decide:
//   hand      the hand rules alone (decideByRules);
//   veto      the hand rules' code, dropped when the ranker finds it unlikely (ranker.ts, vetoes):
//             what extractCode does with the committed weights;
//   ranker    the ranker's likeliest value when it is likely enough, the hand rules unused.
// Usage (npm run eval:ranker is --cv, npm run train:ranker is --write):
//   --write                  trains on every listed file and writes lib/otp/ranker-weights.ts
//   --cv                     leave-one-part-out over the corpus parts below
//   --hold A,B [--exclude C,D]
//                            trains on every listed file but A, B (and C, D), measures A and B: a
//                            replay of a past round, run on a copy of that round's extractor
//   --measure FILE.jsonl     trains on every listed file, measures FILE (a blind part, once)
// Deterministic: full-batch descent from zero weights over files in a fixed order, no randomness.
// Only the files listed here are trained on; a part kept blind is only ever read by --measure.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Analysis } from '../lib/otp/extract-analysis.ts';
import { analyseMessage, decideByRules } from '../lib/otp/extract.ts';
import {
  candidateFeatures, FEATURE_NAMES, probability, vetoes, type RankerModel,
} from '../lib/otp/ranker.ts';
import { parseJsonl } from './eval-codes.ts';

const FIXTURES = new URL('../test/fixtures/', import.meta.url);
/** Written by the team: always trained on, never a fold of their own. */
const ALWAYS_TRAIN = ['sms-dev.jsonl', 'sms-written-kinds.jsonl'];
/** Published SMS, one file per group of sources (test/fixtures/sms-corpus/README.md): the folds. */
export const CORPUS_PARTS = [
  'tuning', 'tuning-2', 'tuning-3', 'heldout', 'heldout-2', 'heldout-3', 'heldout-4', 'heldout-5',
  'heldout-6', 'heldout-7', 'heldout-8', 'heldout-9', 'heldout-10', 'heldout-11', 'heldout-12',
  'heldout-13', 'heldout-14', 'heldout-15', 'heldout-17', 'heldout-20', 'heldout-21', 'heldout-22',
];

/** The fit: L2 strength, steps and step size of the descent; the share of the training negatives
 * the ranker alone may give a code at its threshold (a wrong code is worse than none: half the
 * issue's 1 %). */
const SETTINGS = { l2: 1e-3, steps: 600, rate: 0.1, fpBudget: 0.005 };

interface Message {
  part: string;
  code: string | null;
  /** The hand rules' code. */
  hand: string | null;
  analysis: Analysis;
  /** Decided by the origin-bound line, never by the ranker: not trained on. */
  originCode: string | null;
  candidates: { value: string; features: number[] }[];
}

export function loadFile(part: string, path: URL): Message[] {
  const parsed = parseJsonl(readFileSync(fileURLToPath(path), 'utf8'));
  if (!parsed.ok) throw new Error(`${part}: ${parsed.error}`);
  return parsed.value.map((row) => {
    const a = analyseMessage(row.text);
    const candidates = a.candidates.map((c) => ({
      value: c.value,
      features: candidateFeatures(a, c),
    }));
    const hand = decideByRules(a, row.hint).code;
    return { part, code: row.code, hand, analysis: a, originCode: a.originCode, candidates };
  });
}

const corpusPath = (part: string) => new URL(`sms-corpus/${part}.jsonl`, FIXTURES);

type Weights = Omit<RankerModel, 'threshold'>;

/** Logistic regression over every candidate (is it the labelled code?), full batch, Adam from zero
 * weights, L2 on every weight but the bias. */
function fit(messages: Message[]): Weights {
  const d = FEATURE_NAMES.length;
  const xs: Float64Array[] = [];
  const ys: number[] = [];
  for (const m of messages) {
    if (m.originCode !== null) continue;
    for (const c of m.candidates) {
      xs.push(Float64Array.from(c.features));
      ys.push(c.value === m.code ? 1 : 0);
    }
  }
  const n = xs.length;
  const w = new Float64Array(d + 1); // the bias last
  const mom = new Float64Array(w.length);
  const vel = new Float64Array(w.length);
  const grad = new Float64Array(w.length);
  for (let step = 1; step <= SETTINGS.steps; step++) {
    grad.fill(0);
    for (let r = 0; r < n; r++) {
      const x = xs[r] as Float64Array;
      let z = w[d] as number;
      for (let i = 0; i < d; i++) z += (w[i] as number) * (x[i] as number);
      const err = 1 / (1 + Math.exp(-z)) - (ys[r] as number);
      for (let i = 0; i < d; i++) grad[i] = (grad[i] as number) + err * (x[i] as number);
      grad[d] = (grad[d] as number) + err;
    }
    for (let i = 0; i <= d; i++) {
      const g = (grad[i] as number) / n + (i === d ? 0 : SETTINGS.l2 * (w[i] as number));
      mom[i] = 0.9 * (mom[i] as number) + 0.1 * g;
      vel[i] = 0.999 * (vel[i] as number) + 0.001 * g * g;
      const mHat = (mom[i] as number) / (1 - 0.9 ** step);
      const vHat = (vel[i] as number) / (1 - 0.999 ** step);
      w[i] = (w[i] as number) - (SETTINGS.rate * mHat) / (Math.sqrt(vHat) + 1e-8);
    }
  }
  // Rounded, so that the committed module is readable and the threshold is chosen on the very
  // weights extractCode uses.
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  return { weights: [...w.slice(0, d)].map(round), bias: round(w[d] as number) };
}

function rankerTop(model: Weights, m: Message): { value: string; p: number } {
  let best = { value: '', p: 0 };
  for (const c of m.candidates) {
    const p = probability({ ...model, threshold: 0 }, c.features);
    if (p > best.p) best = { value: c.value, p };
  }
  return best;
}

type Way = 'hand' | 'veto' | 'ranker';

function decide(way: Way, model: RankerModel, m: Message): string | null {
  if (way === 'hand' || m.originCode !== null) return m.hand;
  if (way === 'veto') return m.hand !== null && vetoes(model, m.analysis, m.hand) ? null : m.hand;
  const top = rankerTop(model, m);
  return top.p >= model.threshold ? top.value : null;
}

/** The ranker alone at its threshold keeps within the false-positive budget on the training
 * messages; of the thresholds that do, the one with the most exact answers. */
function chooseThreshold(messages: Message[], weights: Weights): number {
  const tops = messages
    .filter((m) => m.originCode === null)
    .map((m) => ({ ...rankerTop(weights, m), code: m.code }));
  const negatives = tops.filter((t) => t.code === null).length;
  let chosen = 0.99;
  let bestExact = -1;
  for (let i = 99; i >= 10; i--) {
    const t = i / 100;
    const falsePositives = tops.filter((x) => x.code === null && x.p >= t).length;
    if (falsePositives > SETTINGS.fpBudget * negatives) continue;
    const exact = tops.filter((x) => (x.p >= t ? x.value === x.code : x.code === null)).length;
    if (exact > bestExact) [bestExact, chosen] = [exact, t];
  }
  return chosen;
}

export function train(messages: Message[]): RankerModel {
  const weights = fit(messages);
  return { ...weights, threshold: chooseThreshold(messages, weights) };
}

interface Score {
  total: number;
  exact: number;
  negatives: number;
  falsePositives: number;
}

function judge(messages: Message[], way: Way, model: RankerModel): Score {
  const s: Score = { total: 0, exact: 0, negatives: 0, falsePositives: 0 };
  for (const m of messages) {
    const got = decide(way, model, m);
    s.total++;
    if (got === m.code) s.exact++;
    if (m.code === null) {
      s.negatives++;
      if (got !== null) s.falsePositives++;
    }
  }
  return s;
}

const WAYS: Way[] = ['hand', 'veto', 'ranker'];
const pct = (n: number, of: number) => (of ? `${((100 * n) / of).toFixed(1)} %` : '–');
const cell = (s: Score) =>
  `${pct(s.exact, s.total)}, ${s.falsePositives} FP (${pct(s.falsePositives, s.negatives)})`;
const FIELDS = ['total', 'exact', 'negatives', 'falsePositives'] as const;

/** One row per tested part: each way on it, the ranker trained on `training(part)`. */
function table(all: Message[], tested: string[], training: (part: string) => Message[]): void {
  console.log('| part | messages | negatives | hand rules | hand + ranker veto | ranker alone '
    + '| threshold |');
  console.log('|---|---|---|---|---|---|---|');
  const line = (name: string, scores: Score[], threshold: string) => {
    const [{ total, negatives }] = scores as [Score];
    const cells = scores.map(cell).join(' | ');
    console.log(`| ${name} | ${total} | ${negatives} | ${cells} | ${threshold} |`);
  };
  const sums = WAYS.map((): Score => ({ total: 0, exact: 0, negatives: 0, falsePositives: 0 }));
  for (const part of tested) {
    const test = all.filter((m) => m.part === part);
    const model = train(training(part));
    const scores = WAYS.map((way) => judge(test, way, model));
    scores.forEach((s, i) => {
      for (const f of FIELDS) (sums[i] as Score)[f] += s[f];
    });
    line(part, scores, String(model.threshold));
  }
  if (tested.length > 1) line('pooled', sums, '');
}

/** Every file trained on, the corpus parts but `exclude`, in a fixed order. */
export function trainingSet(exclude: string[] = []): Message[] {
  return [
    ...ALWAYS_TRAIN.flatMap((f) => loadFile(f, new URL(f, FIXTURES))),
    ...CORPUS_PARTS.filter((p) => !exclude.includes(p)).flatMap((p) => loadFile(p, corpusPath(p))),
  ];
}

const WEIGHTS_MODULE = new URL('../lib/otp/ranker-weights.ts', import.meta.url);

function weightsModule(model: RankerModel): string {
  const weights = model.weights.map((w, i) => `    ${w}, // ${FEATURE_NAMES[i]}`);
  return [
    '// Generated by `npm run train:ranker` (scripts/train-ranker.ts --write); do not edit.',
    '// The learned ranker (ranker.ts) trained on the dev set, the written kinds and the corpus',
    '// parts of CORPUS_PARTS in scripts/train-ranker.ts. Regenerate after any change to',
    '// lib/otp/extract*.ts, ranker.ts or those files: test/unit/otp-ranker.test.ts fails until',
    '// the weights are what training gives.',
    "import type { RankerModel } from './ranker.ts';",
    '',
    'export const RANKER: RankerModel = {',
    `  threshold: ${model.threshold},`,
    `  bias: ${model.bias},`,
    '  weights: [',
    ...weights,
    '  ],',
    '};',
    '',
  ].join('\n');
}

function main(): void {
  const { values } = parseArgs({
    options: {
      write: { type: 'boolean', default: false },
      cv: { type: 'boolean', default: false },
      hold: { type: 'string' },
      exclude: { type: 'string' },
      measure: { type: 'string' },
    },
  });
  const list = (v: string | undefined) => (v ? v.split(',') : []);
  const parts = CORPUS_PARTS.filter((p) => !list(values.exclude).includes(p));
  const training = trainingSet(list(values.exclude));
  if (values.write) {
    const model = train(training);
    writeFileSync(WEIGHTS_MODULE, weightsModule(model));
    console.log(`wrote lib/otp/ranker-weights.ts: threshold ${model.threshold}, `
      + `${model.weights.length} weights, trained on ${training.length} messages`);
  } else if (values.measure) {
    const name = values.measure.replace(/^.*\//, '');
    const measured = loadFile(name, new URL(values.measure, `file://${process.cwd()}/`));
    table(measured, [name], () => training);
  } else if (values.hold) {
    const held = list(values.hold);
    table(training, held, () => training.filter((m) => !held.includes(m.part)));
  } else if (values.cv) {
    table(training, parts, (part) => training.filter((m) => m.part !== part));
  } else {
    console.error('usage: train-ranker.ts --write | --cv | --hold A,B [--exclude C] '
      + '| --measure FILE');
    process.exit(2);
  }
}

if (import.meta.main || process.argv[1]?.endsWith('train-ranker.ts')) main();
