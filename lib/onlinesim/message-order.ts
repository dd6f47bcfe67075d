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
