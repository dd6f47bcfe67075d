// The background is the only writer of state, but its own event handlers interleave at every await.
// Read-modify-write of one item therefore goes through a queue, or two handlers would lose each other's
// update (a fill result written over a fresh poll, say). A change that hands back the very value it was
// given writes nothing: most polls and every popup opening change nothing, and rewriting megabytes of
// rentals also woke every open popup with a full list it already had.
import type { StoredItem } from '../storage/store.ts';

//
// `remember` is for an item nothing else writes (the rentals: megabytes for a power user, and reading
// them back was most of a fast-mode poll's time): the value this updater last read or wrote is what
// storage holds, so later changes start from it without a read. The memory dies with the worker, and
// the first change after a restart reads storage again.
export function serialUpdater<T>(item: StoredItem<T>, { remember = false } = {}) {
  let tail: Promise<unknown> = Promise.resolve();
  let known: { value: T } | null = null;
  function update<R>(change: (value: T) => { value: T; result: R } | Promise<{ value: T; result: R }>): Promise<R> {
    const next = tail.then(async () => {
      const current = known ? known.value : await item.getValue();
      const { value, result } = await change(current);
      if (value !== current) await item.setValue(value);
      if (remember) known = { value };
      return result;
    });
    tail = next.catch(() => undefined);
    return next;
  }
  /** With `remember`: the stored value as this updater last read or wrote it; null before its first change. */
  update.remembered = (): T | null => known?.value ?? null;
  return update;
}
