// Scheduling state that must survive the worker being stopped but not a browser restart.
import { sessionItem } from './store.ts';

export interface WaitingField {
  tabId: number;
  frameId: number;
  /** The reporting frame's address: its site decides which codes it may take (frame-policy.ts). */
  frameUrl: string;
  /** The reporting document (FieldReport.doc): a fill goes to that document, not to a later one. */
  doc: string;
  /** When the field was first reported visible: codes that arrived after it may be filled. */
  since: number;
  focused: boolean;
  /** Its visibility was checked across frames (FieldReport.checked). */
  checked: boolean;
  /** A code was auto-filled into this report's field: one report, at most one code by itself. */
  used: boolean;
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

/** Ids of the notices shown in this browser session (lib/background/notice-once.ts); read as unknown,
 * checked where it is read. */
export const shownNoticesItem = sessionItem<unknown>('shownNotices', []);
