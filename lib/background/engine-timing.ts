// The engine's timing rules, alone in a module that imports nothing: the engine reads them, and so do
// the tests and the bench scripts, which run in plain Node and cannot import the engine itself (it pulls
// in the UI texts as JSON modules). One place, so the bench's floor figures never disagree with the engine.

/** The fast loop's pause after each poll. The provider's SDKs pace at 1–2 requests/s, so one client
 * polling once a second is the fastest it allows (docs/provider-api.md, "Rules of the business"); the gate
 * (gate.ts) enforces it for every call anyway: one in flight, each a full second after the last ended. */
export const FAST_INTERVAL_MS = 1000;
/** How long one report of a visible code field keeps the fast loop going. The report is the only
 * signal, and a worker may die or a tab navigate without a "gone" report: the deadline ends it anyway. */
export const FAST_WINDOW_MS = 3 * 60_000;
/** An open popup counts as waiting only while its port renewed within this window (lib/popup-port.ts). */
export const POPUP_WINDOW_MS = 60_000;
/** A code is filled into a field that appeared before it only when it is at most this old. */
export const FILL_RECENT_MS = 2 * 60_000;
/** With no known rental, a code field triggers a look for new ones at most this often. */
export const DISCOVERY_INTERVAL_MS = 30_000;
/** The stored time of the last successful poll is rewritten once it is this old. It only paces the look
 * above, which may then come this much early; rewriting it on every poll of the fast loop cost a write a second. */
export const LAST_POLL_REFRESH_MS = 5_000;
