// The one order of SMS messages everywhere: by arrival, oldest first. The provider's ids break ties
// (two messages in the same second): numeric ids by value, others as text. Stored rentals keep their
// messages in this order, so a view that wants the newest first reverses the list instead of sorting
// it another way.
import type { Message } from './types.ts';

export function byArrival(a: Pick<Message, 'receivedAt' | 'id'>, b: Pick<Message, 'receivedAt' | 'id'>): number {
  if (a.receivedAt !== b.receivedAt) return a.receivedAt - b.receivedAt;
  const numeric = /^\d+$/.test(a.id) && /^\d+$/.test(b.id);
  if (numeric && a.id.length !== b.id.length) return a.id.length - b.id.length;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** The one de-duplication of messages: one per id, the first met wins (a stored message, with its read
 * flags and fill, over the same message listed again), in the one order above. */
export function uniqueByArrival<M extends Pick<Message, 'receivedAt' | 'id'>>(messages: Iterable<M>): M[] {
  const byId = new Map<string, M>();
  for (const message of messages) if (!byId.has(message.id)) byId.set(message.id, message);
  return [...byId.values()].sort(byArrival);
}
