// What the content script costs pages: main-thread time on a page that mutates its DOM all the time
// (with the extension vs. a second Chromium without it), and how long a very large page takes from
// DOMContentLoaded until the background knows of its OTP field.
import type { BrowserContext, Page } from '@playwright/test';
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

/** With `profileScript`, V8's sampling profiler also runs, and the time spent inside that script is returned. */
async function mutationRun(
  context: BrowserContext,
  url: string,
  profileScript?: string,
): Promise<MutationRun & { mutations: number; scriptOwnMs: number }> {
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
    if (profileScript) {
      await cdp.send('Profiler.enable');
      await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
      await cdp.send('Profiler.start');
    }
    const before = await read();
    const start = performance.now();
    const done = await page.evaluate((ticks) => (window as unknown as { __mutate(n: number): Promise<{ mutations: number }> }).__mutate(ticks), TICKS);
    const wallMs = performance.now() - start;
    const after = await read();
    const scriptOwnMs = profileScript ? timeInside((await cdp.send('Profiler.stop')).profile, profileScript) : 0;
    await cdp.detach();
    return { taskMs: (after.task - before.task) * 1000, scriptMs: (after.script - before.script) * 1000, wallMs, mutations: done.mutations, scriptOwnMs };
  } finally {
    await page.close();
  }
}

const PROFILE_INTERVAL_US = 100;

/** Milliseconds `scriptFile` had on the main thread of `page` while `run` ran (V8's sampling profiler). */
export async function profileInside(context: BrowserContext, page: Page, scriptFile: string, run: () => Promise<void>): Promise<number> {
  const cdp = await context.newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: PROFILE_INTERVAL_US });
    await cdp.send('Profiler.start');
    await run();
    return timeInside((await cdp.send('Profiler.stop')).profile, scriptFile);
  } finally {
    await cdp.detach().catch(() => undefined);
  }
}

interface CpuProfile {
  nodes: { id: number; callFrame: { url: string }; children?: number[] }[];
  samples?: number[];
  timeDeltas?: number[];
}

/** Milliseconds of samples with a frame of `scriptFile` anywhere on the stack: its own code and the DOM
 * calls it makes (forced layout included). */
function timeInside(profile: CpuProfile, scriptFile: string): number {
  const parent = new Map<number, number>();
  const inside = new Set<number>();
  for (const node of profile.nodes) {
    for (const child of node.children ?? []) parent.set(child, node.id);
    if (node.callFrame.url.endsWith(scriptFile)) inside.add(node.id);
  }
  const underScript = (id: number | undefined): boolean => {
    for (let cur = id; cur !== undefined; cur = parent.get(cur)) if (inside.has(cur)) return true;
    return false;
  };
  let us = 0;
  (profile.samples ?? []).forEach((id, i) => {
    if (underScript(id)) us += profile.timeDeltas?.[i] ?? 0;
  });
  return us / 1000;
}

export interface OwnTime {
  url: string;
  runs: { taskMs: number; contentScriptMs: number; ratio: number }[];
  /** The page's main-thread time ÷ the same without the content script's share: "with ÷ without". */
  medianRatio: number;
}

/**
 * The content script's own share of a churning page's main-thread time, from V8's sampling profiler in
 * one browser. Unlike the A/B pairs (two browsers, separate runs), this has no run-to-run noise, which
 * on this machine (±10% between identical runs) is larger than the cost being measured. Not included:
 * the browser recording mutation records for the observer, which the no-inputs A/B rows bound.
 */
export async function measureOwnTime(withExt: BrowserContext, url: string, scriptFile: string, runs: number): Promise<OwnTime> {
  await mutationRun(withExt, url); // warm-up, as for the pairs
  const results: OwnTime['runs'] = [];
  for (let i = 0; i < runs; i++) {
    const run = await mutationRun(withExt, url, scriptFile);
    results.push({
      taskMs: round(run.taskMs, 1),
      contentScriptMs: round(run.scriptOwnMs, 1),
      ratio: round(run.taskMs / (run.taskMs - run.scriptOwnMs), 4),
    });
  }
  return { url: new URL(url).pathname + new URL(url).search, runs: results, medianRatio: median(results.map((r) => r.ratio)) };
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
