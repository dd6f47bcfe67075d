// The human-readable summary: one row per figure, its target and whether it was met.

export interface Row {
  metric: string;
  result: string;
  target: string;
  /** null: informational, no target. */
  met: boolean | null;
}

export function renderTable(rows: readonly Row[]): string {
  const head: [string, string, string, string] = ['Metric', 'Result', 'Target', 'Met'];
  const cells = rows.map((r): [string, string, string, string] => [r.metric, r.result, r.target, r.met === null ? '—' : r.met ? 'yes' : 'NO']);
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: readonly string[]) => `| ${c.map((s, i) => s.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...cells.map(line)].join('\n');
}
