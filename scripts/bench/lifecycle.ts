// Everything the bench starts (browsers, servers, temp profiles) is registered here and torn down in
// reverse order on success, on error, on Ctrl+C and when the overall time budget runs out, so a failed
// run never leaves a Chromium or a listening port behind.

type Cleanup = () => Promise<unknown> | void;

const cleanups: Cleanup[] = [];
let stopping: Promise<void> | null = null;

export function onCleanup(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

export function cleanupAll(): Promise<void> {
  stopping ??= (async () => {
    for (const cleanup of cleanups.reverse()) {
      // One cleanup that hangs (a browser that will not close) must not keep the others from running.
      await Promise.race([Promise.resolve().then(cleanup).catch(() => undefined), sleep(15_000)]);
    }
  })();
  return stopping;
}

/** Installs the signal handlers and a hard deadline for the whole run. */
export function guardRun(budgetMs: number): void {
  const bail = (why: string, code: number) => {
    console.error(`\nbench: ${why}; cleaning up…`);
    void cleanupAll().then(() => process.exit(code));
  };
  process.on('SIGINT', () => bail('interrupted', 130));
  process.on('SIGTERM', () => bail('terminated', 143));
  process.on('unhandledRejection', (reason) => bail(`unhandled rejection: ${reason instanceof Error ? reason.message : String(reason)}`, 1));
  setTimeout(() => bail(`over the ${Math.round(budgetMs / 60_000)}-minute budget`, 1), budgetMs).unref();
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Polls `probe` until it returns a value other than undefined, at most `timeoutMs`. */
export async function waitFor<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs: number, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(everyMs);
  }
}
