// Runs in every frame of every page, so it must cost nothing where there is no OTP field: one throttled
// MutationObserver that only looks again when inputs were added. It never listens to `window` messages
// and never puts a code into the page except into the field itself: the page can neither trigger a fill
// nor read a code any other way.
//
// It talks to the extension through the browser's own `chrome` object rather than the polyfilled
// `browser` the other contexts use: the polyfill alone would be most of this script's size budget, and
// the two calls made here (sendMessage with a promise, onMessage with sendResponse) behave the same in
// Chrome and Firefox without it.
import { bestFillableTarget, mayContainInputs } from '@/lib/otp/detect';
import { fillTarget, watchUserTyping } from '@/lib/otp/fill';
import { fillFocused } from '@/lib/otp/focused-field';
import { showFillNotice } from '@/lib/otp/notice';
import { hostOf, originAllows } from '@/lib/otp/origin';
import { parseFillRequest, type FieldReport, type FillReply } from '@/lib/fill-protocol';

const RESCAN_THROTTLE_MS = 300;

interface Sender {
  id?: string;
  tab?: unknown;
}
interface ExtensionApi {
  runtime: {
    id?: string;
    sendMessage(message: FieldReport): Promise<unknown>;
    onMessage: { addListener(listener: (raw: unknown, sender: Sender, respond: (reply: FillReply) => void) => boolean | undefined): void };
  };
  i18n: { getMessage(key: string): string };
}

// Bundled by scripts/build-content-script.ts rather than by WXT, and declared in the manifest by hand
// (wxt.config.ts): WXT's content-script and unlisted-script wrappers bring a polyfill, a location
// watcher and a logger this script does not need.
main();

function main(): void {
  const api = (globalThis as unknown as { chrome: ExtensionApi }).chrome;
  const extensionId = api.runtime.id;
  watchUserTyping(document);
  let reported = false;

  const report = (present: boolean) => {
    if (present === reported) return;
    reported = present;
    // Rejects when the extension was reloaded or updated under this page: nothing left to tell.
    api.runtime.sendMessage({ type: 'otp-field', present }).catch(() => undefined);
  };
  // A code field that is in the page but hidden (a later step of the form, or below the fold) often
  // appears through a class or style change, which adds no node for the observer below to see. So the
  // hidden candidates themselves are watched for coming into view. Observing an element that is already
  // observed does nothing (no second initial report), so a scan from the callback cannot loop.
  const cameIntoView = new IntersectionObserver((entries) => {
    if (entries.some((e) => e.isIntersecting)) scan();
  });
  const scan = () => {
    if (document.hidden) return;
    const hidden: HTMLInputElement[] = [];
    report(bestFillableTarget(document, hidden) !== null);
    for (const el of hidden) cameIntoView.observe(el);
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
    reported = false;
    scan();
  };
  document.addEventListener('visibilitychange', rescan);
  window.addEventListener('focus', rescan);
  scan();

  api.runtime.onMessage.addListener((raw, sender, respond) => {
    // Only our own background may ask for a fill; other extensions' messages never reach here, and a
    // message from another content script or one of our pages in a tab would carry a tab.
    if (sender.id !== extensionId || sender.tab) return undefined;
    const request = parseFillRequest(raw);
    if (!request) return undefined;
    // Sent to every frame when only the focused field counts: only the frame holding the focus answers.
    if (request.focusedOnly && !document.hasFocus()) return undefined;
    void fill(request.code, request.origin, request.focusedOnly).then((outcome) => {
      if (outcome.ok) showFillNotice(document, api.i18n.getMessage('codeFilledNotice')); // every locale has it (i18n test)
      respond(outcome.ok ? { ok: true, host: ownHost() } : outcome);
    });
    return true; // the answer comes asynchronously
  });
}

async function fill(code: string, origin: string | null, focusedOnly: boolean): Promise<{ ok: true } | { ok: false; reason: string }> {
  // A code bound to another site never goes in here, whoever asks (defence in depth: the background
  // checks the frame's host too).
  if (!originAllows(origin, ownHost())) return { ok: false, reason: 'other-site' };
  if (focusedOnly) return fillFocused(document, code);
  const target = bestFillableTarget(document);
  return target ? fillTarget(target, code) : { ok: false, reason: 'no-field' };
}

/** This frame's site. An about:srcdoc or about:blank frame has no host of its own but runs with its
 * parent's origin, which `window.origin` gives. */
function ownHost(): string {
  return hostOf(window.origin) ?? location.hostname;
}
