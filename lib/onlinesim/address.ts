// Which API addresses SimFill will send the key to. Kept free of zod so the settings page can show the
// same rules it will be held to (the popup and options bundles stay without zod).
import { err, ok, type Result } from '../result.ts';

export type AddressProblem = 'empty' | 'not-url' | 'not-http' | 'not-https';

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
