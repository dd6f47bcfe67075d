import { formatDateTime, formatMessageTime, formatPhone, phoneForCopy } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { StoredRental } from '../lib/storage/rentals.ts';
import { CodeChip } from './CodeChip.tsx';

interface Props {
  ended: StoredRental[];
  now: number;
  lang: Lang;
  onCopy: (text: string) => void;
  /** Opens the rent form for this rental's country and period. */
  onRentAgain: (rental: StoredRental) => void;
  /** Sites each number was used on (the ledger): kept after the rental ends. */
  sitesOf: (tzid: number) => string[];
}

/** Ended rentals stay readable (a late code may still be needed) but out of the way: collapsed. Each
 * message shows its time and its code as a chip that copies; the full text is there for the rest. */
export function History({ ended, now, lang, onCopy, onRentAgain, sitesOf }: Props) {
  if (ended.length === 0) return null;
  return (
    <details class="history">
      <summary>{t('historyTitle', ended.length)}</summary>
      <ul class="history-list">
        {ended.map((r) => {
          const shown = formatPhone(r.country, r.number);
          return (
            <li key={r.tzid} class="history-rental">
              <p class="history-head">
                <span class="history-number">{shown}</span>
                <button type="button" class="small" onClick={() => onCopy(phoneForCopy(r.country, r.number))} aria-label={t('copyNumber', shown)}>
                  {t('copy')}
                </button>
                {r.country !== null && (
                  <button type="button" class="small" onClick={() => onRentAgain(r)} aria-label={t('rentAgainLabel', shown)}>
                    {t('rentAgain')}
                  </button>
                )}
              </p>
              <p class="hint">{t('endedAt', formatDateTime(r.endedAt ?? r.expiresAt, lang))}</p>
              {sitesOf(r.tzid).length > 0 && <p class="hint used-on">{t('usedOn', sitesOf(r.tzid).join(', '))}</p>}
              {r.messages.length > 0 && (
                <ul class="history-messages">
                  {[...r.messages]
                    .sort((a, b) => b.receivedAt - a.receivedAt)
                    .map((m) => (
                      <li key={m.id}>
                        <p class="message-meta">
                          <span class="message-service">{m.service || t('unknownService')}</span>
                          <time dateTime={new Date(m.receivedAt).toISOString()}>{formatMessageTime(m.receivedAt, now, lang)}</time>
                        </p>
                        {m.code !== null && <CodeChip code={m.code} candidate onCopy={onCopy} />}
                        <p class="message-text">{m.text}</p>
                      </li>
                    ))}
                </ul>
              )}
            </li>
          );
        })}
      </ul>
    </details>
  );
}
