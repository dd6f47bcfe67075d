// Runs in every frame of every page, so it must cost nothing where there is no OTP field: one throttled
// MutationObserver that only looks again when inputs were added. It never listens to `window` messages
// and never puts a code into the page except into the field itself: the page can neither trigger a fill
// nor read a code any other way.
import { browser } from 'wxt/browser';
import { bestFillableTarget, mayContainInputs } from '@/lib/otp/detect';
import { fillTarget, watchUserTyping } from '@/lib/otp/fill';
import { fillFocused } from '@/lib/otp/focused-field';
import { showFillNotice } from '@/lib/otp/notice';
import { hostOf, originAllows } from '@/lib/otp/origin';
import { fillRequestSchema, type ContentMessage, type FillReply } from '@/lib/messages';

const RESCAN_THROTTLE_MS = 300;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  allFrames: true,
  // Sign-in steps are often rendered into srcdoc/about:blank frames that inherit the page's origin.
  matchAboutBlank: true,
  runAt: 'document_idle',
  main(ctx) {
    watchUserTyping(document);
    let reported = false;

    const report = (present: boolean) => {
      if (present === reported) return;
      reported = present;
      const message: ContentMessage = { type: 'otp-field', present };
      browser.runtime.sendMessage(message).catch(() => undefined); // the extension was reloaded: nothing to tell
    };
    const scan = () => {
      if (document.visibilityState !== 'visible') return;
      report(bestFillableTarget(document) !== null);
    };

    let scheduled = false;
    const observer = new MutationObserver((records) => {
      if (scheduled || !records.some((r) => mayContainInputs(r.addedNodes))) return;
      scheduled = true;
      ctx.setTimeout(() => {
        scheduled = false;
        scan();
      }, RESCAN_THROTTLE_MS);
    });
    observer.observe(document, { childList: true, subtree: true });
    ctx.onInvalidated(() => observer.disconnect());

    // The background fills only the tab the user is looking at: say so again whenever this one comes back.
    const rescan = () => {
      reported = false;
      scan();
    };
    ctx.addEventListener(document, 'visibilitychange', rescan);
    ctx.addEventListener(window, 'focus', rescan);
    scan();

    browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<FillReply> | undefined => {
      // Only our own background may ask for a fill; other extensions' messages never reach here, and a
      // message from another content script would carry a tab.
      if (sender.id !== browser.runtime.id || sender.tab) return undefined;
      const request = fillRequestSchema.safeParse(raw);
      if (!request.success) return undefined;
      // A code bound to another site never goes in here, whoever asks (defence in depth: the background
      // checks the frame's host too).
      if (!originAllows(request.data.origin, ownHost())) return Promise.resolve({ ok: false, reason: 'other-site' });
      if (request.data.focusedOnly) {
        // Sent to every frame: only the one holding the focus answers.
        if (!document.hasFocus()) return undefined;
        return fillFocused(document, request.data.code).then((outcome) => reply(outcome));
      }
      const target = bestFillableTarget(document);
      if (!target) return Promise.resolve({ ok: false, reason: 'no-field' });
      return fillTarget(target, request.data.code).then((outcome) => reply(outcome));
    });
  },
});

function reply(outcome: { ok: true } | { ok: false; reason: string }): FillReply {
  if (!outcome.ok) return { ok: false, reason: outcome.reason };
  showFillNotice(document, browser.i18n.getMessage('codeFilledNotice') || 'SimFill filled the code');
  return { ok: true, host: ownHost() };
}

/** This frame's site. An about:srcdoc or about:blank frame has no host of its own but runs with its
 * parent's origin, which `window.origin` gives. */
function ownHost(): string {
  return hostOf(window.origin) ?? location.hostname;
}
