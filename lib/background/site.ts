// Sites as the web platform defines them: scheme plus registrable domain, read from the Public Suffix
// List (tldts keeps it current). Used only here, in the background: the list is far too big for the
// content script, which gets the site the background decided on and compares plain strings.
import { parse } from 'tldts';

export interface Site {
  scheme: 'https' | 'http';
  /** Registrable domain ("bank.example", "alice.github.io"), or the whole host for an IP or localhost. */
  domain: string;
}

/** Hosts of the user's own machine, where plain http is as trustworthy as https (the same list
 * browsers treat as secure contexts). */
function isLoopback(host: string): boolean {
  return /(^|\.)localhost$/.test(host) || /^127(\.\d{1,3}){3}$/.test(host) || host === '::1';
}

/** The registrable domain of a host, its own name for an IP or localhost, or null for a public suffix
 * ("co.uk", "github.io") or a single label, which name no one's site. */
export function domainOf(host: string): string | null {
  const parsed = parse(host.toLowerCase().replace(/^\[|\]$/g, ''), { allowPrivateDomains: true });
  if (parsed.isIp || parsed.hostname === 'localhost') return parsed.hostname;
  return parsed.domain;
}

/** The site of an http(s) URL, or null (another scheme, no registrable domain). */
export function siteOfUrl(url: string): Site | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  const scheme = parsed.protocol === 'https:' ? 'https' : parsed.protocol === 'http:' ? 'http' : null;
  const domain = scheme ? domainOf(parsed.hostname) : null;
  return scheme && domain ? { scheme, domain } : null;
}

export function sameSite(a: Site | null, b: Site | null): boolean {
  return a !== null && b !== null && a.scheme === b.scheme && a.domain === b.domain;
}

/** May a code bound to `boundHost` ("@bank.example #123456") go into a frame at `url`? Only a secure
 * frame (https, or http on the user's own machine) of the same site as the bound host: the SMS names a
 * host, and the standard binds the code to that host's site. A port in the binding is ignored. */
export function bindingMatches(boundHost: string, url: string): boolean {
  const want = domainOf(boundHost.replace(/:\d+$/, ''));
  const frame = siteOfUrl(url);
  if (!want || !frame || frame.domain !== want) return false;
  return frame.scheme === 'https' || isLoopback(new URL(url).hostname.replace(/^\[|\]$/g, ''));
}
