// The site a fill went into, as the ledger names it: the registrable domain from the Public Suffix List
// (tldts keeps it current), so "id.vk.com" and "m.vk.com" are one site, and "a.github.io" is not
// "b.github.io". Background only: the list is large and no page script needs it.
import { getDomain } from 'tldts';

export function siteOf(host: string): string {
  return getDomain(host, { allowPrivateDomains: true }) ?? host;
}
