// Scheduling state that must survive the worker being stopped but not a browser restart.
import { sessionItem } from './store.ts';

export interface WaitingField {
  tabId: number;
  frameId: number;
  /** The reporting frame's host: an origin-bound code must match the frame it goes into. */
  host: string;
  /** When the field was first reported visible: codes that arrived after it may be filled. */
  since: number;
}

export interface PollState {
  /** Consecutive transient failures. */
  failures: number;
  /** No poll before this time (backoff, Retry-After). */
  notBefore: number;
  /** The fast loop runs until then; extended by every "someone is waiting" signal. */
  fastUntil: number;
  waiting: WaitingField[];
}

export const pollItem = sessionItem<PollState>('poll', { failures: 0, notBefore: 0, fastUntil: 0, waiting: [] });

/** When the last provider call started or ended (epoch ms): keeps the one-a-second pace across worker
 * restarts (gate.ts). */
export const lastCallItem = sessionItem<number>('lastCall', 0);
