// Which frame of the tab may receive a code, decided in the background where the Public Suffix List
// lives (site.ts). A page embeds whatever it likes (ads, widgets, another site's login), and a frame
// that reports a code field first is not thereby the frame the code is for.
import { bindingMatches, domainOf, sameSite, siteOfUrl } from './site.ts';

export interface Binding {
  /** "@top.example #123456": the site the code is for (the top-level page's). */
  origin: string | null;
  /** "@top.example #123456 @pay.example": the frame inside that page the code is for. */
  embedded: string | null;
}

export interface FrameFacts {
  frameId: number;
  frameUrl: string;
  /** The tab's top-level address, when known. */
  topUrl: string | null;
  /** The frame's own check of visibility took in what its ancestors do to it (IntersectionObserver v2). */
  checkedAcrossFrames: boolean;
}

/** What the content script of the chosen frame must still check before typing: the registrable
 * domain its own host must belong to (null: the code is bound to no site). */
export type Permit = { site: string | null };

/**
 * May this code go into this frame? By itself (`requested` false): the top frame, or a frame of the
 * top frame's site; a frame of another site only for a code bound to that frame's site, and only when
 * its visibility was checked across frames. At the user's request (popup, shortcut, context menu) any
 * frame the user picked, but a bound code still only where it is bound.
 */
export function framePermit(binding: Binding, frame: FrameFacts, requested: boolean): Permit | null {
  const site = siteOfUrl(frame.frameUrl);
  const top = frame.frameId === 0 ? site : frame.topUrl ? siteOfUrl(frame.topUrl) : null;
  const withTop = frame.frameId === 0 || sameSite(site, top);
  if (binding.origin === null) return withTop || requested ? { site: null } : null;

  const forThisFrame = binding.embedded ?? binding.origin;
  if (!bindingMatches(forThisFrame, frame.frameUrl)) return null;
  // The embedded form names the page the frame must sit in, too.
  if (binding.embedded !== null && !(frame.topUrl && bindingMatches(binding.origin, frame.topUrl))) return null;
  if (!withTop && !requested && !frame.checkedAcrossFrames) return null;
  return { site: domainOf(forThisFrame.replace(/:\d+$/, '')) };
}

/** Several fields reported: the one the user focused first, then the top frame's, then the newest. */
export function byPreference<T extends { frameId: number; focused: boolean; since: number }>(fields: T[]): T[] {
  return [...fields].sort(
    (a, b) => Number(b.focused) - Number(a.focused) || Number(b.frameId === 0) - Number(a.frameId === 0) || b.since - a.since,
  );
}
