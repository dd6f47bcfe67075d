// The background is the only writer of state, but its own event handlers interleave at every await.
// Read-modify-write of one item therefore goes through a queue, or two handlers would lose each other's
// update (a fill result written over a fresh poll, say). A change that hands back the very value it was
// given writes nothing: most polls and every popup opening change nothing, and rewriting megabytes of
// rentals also woke every open popup with a full list it already had.
import type { StoredItem } from '../storage/store.ts';

export function serialUpdater<T>(item: StoredItem<T>) {
  let tail: Promise<unknown> = Promise.resolve();
  return function update<R>(change: (value: T) => { value: T; result: R } | Promise<{ value: T; result: R }>): Promise<R> {
    const next = tail.then(async () => {
      const current = await item.getValue();
      const { value, result } = await change(current);
      if (value !== current) await item.setValue(value);
      return result;
    });
    tail = next.catch(() => undefined);
    return next;
  };
}
