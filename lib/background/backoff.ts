// Exponential backoff with jitter after transient failures. The cap is short while someone waits for a
// code (a minute of silence is already long) and longer otherwise, so a provider outage costs little.
export const WAITING_CAP_MS = 60_000;
export const IDLE_CAP_MS = 5 * 60_000;
const BASE_MS = 2000;

/** Delay before the next poll after `failures` consecutive transient failures (>= 1). */
export function backoffMs(failures: number, waiting: boolean, random: () => number, retryAfterMs: number | null): number {
  const cap = waiting ? WAITING_CAP_MS : IDLE_CAP_MS;
  const exponential = Math.min(cap, BASE_MS * 2 ** Math.min(failures - 1, 20));
  // "Equal jitter": never less than half the step, so retries from many browsers spread out without
  // collapsing to zero.
  const jittered = exponential / 2 + (exponential / 2) * random();
  return Math.max(jittered, retryAfterMs ?? 0);
}
