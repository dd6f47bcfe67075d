// Kept apart from lib/messages.ts on purpose: the popup and options page need this name but not the
// zod schemas there, and importing anything from that module would put zod into their bundles.

/** The popup keeps a port named this open; the background runs the fast loop while one is connected. */
export const POPUP_PORT = 'popup';
