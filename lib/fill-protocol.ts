// The two messages between the background and content scripts, checked by hand instead of with zod:
// the content script runs in every frame of every page, and zod alone would be several times its
// 15 KB budget. The checks are as strict as the zod schemas elsewhere: exact keys, exact types.

/** Background → content script (one tab and frame). */
export interface FillRequest {
  type: 'fill';
  /** 3–10 ASCII letters and digits: nothing else is ever typed into a page. */
  code: string;
  /** The site an origin-bound code is for; the content script refuses to type it anywhere else. */
  origin: string | null;
  /** Fill only the focused field (keyboard shortcut, context menu) rather than the detected one. */
  focusedOnly: boolean;
}

export type FillReply = { ok: true; host: string } | { ok: false; reason: string };

/** Content script → background: a fillable OTP field became visible (true) or went away (false). */
export interface FieldReport {
  type: 'otp-field';
  present: boolean;
}

const CODE = /^[\dA-Z]{3,10}$/i;

function record(value: unknown, keys: readonly string[]): Record<string, unknown> | null {
  if (typeof value !== 'object' || value === null) return null; // an array fails the key check below
  const own = Object.keys(value);
  return own.length === keys.length && keys.every((k) => own.includes(k)) ? (value as Record<string, unknown>) : null;
}

export function parseFillRequest(value: unknown): FillRequest | null {
  const r = record(value, ['type', 'code', 'origin', 'focusedOnly']);
  if (!r || r.type !== 'fill' || typeof r.code !== 'string' || !CODE.test(r.code) || typeof r.focusedOnly !== 'boolean') return null;
  if (r.origin !== null && (typeof r.origin !== 'string' || r.origin.length > 253)) return null;
  return r as unknown as FillRequest; // exactly these four keys, each checked
}

export function parseFillReply(value: unknown): FillReply | null {
  const ok = record(value, ['ok', 'host']);
  if (ok && ok.ok === true && typeof ok.host === 'string' && ok.host.length <= 253) return { ok: true, host: ok.host };
  const failed = record(value, ['ok', 'reason']);
  if (failed && failed.ok === false && typeof failed.reason === 'string' && failed.reason.length <= 64) return { ok: false, reason: failed.reason };
  return null;
}
