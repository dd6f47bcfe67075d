// The ledger of use: sites per rental, the services that wrote to it, the CSV export and the domains.
import { describe, expect, it } from 'vitest';
import { siteOf } from '../../lib/background/site-domain.ts';
import { ledgerCsv, sitesOf, withEntry } from '../../lib/rentals/ledger.ts';
import { servicesOf } from '../../lib/storage/rentals.ts';
import { MAX_LEDGER, type Ledger, type LedgerEntry } from '../../lib/storage/ledger.ts';
import { salvageLedger } from '../../lib/storage/schemas.ts';
import { storedMessage as sms, storedRental as rental, T0 } from './support/rentals.ts';

const entry = (tzid: number, site: string, at: number, what: LedgerEntry['what'] = 'number', value = '+79313358547'): LedgerEntry => ({ tzid, site, at, what, value });

describe('siteOf: the registrable domain from the Public Suffix List', () => {
  it.each([
    ['m.vk.com', 'vk.com'],
    ['id.vk.com', 'vk.com'],
    ['www.ozon.ru', 'ozon.ru'],
    ['esia.gosuslugi.ru', 'gosuslugi.ru'],
    ['accounts.example.co.uk', 'example.co.uk'],
    ['shop.example.com.kz', 'example.com.kz'],
    ['alice.github.io', 'alice.github.io'], // a private suffix: each user's site is its own
    ['127.0.0.1', '127.0.0.1'],
    ['localhost', 'localhost'],
  ])('%s → %s', (host, site) => expect(siteOf(host)).toBe(site));
});

describe('sitesOf and servicesOf', () => {
  const ledger: Ledger = { entries: [entry(1, 'vk.com', T0), entry(2, 'mail.ru', T0 + 1), entry(1, 'ozon.ru', T0 + 2), entry(1, 'vk.com', T0 + 3, 'code', '482913')] };
  it('lists each site once, most recently used first, for that rental only', () => {
    expect(sitesOf(ledger, 1)).toEqual(['vk.com', 'ozon.ru']);
    expect(sitesOf(ledger, 2)).toEqual(['mail.ru']);
    expect(sitesOf(ledger, 3)).toEqual([]);
  });
  it('names each service that sent SMS once, blank names left out', () => {
    const r = rental({ messages: [sms({ id: '1', service: 'VK', receivedAt: T0 }), sms({ id: '2', service: ' ', receivedAt: T0 + 1 }), sms({ id: '3', service: 'Ozon', receivedAt: T0 + 2 }), sms({ id: '4', service: 'VK', receivedAt: T0 + 3 })] });
    expect(servicesOf(r.messages)).toEqual(['VK', 'Ozon']);
  });
  it('keeps the newest MAX_LEDGER entries', () => {
    let l: Ledger = { entries: [] };
    for (let i = 0; i < MAX_LEDGER + 5; i++) l = withEntry(l, entry(1, `s${i}.example`, T0 + i));
    expect(l.entries).toHaveLength(MAX_LEDGER);
    expect(l.entries[0]!.site).toBe('s5.example');
  });
});

describe('ledgerCsv', () => {
  it('one line per fill with the number and its services; a formula-like or quoted cell cannot run in a spreadsheet', () => {
    const r = rental({ tzid: 1, country: 7, number: '9313358547', messages: [sms({ id: '1', service: '=HYPERLINK("http://x")' })] });
    const csv = ledgerCsv({ entries: [entry(1, 'vk.com', Date.UTC(2026, 10, 30, 12)), entry(9, 'old.example', Date.UTC(2026, 10, 1), 'code', '123456')] }, [r], () => '+7 931 335-85-47');
    const lines = csv.trimEnd().split('\r\n');
    expect(lines[0]).toBe('number,site,time,filled,value,services');
    // A leading + is quoted too: a spreadsheet would read "+7…" as a formula (and drop the +).
    expect(lines[1]).toBe(`'+7 931 335-85-47,vk.com,2026-11-30T12:00:00.000Z,number,'+79313358547,"'=HYPERLINK(""http://x"")"`);
    expect(lines[2]).toBe('9,old.example,2026-11-01T00:00:00.000Z,code,123456,');
  });
});

describe('salvageLedger', () => {
  it('keeps the entries that still read whole and drops the rest', () => {
    const good = entry(1, 'vk.com', T0);
    expect(salvageLedger({ entries: [good, { tzid: 'x' }, null, { ...good, what: 'password' }] })).toEqual({ entries: [good] });
    expect(salvageLedger('garbage')).toEqual({ entries: [] });
  });
});
