// The background is the only writer of state, but its own event handlers interleave at every await.
// Read-modify-write of one item therefore goes through a queue, or two handlers would lose each other's
// update (a fill result written over a fresh poll, say).
import type { StoredItem } from '../storage/store.ts';

export function serialUpdater<T>(item: StoredItem<T>) {
  let tail: Promise<unknown> = Promise.resolve();
  return function update<R>(change: (value: T) => { value: T; result: R } | Promise<{ value: T; result: R }>): Promise<R> {
    const next = tail.then(async () => {
      const { value, result } = await change(await item.getValue());
      await item.setValue(value);
      return result;
    });
    tail = next.catch(() => undefined);
    return next;
  };
}
