// `Retry-After` (RFC 9110 §10.2.3): either whole seconds or an HTTP date. Anything unreadable is null,
// so the caller falls back to its own backoff instead of trusting garbage.

/** Longest wait we take from a server: a broken header must not silence polling for days. */
const MAX_RETRY_AFTER_MS = 3_600_000;

export function retryAfterMs(header: string | null, nowMs: number): number | null {
  if (header === null) return null;
  const text = header.trim();
  if (text === '') return null;
  if (/^\d+(\.\d+)?$/.test(text)) return Math.min(MAX_RETRY_AFTER_MS, Math.round(Number(text) * 1000));
  // Only something that looks like a date: Date.parse would read "5" or "1e3" as years.
  if (!/[a-z]/i.test(text)) return null;
  const at = Date.parse(text);
  if (Number.isNaN(at)) return null;
  return Math.min(MAX_RETRY_AFTER_MS, Math.max(0, at - nowMs));
}
