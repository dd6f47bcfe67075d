// Times lib/otp/extract.ts per message: `node scripts/bench-extraction.ts [FILE.jsonl …]` prints the
// figures for the given sets, by default the shared dev set and every part of the SMS corpus. Timing
// lives here, not in unit tests, because machines differ.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extractCode } from '../lib/otp/extract.ts';

const WARMUP_ROUNDS = 20;
const TIMED_ROUNDS = 50;

export interface BenchResult {
  messages: number;
  medianMs: number;
  p99Ms: number;
}

function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;
}

/** Per-message time: each message is extracted TIMED_ROUNDS times after a warm-up, and its mean counts
 * as one sample; median and p99 are over messages. */
export async function benchExtraction(...corpusPaths: string[]): Promise<BenchResult> {
  const texts = corpusPaths
    .flatMap((path) => readFileSync(path, 'utf8').split('\n'))
    .filter((l) => l.trim() !== '')
    .map((l) => String((JSON.parse(l) as { text: unknown }).text));
  for (let r = 0; r < WARMUP_ROUNDS; r++) for (const t of texts) extractCode(t);
  const samples: number[] = [];
  for (const t of texts) {
    const start = performance.now();
    for (let r = 0; r < TIMED_ROUNDS; r++) extractCode(t);
    samples.push((performance.now() - start) / TIMED_ROUNDS);
  }
  samples.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10000) / 10000;
  return { messages: texts.length, medianMs: round(percentile(samples, 0.5)), p99Ms: round(percentile(samples, 0.99)) };
}

/** Worst case the extractor must survive: 100 KB of digits, keywords and separators. */
export function benchHuge(): number {
  const chunk = 'код 12 34-56 *7890 code: 1.2.3 验证码 ';
  const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
  extractCode(text);
  const start = performance.now();
  extractCode(text);
  return Math.round((performance.now() - start) * 1000) / 1000;
}

const isMain = import.meta.main ?? process.argv[1] === fileURLToPath(import.meta.url);
if (isMain) {
  const given = process.argv.slice(2);
  const defaults = ['sms-dev.jsonl', 'sms-corpus/tuning.jsonl', 'sms-corpus/heldout.jsonl', 'sms-corpus/heldout-2.jsonl', 'sms-corpus/heldout-3.jsonl'].map((f) =>
    fileURLToPath(new URL(`../test/fixtures/${f}`, import.meta.url)),
  );
  const result = await benchExtraction(...(given.length > 0 ? given : defaults));
  console.log(JSON.stringify({ ...result, hugeInput100KbMs: benchHuge() }));
}
