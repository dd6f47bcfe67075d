// Runs in every frame of every page, so it must cost nothing where there is no OTP field: one throttled
// MutationObserver that only looks again when inputs were added. It never listens to `window` messages
// and never puts a code into the page except into the field itself: the page can neither trigger a fill
// nor read a code any other way.
//
// It talks to the extension through the browser's own `chrome` object rather than the polyfilled
// `browser` the other contexts use: the polyfill alone would be most of this script's size budget, and
// the two calls made here (sendMessage with a promise, onMessage with sendResponse) behave the same in
// Chrome and Firefox without it.
import { bestFillableTarget, mayContainInputs, type OtpTarget } from '@/lib/otp/detect';
import { fillTarget, watchUserTyping } from '@/lib/otp/fill';
import { deepActiveElement, fillFocused } from '@/lib/otp/focused-field';
import { showFillNotice } from '@/lib/otp/notice';
import { hostOf, siteAllows } from '@/lib/otp/origin';
import { faceOf } from '@/lib/otp/visibility';
import { isWhereRequest, parseFillRequest, type FillRefusal, type FillReply, type FillRequest } from '@/lib/fill-protocol';
// Types only: the schemas beside them stay in the background.
import type { FieldReport, Sender } from '@/lib/messages';

const RESCAN_THROTTLE_MS = 300;

interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: FieldReport): Promise<unknown>;
    onMessage: { addListener(listener: (raw: unknown, sender: Sender, respond: (reply: FillReply | string) => void) => boolean | undefined): void };
  };
}

// Bundled by scripts/build-content-script.ts rather than by WXT, and declared in the manifest by hand
// (wxt.config.ts): WXT's content-script and unlisted-script wrappers bring a polyfill, a location
// watcher and a logger this script does not need.
main();

function main(): void {
  const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  const extensionId = api.runtime.id;
  // This document's name in field reports: a fill meant for it never lands in whatever the frame shows next.
  const doc = Array.from(crypto.getRandomValues(new Uint8Array(12)), (b) => b.toString(16).padStart(2, '0')).join('');
  // Only a frame needs the browser's word on what its parents do to it; in the top frame our own checks
  // see the whole page, and IntersectionObserver v2 counts any overlap as occlusion — an outline drawn
  // over a field's edge (MUI's outlined inputs) would hide every field of such a page.
  const sight = window === window.top ? null : createSight(() => scan());
  // Without IntersectionObserver v2 (Firefox) a frame's own checks (visibility.ts) read what every parent
  // of its origin does to it, but not a frame of another origin: one between this frame and the top (an
  // ad that embeds the page's own code step and fades it: red team round 4) goes unseen, so such a
  // frame offers no field by itself. The top frame itself is the page's site, which the background checks.
  const parentsSeen = () => sight !== null || window === window.top || framesBetweenReadable();
  watchUserTyping(document);
  let reported = '';

  const report = (present: boolean, focused: boolean) => {
    const key = present ? `on:${focused}` : '';
    if (key === reported) return;
    reported = key;
    const message: FieldReport = { type: 'otp-field', present, doc, focused, checked: sight !== null };
    // Rejects when the extension was reloaded or updated under this page: nothing left to tell.
    api.runtime.sendMessage(message).catch(() => undefined);
  };
  // A code field that is in the page but hidden (a later step of the form, or below the fold) often
  // appears through a class or style change, which adds no node for the observer below to see. So the
  // hidden candidates themselves are watched for coming into view. Observing an element that is already
  // observed does nothing (no second initial report), so a scan from the callback cannot loop.
  const cameIntoView = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) scan();
  });
  let current: OtpTarget | null = null;
  // While a view transition shows its snapshots nothing is seen (visibility.ts); when it ends, nothing
  // in the page changes for the watches here to notice, so the end of each transition asks for a look.
  let transition: ViewTransition | null | undefined;
  const scan = () => {
    if (document.hidden) return;
    if (document.activeViewTransition && document.activeViewTransition !== transition) {
      transition = document.activeViewTransition;
      transition.finished.then(scan, scan);
    }
    const hidden: HTMLInputElement[] = [];
    current = bestFillableTarget(document, hidden);
    for (const el of hidden) cameIntoView.observe(el);
    const seen = current !== null && parentsSeen() && (sight?.sees(current) ?? true);
    report(seen, seen && current!.elements.includes(deepActiveElement(document) as HTMLInputElement));
  };

  // On a page that churns its DOM, the cost is the browser recording every mutation for an observer,
  // not our callback. So the observer takes one batch, then stops listening until the throttled look
  // (at most one per RESCAN_THROTTLE_MS); the look is a full scan only when that batch added an input
  // (or an open shadow root holding one, by then rendered) or the page's input count changed meanwhile.
  const inputs = document.getElementsByTagName('input');
  let inputCount = inputs.length;
  const observer = new MutationObserver((records) => {
    if (!api.runtime.id) return observer.disconnect(); // this copy of the extension is gone
    observer.disconnect();
    setTimeout(() => {
      if (inputs.length !== inputCount || records.some((r) => mayContainInputs(r.addedNodes))) scan();
      inputCount = inputs.length;
      watch();
    }, RESCAN_THROTTLE_MS);
  });
  const watch = () => observer.observe(document, { childList: true, subtree: true });
  watch();

  // The background fills only the tab the user is looking at: say so again whenever this one comes back.
  const rescan = () => {
    reported = '';
    scan();
  };
  document.addEventListener('visibilitychange', rescan);
  window.addEventListener('focus', rescan);
  // The user moved into or out of the reported field: the background prefers a focused field. A fill
  // moves the focus too; that is not news, and reporting it asked the background for the code again.
  let filling = false;
  document.addEventListener('focusin', () => current && !filling && scan());
  // The document goes away (navigation, frame removed): its report goes with it.
  window.addEventListener('pagehide', () => report(false, false));
  window.addEventListener('pageshow', (e) => e.persisted && rescan());
  scan();

  api.runtime.onMessage.addListener((raw, sender, respond) => {
    // Only our own background may ask for a fill; other extensions' messages never reach here, and a
    // message from another content script or one of our pages in a tab would carry a tab.
    if (sender.id !== extensionId || sender.tab) return undefined;
    if (isWhereRequest(raw)) {
      if (window === window.top) respond(window.origin);
      return undefined;
    }
    const request = parseFillRequest(raw);
    if (!request) return undefined;
    // Sent to every frame when only the focused field counts: only the frame whose focused element is
    // an input answers. (A parent of a focused frame has focus too, on the <iframe>: it stays silent.)
    if (request.focusedOnly && (!document.hasFocus() || deepActiveElement(document)?.tagName !== 'INPUT')) return undefined;
    // Two fills typing into the same boxes at once spoil each other: one at a time.
    if (filling) {
      respond({ ok: false, reason: 'busy' });
      return undefined;
    }
    filling = true;
    void fill(request, sight).finally(() => (filling = false)).then((outcome) => {
      if (outcome.ok) showFillNotice(document, request.notice); // in the user's language, from the background
      respond(outcome.ok ? { ok: true, host: ownHost() } : outcome);
    });
    return true; // the answer comes asynchronously
  });

  async function fill(request: FillRequest, sight: Sight | null): Promise<{ ok: true } | { ok: false; reason: FillRefusal }> {
    // A code bound to another site never goes in here, whoever asks (the background decided the site
    // with the Public Suffix List; this is the last check, in the frame itself).
    if (!siteAllows(request.site, ownHost(), window.isSecureContext)) return { ok: false, reason: 'other-site' };
    if (request.focusedOnly) return fillFocused(document, request.code);
    if (request.doc !== doc) return { ok: false, reason: 'other-document' };
    const target = bestFillableTarget(document);
    if (!target) return { ok: false, reason: 'no-field' };
    if (!parentsSeen() || (sight && !sight.sees(target))) return { ok: false, reason: 'not-visible' };
    return fillTarget(target, request.code);
  }
}

/** Every frame between this one and the top is readable from here (of this frame's origin). */
function framesBetweenReadable(): boolean {
  for (let w = window.parent; w !== window.top; w = w.parent) {
    try {
      void w.document;
    } catch {
      return false;
    }
  }
  return true;
}

/** This frame's site. An about:srcdoc or about:blank frame has no host of its own but runs with its
 * parent's origin, which `window.origin` gives. */
function ownHost(): string {
  return hostOf(window.origin) ?? location.hostname;
}

interface Sight {
  /** IntersectionObserver v2 last found every part of the target visible (unoccluded, unfaded). */
  sees(target: OtpTarget): boolean;
}

/**
 * IntersectionObserver v2 (Chromium): the browser itself says whether an element is painted
 * unoccluded, at full opacity, without filters or distorting transforms, taking in every ancestor
 * frame, which a frame's own checks cannot see across origins. null where it does not exist (Firefox):
 * there the background keeps auto-fill to frames of the top page's site. What it watches is the
 * field's face (visibility.ts): a transparent input over slots is seen through its widget.
 */
function createSight(changed: () => void): Sight | null {
  if (!('isVisible' in IntersectionObserverEntry.prototype)) return null;
  const visible = new WeakMap<Element, boolean>();
  const observer = new IntersectionObserver(
    (entries) => {
      for (const e of entries) visible.set(e.target, (e as IntersectionObserverEntry & { isVisible: boolean }).isVisible);
      changed();
    },
    { trackVisibility: true, delay: 100 } as IntersectionObserverInit,
  );
  return {
    sees(target) {
      return target.elements.every((el) => {
        const face = faceOf(el);
        if (!face) return false;
        if (!visible.has(face)) observe(face); // first look: the answer comes in a callback
        return visible.get(face) === true;
      });
    },
  };
  function observe(face: Element) {
    visible.set(face, false);
    observer.observe(face);
  }
}
