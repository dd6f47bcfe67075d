// Each notice is shown once, although the service worker can be stopped between showing a notice and
// recording it in the rentals (engine.ts records it in a write queued behind the poll's): the next
// worker would show it again. Its id is kept in session storage as soon as the browser has shown
// it, and the next worker skips it even when the user has dismissed it meanwhile (then the browser's
// own list no longer has it, and showing it again would bring it back). A worker stopped between
// the browser's call and that note shows it again: a window of one session-storage write.
import { z } from 'zod';
import type { StoredItem } from '../storage/store.ts';
import type { Notice } from './notices.ts';

/** Ids kept: far more than can be shown but not yet recorded (a poll's or a start's notices). */
const KEPT = 200;

const idsSchema = z.array(z.string());

export interface NoticeOnceDeps {
  /** Ids of the notices the browser shows now (notifications.getAll()). */
  onScreen(): Promise<string[]>;
  show(notice: Notice): Promise<void>;
  /** The ids shown in this browser session, as kept by earlier workers. */
  kept: StoredItem<unknown>;
}

export function noticeOnce(deps: NoticeOnceDeps): (notice: Notice) => Promise<void> {
  let known: Promise<Set<string>> | null = null;
  /** Notices being shown now: a worker's start (`resume`) and a poll can offer the same one at once. */
  const showing = new Map<string, Promise<void>>();

  const load = async (): Promise<Set<string>> => {
    // Read once per worker, not with every notice: a round trip on the way of each poll with an SMS.
    const [onScreen, kept] = await Promise.all([deps.onScreen().catch(() => []), deps.kept.getValue().catch(() => [])]);
    const parsed = idsSchema.safeParse(kept);
    return new Set([...(parsed.success ? parsed.data : []), ...onScreen]);
  };

  return async (notice) => {
    const ids = await (known ??= load());
    if (ids.has(notice.id)) return;
    const under = showing.get(notice.id);
    if (under) return under;
    const shown = (async () => {
      await deps.show(notice);
      ids.add(notice.id);
      // A note that cannot be kept costs at most a repeat after a stop, not the notice.
      await deps.kept.setValue([...ids].slice(-KEPT)).catch(() => undefined);
    })().finally(() => showing.delete(notice.id));
    showing.set(notice.id, shown);
    return shown;
  };
}
