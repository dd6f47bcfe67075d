// `npm run eval:codes -- FILE.jsonl [--json]`: measures lib/otp/extract.ts on labelled SMS.
// Each line: {"text": "...", "code": "123456" | null, "hint"?: "...", "provider_code"?: "..."}.
// Prints every miss (or, with --json, one JSON line per message) and ends with ONE JSON summary line:
// {"total","exact","accuracy","negatives","falsePositives","missed"}. The interface is stable: it is
// how the extractor is judged on messages it has never seen. Misses do not fail the run; unreadable
// input does (exit 2).
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { extractCode } from '../lib/otp/extract.ts';

export interface EvalSummary {
  total: number;
  exact: number;
  accuracy: number;
  negatives: number;
  falsePositives: number;
  missed: number;
}

export interface Labelled {
  text: string;
  code: string | null;
  hint: string | null;
}

/** Parses JSONL; a bad line is an error with its line number, never silently skipped. */
export function parseJsonl(source: string): { ok: true; value: Labelled[] } | { ok: false; error: string } {
  const rows: Labelled[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const line = (lines[i] ?? '').trim();
    if (line === '') continue;
    let row: unknown;
    try {
      row = JSON.parse(line);
    } catch {
      return { ok: false, error: `line ${i + 1}: not valid JSON` };
    }
    if (typeof row !== 'object' || row === null) return { ok: false, error: `line ${i + 1}: not a JSON object` };
    const r = row as Record<string, unknown>;
    if (typeof r.text !== 'string') return { ok: false, error: `line ${i + 1}: "text" must be a string` };
    if (r.code !== null && typeof r.code !== 'string' && r.code !== undefined) {
      return { ok: false, error: `line ${i + 1}: "code" must be a string or null` };
    }
    const rawHint = r.hint ?? r.provider_code ?? null;
    const hint = typeof rawHint === 'string' || typeof rawHint === 'number' ? String(rawHint) : null;
    rows.push({ text: r.text, code: typeof r.code === 'string' && r.code !== '' ? r.code : null, hint: hint === '0' ? null : hint });
  }
  return { ok: true, value: rows };
}

export function evaluate(rows: Labelled[], onRow?: (row: Labelled, got: string | null, ok: boolean) => void): EvalSummary {
  let exact = 0;
  let negatives = 0;
  let falsePositives = 0;
  let missed = 0;
  for (const row of rows) {
    const got = extractCode(row.text, row.hint).code;
    const ok = got === row.code;
    if (ok) exact++;
    if (row.code === null) {
      negatives++;
      if (got !== null) falsePositives++;
    } else if (got === null) missed++;
    onRow?.(row, got, ok);
  }
  const total = rows.length;
  return { total, exact, accuracy: total ? Math.round((exact / total) * 10000) / 10000 : 0, negatives, falsePositives, missed };
}

function main(): void {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } });
  const file = positionals[0];
  if (!file) {
    console.error('usage: npm run eval:codes -- FILE.jsonl [--json]');
    process.exit(2);
  }
  let source: string;
  try {
    source = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`cannot read ${file}: ${(e as Error).message}`);
    process.exit(2);
  }
  const parsed = parseJsonl(source);
  if (!parsed.ok) {
    console.error(`${file}: ${parsed.error}`);
    process.exit(2);
  }
  const summary = evaluate(parsed.value, (row, got, ok) => {
    if (values.json) console.log(JSON.stringify({ text: row.text, expected: row.code, got, ok }));
    else if (!ok) console.log(`MISS expected=${JSON.stringify(row.code)} got=${JSON.stringify(got)}\n     ${JSON.stringify(row.text)}`);
  });
  console.log(JSON.stringify(summary));
}

if (import.meta.main || process.argv[1]?.endsWith('eval-codes.ts')) main();
