// Request discipline for every provider call: one in flight, and at least MIN_GAP_MS between the end of
// one and the start of the next. Libraries for this provider pace at 1 request/s and it answers faster
// callers with INTERVAL_CONCURRENT_REQUESTS_ERROR (docs/provider-api.md). Counting from the end,
// not the start, keeps a full second between arrivals at the provider even when a slow request's
// network time shrinks on the next one (starts were measured 987 ms apart at the stand-in when the gap
// counted from the start).
export const MIN_GAP_MS = 1000;

export interface Gate {
  run<T>(call: () => Promise<T>): Promise<T>;
}

/** Where the gate keeps the time of its last call. In memory alone the pace dies with the worker: a
 * restarted worker (woken at once by the popup's reconnecting port) called the provider 226–876 ms after
 * the stopped one (test/e2e/chrome/reliability.spec.ts). */
export interface GateMemory {
  load(): Promise<number>;
  save(at: number): Promise<void>;
}

export function createGate(now: () => number, sleep: (ms: number) => Promise<void>, memory?: GateMemory): Gate {
  let tail: Promise<unknown> = Promise.resolve();
  let last = -Infinity;
  const remember = async (at: number) => {
    last = at;
    await memory?.save(at).catch(() => undefined);
  };
  return {
    run<T>(call: () => Promise<T>): Promise<T> {
      const next = tail.then(async () => {
        if (memory) last = Math.max(last, await memory.load().catch(() => -Infinity));
        // No record is more than one gap ahead of the clock that wrote it (below), so one further ahead
        // means the clock was set back since: it no longer tells when the last request went out. It is
        // replaced at once, before waiting, by "a request just now". Waiting for it instead (capped at two
        // gaps) stalled every call where the worker lives less than that: a Firefox event page unloaded
        // after half a second idle was stopped during each wait, and the next found the same record.
        if (last > now() + MIN_GAP_MS) await remember(now());
        const wait = last + MIN_GAP_MS - now();
        if (wait > 0) await sleep(wait);
        // A worker stopped during a call never records its end, and its request may reach the provider
        // a little after it started. So the start is remembered as an end one gap later: the next worker
        // keeps a full second from that request's arrival too (start-only records let two requests
        // arrive 900-odd ms apart in the chaos run).
        await remember(now() + MIN_GAP_MS);
        try {
          return await call();
        } finally {
          await remember(now());
        }
      });
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
