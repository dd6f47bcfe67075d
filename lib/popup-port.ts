// Kept apart from lib/messages.ts on purpose: the popup and options page need this name but not the
// zod schemas there, and importing anything from that module would put zod into their bundles.

/** The popup keeps a port named this open; the background runs the fast loop while one is connected. */
export const POPUP_PORT = 'popup';
/** How often the popup says on its port that it is still open. The background stops counting a popup
 * whose port fell silent for a while (POPUP_WINDOW_MS, lib/background/engine-timing.ts), so a lost disconnect can never keep
 * the fast loop running. */
export const POPUP_HEARTBEAT_MS = 20_000;
