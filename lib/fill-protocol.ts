// The two messages between the background and content scripts, checked by hand instead of with zod:
// the content script runs in every frame of every page, and zod alone would be several times its
// 15 KB budget. The checks are as strict as the zod schemas elsewhere: exact keys, exact types.
import { CODE_PATTERN, type Code } from './otp/code.ts';
import type { FillFailure } from './otp/fill.ts';

/** Background → content script (one tab and frame). */
export interface FillRequest {
  type: 'fill';
  code: Code;
  /** For an origin-bound code, the registrable domain the background found it bound to (it holds the
   * Public Suffix List): the content script types it only on that domain or a subdomain, in a secure
   * context. null: the code is bound to no site. */
  site: string | null;
  /** Fill only the focused field (keyboard shortcut, context menu) rather than the detected one. */
  focusedOnly: boolean;
  /** The document whose field report this fill answers; another document in that frame (it navigated
   * since) refuses. null for the manual paths, which go by focus instead. */
  doc: string | null;
  /** The "code filled" notice in the user's language, shown as text after a fill. Sent along because the
   * background's tables speak Kazakh where Chrome's i18n (which has no kk UI locale) answers in English,
   * and it costs the always-on content script no translations. */
  notice: string;
}

/** Background → top frame: which origin is the tab showing? (The background may not read tab URLs.) */
export interface WhereRequest {
  type: 'where';
}

/** Why a frame did not type the code: the filler's own reasons, and the content script's checks before it. */
export type FillRefusal = FillFailure | 'no-field' | 'other-site' | 'other-document' | 'busy';
export type FillReply = { ok: true; host: string } | { ok: false; reason: FillRefusal };

function record(value: unknown, keys: readonly string[]): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null; // an array fails the key check below
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => own.includes(k)) ? (value as Record<string, unknown>) : null;
}

const nameOrNull = (v: unknown): boolean => v === null || (typeof v === 'string' && v.length > 0 && v.length <= 253);

export function parseFillRequest(value: unknown): FillRequest | null {
  const r = record(value, ['type', 'code', 'site', 'focusedOnly', 'doc', 'notice']);
  if (!r || r.type !== 'fill' || typeof r.code !== 'string' || !CODE_PATTERN.test(r.code) || typeof r.focusedOnly !== 'boolean') return null;
  if (!nameOrNull(r.site) || !nameOrNull(r.doc) || typeof r.notice !== 'string' || r.notice.length > 200) return null;
  return r as unknown as FillRequest; // exactly these six keys, each checked
}

export const isWhereRequest = (value: unknown): value is WhereRequest => record(value, ['type'])?.type === 'where';

// Complete by its type: a reason added to FillRefusal that is missing here does not compile.
const REFUSALS: Record<FillRefusal, true> = {
  'not-visible': true, 'user-typed': true, rejected: true, 'length-mismatch': true, gone: true,
  'no-field': true, 'other-site': true, 'other-document': true, busy: true,
};

export function parseFillReply(value: unknown): FillReply | null {
  const ok = record(value, ['ok', 'host']);
  if (ok && ok.ok === true && typeof ok.host === 'string' && ok.host.length <= 253) return { ok: true, host: ok.host };
  const failed = record(value, ['ok', 'reason']);
  if (failed && failed.ok === false && typeof failed.reason === 'string' && Object.hasOwn(REFUSALS, failed.reason)) return { ok: false, reason: failed.reason as FillRefusal };
  return null;
}
