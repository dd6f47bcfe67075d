// What one call of the visibility gate costs on a very large page, old against new, measured the fair
// way on a shared machine: both versions of lib/otp/visibility.ts are loaded into the same page of the
// same browser and called alternately (A B B A …), so a change in machine load hits both alike.
//
//   node scripts/bench-gate.ts [--ref main] [--rounds 40] [--browser chromium|firefox|both]
//
// A is the gate at the git ref, B the one in the working tree; each is bundled and minified alone, as
// the content script ships it. The page is test/e2e/pages/bench-large.html (5,000 elements, 1,000
// inputs: the page the benchmark's large-page scan uses), and the field asked about is its visible
// one-time-code field, so every check runs to the end. Prints per-call milliseconds (each sample is
// the mean of a batch of calls: Firefox rounds performance.now() to a millisecond).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from '@playwright/test';
import puppeteer from 'puppeteer-core';
import { build, type Rolldown } from 'vite';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const PAGE = pathToFileURL(join(ROOT, 'test/e2e/pages/bench-large.html')).href;
const BATCH = 5;

const { values } = parseArgs({
  options: { ref: { type: 'string', default: 'main' }, rounds: { type: 'string', default: '40' }, browser: { type: 'string', default: 'both' } },
});

/** The gate's files at a git ref, copied with the files they import (relative .ts imports only). */
function checkout(ref: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'gate-'));
  const pending = ['lib/otp/visibility.ts'];
  for (const seen = new Set<string>(); pending.length; ) {
    const file = pending.pop()!;
    if (seen.has(file)) continue;
    seen.add(file);
    const text = execFileSync('git', ['show', `${ref}:${file}`], { cwd: ROOT, encoding: 'utf8' });
    execFileSync('mkdir', ['-p', join(dir, dirname(file))]);
    writeFileSync(join(dir, file), text);
    for (const [, rel] of text.matchAll(/from '(\.\/[^']+\.ts)'/g)) pending.push(join(dirname(file), rel!));
  }
  return join(dir, 'lib/otp/visibility.ts');
}

async function bundle(entry: string, name: string): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    build: { write: false, minify: true, target: 'es2022', lib: { entry, formats: ['iife'], name } },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error(`no bundle for ${entry}`);
  return chunk.code;
}

/** Runs in the page: alternating batches of calls, A first on even rounds and B first on odd ones. */
function measureInPage([rounds, batch]: [number, number]): Promise<Record<'A' | 'B', { ms: number[]; answer: boolean }>> {
  type Gate = { isVisibleToUser(el: Element): boolean };
  const gates = window as unknown as Record<'gateA' | 'gateB', Gate>;
  const field = document.getElementById('code')!;
  const out = { A: { ms: [] as number[], answer: false }, B: { ms: [] as number[], answer: false } };
  return (async () => {
    for (let i = 0; i < rounds; i++) {
      for (const k of i % 2 ? (['B', 'A'] as const) : (['A', 'B'] as const)) {
        const gate = gates[`gate${k}`];
        const start = performance.now();
        for (let j = 0; j < batch; j++) out[k].answer = gate.isVisibleToUser(field);
        out[k].ms.push((performance.now() - start) / batch);
        await new Promise((resolve) => setTimeout(resolve, 0));
      }
    }
    return out;
  })();
}

interface Target {
  addScript(code: string): Promise<void>;
  evaluate: (rounds: number) => Promise<Record<'A' | 'B', { ms: number[]; answer: boolean }>>;
  close(): Promise<void>;
}

async function openChromium(): Promise<Target> {
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(PAGE);
  return {
    addScript: async (content) => void (await page.addScriptTag({ content })),
    evaluate: (rounds) => page.evaluate(measureInPage, [rounds, BATCH] as [number, number]),
    close: () => browser.close(),
  };
}

async function openFirefox(): Promise<Target> {
  const browser = await puppeteer.launch({ browser: 'firefox', executablePath: '/usr/bin/firefox-esr', headless: true });
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 800 });
  await page.goto(PAGE);
  return {
    addScript: async (content) => void (await page.addScriptTag({ content })),
    evaluate: (rounds) => page.evaluate(measureInPage, [rounds, BATCH] as [number, number]),
    close: () => browser.close(),
  };
}

const stats = (ms: number[]) => {
  const sorted = [...ms].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]!;
  return { min: +sorted[0]!.toFixed(2), median: +at(0.5).toFixed(2), p95: +at(0.95).toFixed(2) };
};

const [a, b] = await Promise.all([bundle(checkout(values.ref), 'gateA'), bundle(join(ROOT, 'lib/otp/visibility.ts'), 'gateB')]);
console.log(`gate bundle bytes: A (${values.ref}) ${Buffer.byteLength(a)}, B (working tree) ${Buffer.byteLength(b)}`);
const which = values.browser === 'both' ? ['chromium', 'firefox'] : [values.browser];
for (const name of which) {
  const target = name === 'firefox' ? await openFirefox() : await openChromium();
  try {
    await target.addScript(a);
    await target.addScript(b);
    await target.evaluate(2); // warm-up: JIT and style caches
    const result = await target.evaluate(Number(values.rounds));
    for (const k of ['A', 'B'] as const) {
      console.log(`${name} ${k === 'A' ? `A ${values.ref}` : 'B tree'}: visible=${result[k].answer} per-call ms ${JSON.stringify(stats(result[k].ms))} (${result[k].ms.length} batches of ${BATCH})`);
    }
  } finally {
    await target.close();
  }
}
