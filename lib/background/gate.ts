// Request discipline for every provider call: one in flight, and at least MIN_GAP_MS between the end of
// one and the start of the next. Libraries for this provider pace at 1 request/s and it answers faster
// callers with INTERVAL_CONCURRENT_REQUESTS_ERROR (docs/onlinesim-rent-api.md). Counting from the end,
// not the start, keeps a full second between arrivals at the provider even when a slow request's
// network time shrinks on the next one (starts were measured 987 ms apart at the stand-in when the gap
// counted from the start).
export const MIN_GAP_MS = 1000;

export interface Gate {
  run<T>(call: () => Promise<T>): Promise<T>;
}

export function createGate(now: () => number, sleep: (ms: number) => Promise<void>): Gate {
  let tail: Promise<unknown> = Promise.resolve();
  let lastEnd = -Infinity;
  return {
    run<T>(call: () => Promise<T>): Promise<T> {
      const next = tail.then(async () => {
        const wait = lastEnd + MIN_GAP_MS - now();
        if (wait > 0) await sleep(wait);
        try {
          return await call();
        } finally {
          lastEnd = now();
        }
      });
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
