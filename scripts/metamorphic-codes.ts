// `npm run -s eval:metamorphic [-- --examples N]`: where is the extractor brittle, without new data?
// Every labelled message of the tuned material is rewritten the way real senders vary the same
// message (a brand before it, a warning after it, line breaks, another code of the same shape …) and
// extracted again. A transform keeps the label, or changes it predictably (a new code: the label
// follows). Per transform it prints how many messages it applies to, how many the extractor read
// right before and gets wrong after ("broken": codes lost, negatives given a code, codes changed),
// and a few examples. Only messages read right before count, so the figures are the extractor's
// brittleness, not its misses. A dev tool (docs/code-extraction.md, "Thirteenth round"), not a test.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { extractCode } from '../lib/otp/extract.ts';
import { parseJsonl, type Labelled } from './eval-codes.ts';

/** The tuned material: the dev set, the written kinds and every corpus part tuned on. Blind parts
 * (16 on) are never read here. */
const HELDOUT_PARTS = Array.from({ length: 14 }, (_, i) => `sms-corpus/heldout-${i + 2}.jsonl`);
export const TUNED_FILES = [
  'sms-dev.jsonl', 'sms-written-kinds.jsonl', 'sms-corpus/tuning.jsonl', 'sms-corpus/tuning-2.jsonl',
  'sms-corpus/tuning-3.jsonl', 'sms-corpus/heldout.jsonl', ...HELDOUT_PARTS,
];

/** A rewritten message and its label, or null when the transform does not apply. */
export type Transform = (row: Labelled) => Labelled | null;

/** Messages whose form a sender cannot change at the edges: SMS Retriever's "<#>" opening and the
 * app hash that ends its messages, and the origin-bound last line ("@example.com #123456"). */
const RETRIEVER = /^\s*(?:<#>|\[#\])/;
const APP_HASH_END = /\n\s*(?=[A-Za-z0-9+/]{11}\s*$)(?=.*[a-z])(?=.*[0-9A-Z+/]).{11}\s*$/;
const ORIGIN_BOUND = /(?:^|\n)\s*@\S+\s+#\S+\s*$/;
const fixedEnd = (t: string) => RETRIEVER.test(t) || APP_HASH_END.test(t) || ORIGIN_BOUND.test(t);
const fixedStart = (t: string) => RETRIEVER.test(t);

const prefix = (p: string): Transform => (r) =>
  (fixedStart(r.text) ? null : { ...r, text: p + r.text });
const suffix = (s: string): Transform => (r) =>
  (fixedEnd(r.text) ? null : { ...r, text: r.text.trimEnd() + s });
const rewrite = (f: (t: string) => string): Transform => (r) => {
  const text = f(r.text);
  return text === r.text ? null : { ...r, text };
};

/** The code, where the message writes it as one run of digits exactly once. */
function soleDigitCode(r: Labelled): RegExp | null {
  if (r.code === null || !/^\d+$/.test(r.code)) return null;
  const re = new RegExp(`(?<!\\d)${r.code}(?!\\d)`, 'g');
  // "code 569-485 … whatsapp.com/569485": the code written a second time, split, stays unchanged.
  const joined = r.text.replace(/(?<=\d)[-– ](?=\d)/g, '');
  const once = (t: string) => (t.match(re) ?? []).length === 1;
  return once(r.text) && once(joined) ? re : null;
}

/** Replaces the code by `next(code)`; the label follows. */
const replaceCode = (next: (code: string) => string | null): Transform => (r) => {
  const re = soleDigitCode(r);
  const code = re && r.code ? next(r.code) : null;
  if (!re || !code || r.text.includes(code)) return null;
  return { ...r, text: r.text.replace(re, code), code };
};

/** Another code of the same shape: every digit shifted, so no date, year or repeated run appears. */
const shifted = (code: string) => [...code].map((d) => String((Number(d) + 3) % 10)).join('');
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/u;
const FULL_WIDTH = (t: string) =>
  t.replace(/[0-9:]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

export const TRANSFORMS: Record<string, Transform> = {
  'prefix [Brand]': prefix('[Acme] '),
  'prefix Brand:': prefix('Acme: '),
  'prefix sequence (2/3)': prefix('(2/3) '),
  'prefix date': prefix('01.12.2026 17:25 '),
  'suffix do not share': suffix(' Do not share it.'),
  'suffix URL': suffix(' https://acme.example/help'),
  'suffix -Brand': suffix(' -Acme'),
  'suffix valid 5 min': suffix(' Valid 5 min.'),
  'suffix Russian warning': suffix('\nНикому не сообщайте этот код.'),
  'suffix English warning': suffix('\nNever share this code with anyone.'),
  'line breaks to spaces': rewrite((t) => t.replace(/\s*\n\s*/g, ' ')),
  'sentence ends to line breaks': rewrite((t) => t.replace(/([.!?]) (?=\S)/g, '$1\n')),
  'spaces to NBSP': rewrite((t) => t.replace(/ /g, '\u00A0')),
  'spaces to thin spaces': rewrite((t) => t.replace(/ /g, '\u2009')),
  'full-width digits/colon (CJK)': (r) => (CJK.test(r.text) ? rewrite(FULL_WIDTH)(r) : null),
  'code: same shape': replaceCode(shifted),
  'code: 6 → 4 digits': replaceCode((c) => (c.length === 6 ? shifted(c).slice(0, 4) : null)),
  'code: 6 → 8 digits': replaceCode((c) => (c.length === 6 ? shifted(c) + shifted(c).slice(0, 2) : null)),
};

export interface Outcome {
  applied: number;
  broken: number;
  lost: number;
  invented: number;
  changed: number;
  examples: string[];
}

export function runTransform(rows: Labelled[], t: Transform, maxExamples = 3): Outcome {
  const o: Outcome = { applied: 0, broken: 0, lost: 0, invented: 0, changed: 0, examples: [] };
  for (const row of rows) {
    if (extractCode(row.text, row.hint).code !== row.code) continue;
    const moved = t(row);
    if (!moved) continue;
    o.applied++;
    const got = extractCode(moved.text, moved.hint).code;
    if (got === moved.code) continue;
    o.broken++;
    if (moved.code === null) o.invented++;
    else if (got === null) o.lost++;
    else o.changed++;
    if (o.examples.length < maxExamples) {
      const shown = JSON.stringify(moved.text.slice(0, 160));
      o.examples.push(`expected ${moved.code} got ${got}: ${shown}`);
    }
  }
  return o;
}

export function loadTuned(): Labelled[] {
  return TUNED_FILES.flatMap((f) => {
    const path = fileURLToPath(new URL(`../test/fixtures/${f}`, import.meta.url));
    const parsed = parseJsonl(readFileSync(path, 'utf8'));
    if (!parsed.ok) throw new Error(`${f}: ${parsed.error}`);
    return parsed.value;
  });
}

function main(): void {
  const { values } = parseArgs({
    options: { examples: { type: 'string', default: '3' }, json: { type: 'boolean', default: false } },
  });
  const rows = loadTuned();
  const examples = Number(values.examples);
  const results = Object.entries(TRANSFORMS)
    .map(([name, t]) => ({ name, ...runTransform(rows, t, examples) }));
  results.sort((a, b) => b.broken - a.broken);
  for (const r of results) {
    if (values.json) {
      console.log(JSON.stringify(r));
      continue;
    }
    const kinds = `${r.lost} lost, ${r.invented} invented, ${r.changed} changed`;
    console.log(`${r.name}: ${r.broken} of ${r.applied} broken (${kinds})`);
    for (const e of r.examples) console.log(`    ${e}`);
  }
  const total = results.reduce((s, r) => s + r.broken, 0);
  console.log(JSON.stringify({ messages: rows.length, transforms: results.length, broken: total }));
}

if (import.meta.main || process.argv[1]?.endsWith('metamorphic-codes.ts')) main();
