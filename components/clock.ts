// The popup's one clock. A component that shows something running (time left, "new" marks, the order
// of the cards) reads `now` here and says when what it shows next changes; each second the clock
// re-renders only the components whose moment has come. Re-rendering the whole popup every second
// held the main thread for tens of ms at a hundred rentals, every second, for a countdown that shows
// minutes (issue 17).
import { createContext } from 'preact';
import { useContext, useLayoutEffect, useReducer, useRef } from 'preact/hooks';

/** Epoch ms. The popup's tests give a fixed one (PopupApp's `clock`). */
export const ClockContext = createContext<() => number>(Date.now);

const TICK_MS = 1000;
const listeners = new Set<() => void>();
let timer: ReturnType<typeof setInterval> | undefined;

/** One interval for every component: all that are due re-render in the same task, in one pass. */
function onTick(listener: () => void): () => void {
  listeners.add(listener);
  timer ??= setInterval(() => listeners.forEach((l) => l()), TICK_MS);
  return () => {
    listeners.delete(listener);
    if (listeners.size > 0) return;
    clearInterval(timer);
    timer = undefined;
  };
}

/** Now, read at every render. `nextChange(now)` is the first moment at which the caller would show
 * something else; it is re-rendered at the first tick at or after that moment (at most a second late,
 * as with a one-second interval), and not before unless something else re-renders it. */
export function useNow(nextChange: (now: number) => number): number {
  const clock = useContext(ClockContext);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  const now = clock();
  const due = useRef(0);
  due.current = nextChange(now);
  // Subscribed and left at commit: Preact 11 runs a passive effect's cleanup on unmount only at the
  // next frame, so the clock could keep ticking for components already gone.
  useLayoutEffect(
    () =>
      onTick(() => {
        if (clock() >= due.current) rerender(undefined);
      }),
    [clock],
  );
  return now;
}
