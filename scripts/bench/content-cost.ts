// What the content script costs pages: main-thread time on a page that mutates its DOM all the time
// (with the extension vs. a second Chromium without it), and how long a very large page takes from
// DOMContentLoaded until the background knows of its OTP field.
import type { BrowserContext } from '@playwright/test';
import type { ExtensionBrowser } from '../../test/e2e/support/chromium.ts';
import { readPoll } from './extension.ts';
import { sleep, waitFor } from './lifecycle.ts';
import { median, round } from './stats.ts';

export interface MutationRun {
  taskMs: number;
  scriptMs: number;
  wallMs: number;
}

export interface MutationCost {
  url: string;
  mutationsPerRun: number;
  mutationsPerSecond: number;
  pairs: { withExt: MutationRun; without: MutationRun; taskRatio: number; scriptRatio: number }[];
  medianTaskRatio: number;
  medianScriptRatio: number;
  /** Extra main-thread time per second of churn, with minus without: the cost in absolute terms. */
  medianAddedTaskMsPerS: number;
  medianAddedScriptMsPerS: number;
}

/** 1250 ticks × 40 mutations ≈ 5 s of a page changing ~10,000 times a second. */
const TICKS = 1250;
/** After load: time for document_idle injection and the first scan, so they are not in the figure. */
const SETTLE_MS = 1000;

async function mutationRun(context: BrowserContext, url: string): Promise<MutationRun & { mutations: number }> {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.bringToFront();
    await sleep(SETTLE_MS);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    const read = async () => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      const get = (name: string) => metrics.find((m) => m.name === name)?.value ?? 0;
      return { task: get('TaskDuration'), script: get('ScriptDuration') };
    };
    const before = await read();
    const start = performance.now();
    const done = await page.evaluate((ticks) => (window as unknown as { __mutate(n: number): Promise<{ mutations: number }> }).__mutate(ticks), TICKS);
    const wallMs = performance.now() - start;
    const after = await read();
    await cdp.detach();
    return { taskMs: (after.task - before.task) * 1000, scriptMs: (after.script - before.script) * 1000, wallMs, mutations: done.mutations };
  } finally {
    await page.close();
  }
}

/** Alternating runs (ABBA order across pairs, so a drift in machine load hits both sides alike). */
export async function measureMutationCost(withExt: BrowserContext, without: BrowserContext, url: string, pairs: number): Promise<MutationCost> {
  // One throw-away run each: the first page of a fresh browser pays for warming up caches and the JIT.
  await mutationRun(withExt, url);
  await mutationRun(without, url);
  const results: MutationCost['pairs'] = [];
  let mutations = 0;
  let wall = 0;
  for (let i = 0; i < pairs; i++) {
    const extFirst = i % 2 === 0;
    const a = await mutationRun(extFirst ? withExt : without, url);
    const b = await mutationRun(extFirst ? without : withExt, url);
    const [e, n] = extFirst ? [a, b] : [b, a];
    mutations = e.mutations;
    wall += e.wallMs + n.wallMs;
    results.push({
      withExt: tidy(e),
      without: tidy(n),
      taskRatio: round(e.taskMs / n.taskMs, 3),
      scriptRatio: round(e.scriptMs / n.scriptMs, 3),
    });
  }
  return {
    url: new URL(url).pathname + new URL(url).search,
    mutationsPerRun: mutations,
    mutationsPerSecond: Math.round((mutations * pairs * 2) / (wall / 1000)),
    pairs: results,
    medianTaskRatio: median(results.map((r) => r.taskRatio)),
    medianScriptRatio: median(results.map((r) => r.scriptRatio)),
    medianAddedTaskMsPerS: round(median(results.map((r) => (r.withExt.taskMs - r.without.taskMs) / (r.withExt.wallMs / 1000))), 1),
    medianAddedScriptMsPerS: round(median(results.map((r) => (r.withExt.scriptMs - r.without.scriptMs) / (r.withExt.wallMs / 1000))), 1),
  };
}

function tidy(run: MutationRun): MutationRun {
  return { taskMs: round(run.taskMs, 1), scriptMs: round(run.scriptMs, 1), wallMs: round(run.wallMs) };
}

export interface LargePageScan {
  elements: number;
  inputs: number;
  samplesMs: number[];
}

/**
 * DOMContentLoaded (stamped by the page) → the background has recorded the field (`since` in the
 * worker's session state, written when the content script's report arrives). It spans the browser's
 * document_idle injection, the script's start-up, the full scan and one message to the background.
 * Needs an extension browser with no key saved: a reported field then causes no provider requests.
 */
export async function measureLargePageScan(ext: ExtensionBrowser, url: string, loads: number): Promise<LargePageScan> {
  const samples: number[] = [];
  let built = { elements: 0, inputs: 0 };
  for (let i = 0; i < loads; i++) {
    const known = new Set(((await readPoll(ext))?.waiting ?? []).map((w) => w.tabId));
    const page = await ext.context.newPage();
    try {
      await page.bringToFront();
      await page.goto(url);
      const dclAt = await page.evaluate(() => (window as unknown as { __dclAt: number }).__dclAt);
      built = await page.evaluate(() => (window as unknown as { __built: { elements: number; inputs: number } }).__built);
      const since = await waitFor(
        'the background to record the large page\'s field',
        async () => (await readPoll(ext))?.waiting.find((w) => !known.has(w.tabId))?.since,
        20_000,
        25,
      );
      samples.push(Math.max(0, since - dclAt));
    } finally {
      await page.close();
    }
  }
  return { ...built, samplesMs: samples.map((s) => round(s)) };
}
