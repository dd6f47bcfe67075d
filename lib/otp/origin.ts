// Origin-bound codes ("@example.com #123456", the WebOTP format) name the site they are for. Both the
// background (choosing a frame) and the content script (a last check before typing) apply this rule.

/** The host of an http(s) URL, or null for anything else. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** "@example.com #123" is valid on example.com and its subdomains, nowhere else. A bare suffix ("com")
 * names no site and matches nothing. */
export function hostMatchesOrigin(host: string, origin: string): boolean {
  const want = origin.toLowerCase().replace(/^\.+|\.+$/g, '');
  const have = host.toLowerCase();
  if (!want.includes('.')) return false;
  return have === want || have.endsWith(`.${want}`);
}

/** May a code with this origin binding (or none) be typed on this host? */
export function originAllows(origin: string | null, host: string): boolean {
  return origin === null || hostMatchesOrigin(host, origin);
}
