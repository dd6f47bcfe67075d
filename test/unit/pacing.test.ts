import { describe, expect, it } from 'vitest';
import { backoffMs, IDLE_CAP_MS, WAITING_CAP_MS } from '../../lib/background/backoff.ts';
import { createGate, MIN_GAP_MS } from '../../lib/background/gate.ts';

describe('gate', () => {
  it('runs one call at a time, each starting a full second after the previous one ended', async () => {
    let clock = 0;
    const starts: number[] = [];
    let running = 0;
    let maxRunning = 0;
    const gate = createGate(() => clock, async (ms) => void (clock += ms));
    const call = () =>
      gate.run(async () => {
        starts.push(clock);
        maxRunning = Math.max(maxRunning, ++running);
        await Promise.resolve();
        clock += 300; // the request takes 300 ms
        running--;
        return clock;
      });
    await Promise.all([call(), call(), call()]);
    expect(maxRunning).toBe(1);
    expect(starts[1]! - starts[0]!).toBe(300 + MIN_GAP_MS);
    expect(starts[2]! - starts[1]!).toBe(300 + MIN_GAP_MS);
  });

  it('after a worker died during a call, waits two gaps from that call’s start', async () => {
    let clock = 10_000;
    const stored: number[] = [];
    const memory = { load: async () => stored.at(-1) ?? -Infinity, save: async (at: number) => void stored.push(at) };
    const dying = createGate(() => clock, async (ms) => void (clock += ms), memory);
    void dying.run(() => new Promise(() => {})); // the worker is stopped during this call: no end is recorded
    await Promise.resolve();
    await Promise.resolve();
    const startedAt = clock;
    const next = createGate(() => clock, async (ms) => void (clock += ms), memory);
    let second = 0;
    await next.run(async () => void (second = clock));
    expect(second - startedAt).toBe(2 * MIN_GAP_MS);
  });

  it('after the clock was set back, waits one gap, even when the worker that noticed it was stopped', async () => {
    let clock = 10_000;
    const stored = [clock + 60_000]; // written before the clock went back a minute
    const memory = { load: async () => stored.at(-1)!, save: async (at: number) => void stored.push(at) };
    const noticed = clock;
    // The first worker is stopped while it waits: its sleep never ends.
    void createGate(() => clock, () => new Promise(() => {}), memory).run(async () => undefined);
    for (let i = 0; i < 5; i++) await Promise.resolve();
    clock += 300;
    const next = createGate(() => clock, async (ms) => void (clock += ms), memory);
    let started = 0;
    await next.run(async () => void (started = clock));
    expect(started - noticed).toBe(MIN_GAP_MS);
  });

  it('keeps going after a call fails', async () => {
    const gate = createGate(() => 0, async () => undefined);
    await expect(gate.run(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(gate.run(async () => 'next')).resolves.toBe('next');
  });
});

describe('backoff', () => {
  it('grows exponentially and stays within half to all of each step', () => {
    expect(backoffMs(1, false, () => 0, null)).toBe(1000);
    expect(backoffMs(1, false, () => 1, null)).toBe(2000);
    expect(backoffMs(3, false, () => 1, null)).toBe(8000);
  });

  it('is capped at a minute while a code is awaited and five minutes otherwise', () => {
    expect(backoffMs(30, true, () => 1, null)).toBe(WAITING_CAP_MS);
    expect(backoffMs(30, false, () => 1, null)).toBe(IDLE_CAP_MS);
  });

  it('honours Retry-After when it asks for longer', () => {
    expect(backoffMs(1, true, () => 0, 120_000)).toBe(120_000);
  });
});
