// A notice is shown once per browser session, whichever worker offers it and however often.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { noticeOnce } from '../../lib/background/notice-once.ts';
import { shownNoticesItem } from '../../lib/storage/session.ts';
import type { Notice } from '../../lib/background/notices.ts';

const notice = (id: string): Notice => ({ id, title: 'Code 482913 · SMS to +7 931 335-85-47', message: 'From “Example”: Your code is 482913' });

function browserNotices(onScreen: string[] = []) {
  const show = vi.fn(async (_: Notice) => undefined);
  return { show, notify: noticeOnce({ onScreen: async () => onScreen, show, kept: shownNoticesItem }) };
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('notices shown once', () => {
  it('offered twice at once (a worker start and a poll), the browser shows it once', async () => {
    const { show, notify } = browserNotices();
    await Promise.all([notify(notice('sms:1:7')), notify(notice('sms:1:7'))]);
    await notify(notice('sms:1:7'));
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('a later worker skips what an earlier one showed, and what is still on screen', async () => {
    await browserNotices().notify(notice('sms:1:7'));
    const later = browserNotices(['sms:1:8']);
    await later.notify(notice('sms:1:7'));
    await later.notify(notice('sms:1:8'));
    await later.notify(notice('sms:1:9'));
    expect(later.show.mock.calls.map(([n]) => n.id)).toEqual(['sms:1:9']);
  });

  it('a notice the browser failed to show is shown when it is offered again', async () => {
    const { show, notify } = browserNotices();
    show.mockRejectedValueOnce(new Error('no permission'));
    await expect(notify(notice('sms:1:7'))).rejects.toThrow('no permission');
    await notify(notice('sms:1:7'));
    expect(show).toHaveBeenCalledTimes(2);
  });

  it('what session storage holds that is not a list of ids is ignored, and nothing is lost', async () => {
    await shownNoticesItem.setValue({ 'sms:1:7': true });
    const { show, notify } = browserNotices();
    await notify(notice('sms:1:7'));
    expect(show).toHaveBeenCalledTimes(1);
  });

  it('keeps the 200 newest ids, so a long session does not grow it without end', async () => {
    const { notify } = browserNotices();
    for (let i = 0; i < 250; i++) await notify(notice(`sms:1:${i}`));
    const kept = (await shownNoticesItem.getValue()) as string[];
    expect(kept).toHaveLength(200);
    expect(kept.at(-1)).toBe('sms:1:249');
    const later = browserNotices();
    await later.notify(notice('sms:1:249'));
    await later.notify(notice('sms:1:0'));
    expect(later.show.mock.calls.map(([n]) => n.id)).toEqual(['sms:1:0']);
  });
});
