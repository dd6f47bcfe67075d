// The site a fill went into, as the ledger names it: the registrable domain from the Public Suffix List
// (tldts keeps it current), so "id.vk.com" and "m.vk.com" are one site, and "a.github.io" is not
// "b.github.io". Background only: the list is large and no page script needs it.
import { domainOf } from './site.ts';

export function siteOf(host: string): string {
  return domainOf(host) ?? host; // one reading of the Public Suffix List for the ledger and the fill decision
}
