// Where a code may be typed, as the content script checks it just before typing. Which site an
// origin-bound code belongs to is decided in the background (lib/background/site.ts, with the Public
// Suffix List); the content script only compares its own host with the domain it was given.

/** The host of an http(s) URL, or null for anything else. */
export function hostOf(url: string): string | null {
  try {
    const parsed = new URL(url);
    return /^https?:$/.test(parsed.protocol) ? parsed.hostname : null;
  } catch {
    return null;
  }
}

/** May a code bound to `site` (a registrable domain; null: bound to none) be typed on `host`? Only in a
 * secure context (https, or http on the user's own machine), on that domain or a subdomain of it. */
export function siteAllows(site: string | null, host: string, secure: boolean): boolean {
  return site === null || (secure && (host === site || host.endsWith(`.${site}`)));
}
