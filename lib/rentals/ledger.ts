// Reading the ledger of use (lib/storage/ledger.ts): the sites a number went into, the services that
// wrote to it, and the CSV the user can export. Pure functions: the popup and the background share them.
import { servicesOf, type StoredRental } from '../storage/rentals.ts';
import { MAX_LEDGER, type Ledger, type LedgerEntry } from '../storage/ledger.ts';

/** The sites a rental was used on, most recent first, each once. */
export function sitesOf(ledger: Ledger, tzid: number): string[] {
  const sites: string[] = [];
  for (const entry of [...ledger.entries].reverse()) if (entry.tzid === tzid && !sites.includes(entry.site)) sites.push(entry.site);
  return sites;
}

/** Adds an entry; the oldest go first past MAX_LEDGER. */
export function withEntry(ledger: Ledger, entry: LedgerEntry): Ledger {
  return { entries: [...ledger.entries, entry].slice(-MAX_LEDGER) };
}

/** A CSV cell: quoted when it holds a separator, a quote or a line break; a leading =, +, -, @ is
 * prefixed with ' so a spreadsheet does not run a service name a provider sent as a formula. */
function cell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The whole ledger as CSV, one fill per line, with the rental's number and its SMS services. */
export function ledgerCsv(ledger: Ledger, rentals: StoredRental[], phone: (r: StoredRental) => string): string {
  const byTzid = new Map(rentals.map((r) => [r.tzid, r]));
  const lines = [['number', 'site', 'time', 'filled', 'value', 'services'].join(',')];
  for (const e of ledger.entries) {
    const rental = byTzid.get(e.tzid);
    const row = [rental ? phone(rental) : String(e.tzid), e.site, new Date(e.at).toISOString(), e.what, e.value, rental ? servicesOf(rental.messages).join('; ') : ''];
    lines.push(row.map(cell).join(','));
  }
  return `${lines.join('\r\n')}\r\n`;
}
