// Request discipline from the stand-in's own log: what the provider would see.
import type { RequestLogEntry } from '../../test/stand-in/server.ts';
import { gaps, maxInWindow, median, round } from './stats.ts';

export interface IdleRate {
  observedMs: number;
  requests: number;
  /** requests / observed time, scaled to an hour. */
  perHourByCount: number;
  /** 3600 s / median gap between requests: does not depend on where the window cut the period. */
  perHourByInterval: number | null;
  medianGapMs: number | null;
}

export function idleRate(log: readonly RequestLogEntry[], from: number, to: number): IdleRate {
  const times = log.filter((r) => r.at >= from && r.at < to).map((r) => r.at);
  const gap = times.length >= 2 ? median(gaps(times)) : null;
  return {
    observedMs: to - from,
    requests: times.length,
    perHourByCount: round((times.length / (to - from)) * 3_600_000, 1),
    perHourByInterval: gap ? round(3_600_000 / gap, 1) : null,
    medianGapMs: gap === null ? null : round(gap),
  };
}

export interface WaitingDiscipline {
  observedMs: number;
  requests: number;
  perHour: number;
  maxStartsIn1s: number;
  minGapMs: number | null;
  /** The two requests closest together, as the stand-in saw them arrive. */
  closestPair: { paths: [string, string]; gapMs: number } | null;
  maxInFlight: number;
}

export function waitingDiscipline(log: readonly RequestLogEntry[], from: number, to: number): WaitingDiscipline {
  const window = log.filter((r) => r.at >= from && r.at < to).sort((a, b) => a.at - b.at);
  const times = window.map((r) => r.at);
  const g = gaps(times);
  const closest = g.length > 0 ? g.indexOf(Math.min(...g)) : -1;
  return {
    observedMs: to - from,
    requests: window.length,
    perHour: round((window.length / (to - from)) * 3_600_000, 1),
    maxStartsIn1s: maxInWindow(times, 1000),
    minGapMs: g.length > 0 ? Math.min(...g) : null,
    closestPair: closest < 0 ? null : { paths: [window[closest]!.path, window[closest + 1]!.path], gapMs: g[closest]! },
    maxInFlight: window.reduce((m, r) => Math.max(m, r.inFlight), 0),
  };
}
