// The strings follow docs/glossary.md: for each concept, every listed message contains the language's
// term and none of the words to avoid. The glossary is read, not restated, so it stays the one source.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TABLES, type Lang, type MessageKey } from '../../lib/i18n.ts';

const LANGS: Lang[] = ['en', 'ru', 'uk', 'kk'];

interface Row {
  concept: string;
  terms: Record<Lang, RegExp>;
  avoid: Partial<Record<Lang, RegExp>>;
  keys: string[];
}

/** A pattern in backticks; `\|` inside a table cell is a literal bar, i.e. regex alternation. */
function pattern(cell: string): RegExp {
  const match = /`([^`]+)`/.exec(cell);
  if (!match) throw new Error(`no pattern in glossary cell "${cell}"`);
  return new RegExp(match[1]!.replaceAll('\\|', '|'), 'iu');
}

function rows(): Row[] {
  const text = readFileSync(new URL('../../docs/glossary.md', import.meta.url), 'utf8');
  const lines = text.split('\n').filter((l) => l.startsWith('| ') && !l.startsWith('| concept') && !l.startsWith('|---'));
  return lines.map((line) => {
    // Split on bars that are not escaped as "\|".
    const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((cell) => cell.trim());
    const [concept, en, ru, uk, kk, avoid, keys] = cells as [string, string, string, string, string, string, string];
    const avoided: Partial<Record<Lang, RegExp>> = {};
    for (const part of avoid.split(';').filter((p) => p.trim())) {
      const lang = part.trim().slice(0, 2) as Lang;
      avoided[lang] = pattern(part);
    }
    return { concept, terms: { en: pattern(en), ru: pattern(ru), uk: pattern(uk), kk: pattern(kk) }, avoid: avoided, keys: keys.split(',').map((k) => k.trim()) };
  });
}

describe('glossary', () => {
  const table = rows();

  it('has the key concepts', () => {
    expect(table.length).toBeGreaterThanOrEqual(12);
    for (const row of table) for (const key of row.keys) expect(Object.keys(TABLES.en), `${row.concept}: ${key}`).toContain(key);
  });

  describe.each(LANGS)('%s', (lang) => {
    it.each(table.map((row) => [row.concept, row] as const))('%s: the one term, no synonym', (_concept, row) => {
      const off: string[] = [];
      for (const key of row.keys) {
        const text = TABLES[lang][key as MessageKey]?.message ?? '';
        if (!row.terms[lang].test(text)) off.push(`${key} lacks ${row.terms[lang]}: "${text}"`);
        const avoid = row.avoid[lang];
        if (avoid?.test(text)) off.push(`${key} uses ${avoid}: "${text}"`);
      }
      expect(off).toEqual([]);
    });
  });

  it('fails on a synonym (the check itself can fail)', () => {
    const fill = table.find((row) => row.keys.includes('fillIntoPage'))!;
    expect(fill.avoid.ru?.test('Вставить на страницу')).toBe(true);
    expect(fill.terms.ru.test('Вставить на страницу')).toBe(false);
  });
});
