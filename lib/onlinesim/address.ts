// Which API addresses SimFill will send the key to. Kept free of zod so the settings page can show the
// same rules it will be held to (the popup and options bundles stay without zod).
import { err, ok, type Result } from '../result.ts';

export type AddressProblem = 'empty' | 'not-url' | 'not-http' | 'not-https';

/** OnlineSim's own API: the one address the key may go to without the user confirming it. */
export const DEFAULT_API_ADDRESS = 'https://onlinesim.io/api/';
const DEFAULT_API_HOST = new URL(DEFAULT_API_ADDRESS).host;

/** This computer: plain http is allowed only here (the local stand-in, a proxy on localhost). */
export function isLoopback(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host.endsWith('.localhost') || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}

/**
 * Normalises a user-typed API address: trimmed, https (or http to this computer), path ending in "/"
 * so that "rent/getRentState.php" resolves under it; query and fragment dropped (paths are appended).
 */
export function validateApiAddress(input: string): Result<string, AddressProblem> {
  const text = input.trim();
  if (text === '') return err('empty');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return err('not-url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return err('not-http');
  if (url.hostname === '') return err('not-url');
  // The key would cross the network in clear text, readable and replayable by anyone on the way.
  if (url.protocol === 'http:' && !isLoopback(url.hostname)) return err('not-https');
  url.search = '';
  url.hash = '';
  if (!url.pathname.endsWith('/')) url.pathname += '/';
  return ok(url.href);
}

/** The host permission that covers an address (match patterns carry no port: one grant per host). */
export function hostPermission(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? `${url.protocol}//${url.hostname}/*` : null;
  } catch {
    return null;
  }
}

/** The host name shown to the user ("your API key will be sent to HOST"), with its port if any. */
export function hostOfAddress(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.host : null;
  } catch {
    return null;
  }
}

/**
 * Whether the key may go to this address as far as SimFill's own confirmation goes: OnlineSim's own
 * host always; any other host (a mirror, a proxy, the local stand-in) only when it is the host the user
 * confirmed on the settings page. This, not the browser's host permission, is what holds in Firefox,
 * which grants every host to an extension with an all-sites content script.
 */
export function hostConfirmed(address: string, confirmedHost: string | null): boolean {
  const host = hostOfAddress(address);
  return host !== null && (host === DEFAULT_API_HOST || host === confirmedHost);
}

/** The host the settings page must have the user confirm before the key goes there; null for OnlineSim's own. */
export function hostNeedingConfirmation(address: string): string | null {
  const host = hostOfAddress(address);
  return host === null || host === DEFAULT_API_HOST ? null : host;
}
