import { formatDateTime, formatPhone } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { StoredRental } from '../lib/rentals/state.ts';

interface Props {
  ended: StoredRental[];
  lang: Lang;
  /** Sites each number was used on (the ledger): kept after the rental ends. */
  sitesOf: (tzid: number) => string[];
}

/** Ended rentals stay readable (a late code may still be needed) but out of the way: collapsed. */
export function History({ ended, lang, sitesOf }: Props) {
  if (ended.length === 0) return null;
  return (
    <details class="history">
      <summary>{t('historyTitle', ended.length)}</summary>
      <ul>
        {ended.map((r) => (
          <li key={r.tzid}>
            <span class="phone-number">{formatPhone(r.country, r.number)}</span>{' '}
            <span class="hint">{t('endedAt', formatDateTime(r.endedAt ?? r.expiresAt, lang))}</span>
            {sitesOf(r.tzid).length > 0 && <p class="hint used-on">{t('usedOn', sitesOf(r.tzid).join(', '))}</p>}
            {r.messages.length > 0 && (
              <ul class="history-messages">
                {[...r.messages].reverse().map((m) => (
                  <li key={m.id}>
                    <strong>{m.service}</strong>: {m.text}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </details>
  );
}
