// Request discipline for every provider call: one in flight, at least MIN_GAP_MS between starts.
// Libraries for this provider pace at 1 request/s and it answers faster callers with
// INTERVAL_CONCURRENT_REQUESTS_ERROR (docs/onlinesim-rent-api.md).
export const MIN_GAP_MS = 1000;

export interface Gate {
  run<T>(call: () => Promise<T>): Promise<T>;
}

export function createGate(now: () => number, sleep: (ms: number) => Promise<void>): Gate {
  let tail: Promise<unknown> = Promise.resolve();
  let lastStart = -Infinity;
  return {
    run<T>(call: () => Promise<T>): Promise<T> {
      const next = tail.then(async () => {
        const wait = lastStart + MIN_GAP_MS - now();
        if (wait > 0) await sleep(wait);
        lastStart = now();
        return call();
      });
      tail = next.catch(() => undefined);
      return next;
    },
  };
}
