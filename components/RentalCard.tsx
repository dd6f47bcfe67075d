import { useState } from 'preact/hooks';
import { formatDateTime, formatMoney, formatPhone } from '../lib/format.ts';
import type { ExtendOption } from '../lib/onlinesim/types.ts';
import { t, type Lang } from '../lib/i18n.ts';
import { servicesOf } from '../lib/rentals/ledger.ts';
import type { StoredRental } from '../lib/rentals/state.ts';
import { CloseControl } from './CloseControl.tsx';
import { Countdown } from './Countdown.tsx';
import { ExtendControl } from './ExtendControl.tsx';
import { MessageItem } from './MessageItem.tsx';
import { NumberUsage } from './NumberUsage.tsx';
import { PhoneNumber } from './PhoneNumber.tsx';

/** Messages shown before "Show all": a rental can hold hundreds, and the popup must open at once. */
export const MESSAGES_SHOWN = 5;

interface Props {
  rental: StoredRental;
  /** Extend prices: the rental's own, or the tariff's when the provider lists none (auto-renew off). */
  extendOptions: ExtendOption[];
  now: number;
  lang: Lang;
  busy: boolean;
  onCopy: (text: string) => void;
  /** Sites the number was used on (the ledger), most recent first. */
  sites: string[];
  /** Fill a message's code into the page; absent when filling is off. */
  onFill?: (messageId: string) => void;
  /** Fill the number into the page's phone field; absent when filling is off. */
  onFillNumber?: () => void;
  onExtend: (days: number) => void;
  onClose: () => void;
  onPortReload: () => void;
}

/** Auto-renew spends money without asking, so its state is said in full: when, and for how much. */
function renewText(rental: StoredRental, lang: Lang): string {
  if (!rental.autoRenew) return t('autoRenewOff');
  const when = formatDateTime(rental.expiresAt, lang);
  const option = rental.extendOptions.find((o) => o.days === rental.rentDays) ?? rental.extendOptions[0];
  return option ? t('renewsOnFor', when, formatMoney(option.price, lang)) : t('renewsOn', when);
}

export function RentalCard({ rental, extendOptions, now, lang, busy, sites, onCopy, onFill, onFillNumber, onExtend, onClose, onPortReload }: Props) {
  const [showAll, setShowAll] = useState(false);
  const newestFirst = [...rental.messages].sort((a, b) => b.receivedAt - a.receivedAt);
  const shown = showAll ? newestFirst : newestFirst.slice(0, MESSAGES_SHOWN);
  const titleId = `rental-${rental.tzid}`;
  return (
    <article class="card" aria-labelledby={titleId}>
      <h2 id={titleId} class="sr-only">
        {t('rentalTitle', rental.number)}
      </h2>
      <PhoneNumber country={rental.country} number={rental.number} onCopy={onCopy} />
      <NumberUsage shown={formatPhone(rental.country, rental.number)} sites={sites} services={servicesOf(rental)} busy={busy} onFillNumber={onFillNumber} />
      <Countdown expiresAt={rental.expiresAt} now={now} lang={lang} />
      <p class={rental.confirmed ? 'state state-ok' : 'state state-wait'}>
        {rental.confirmed ? t('stateConfirmed') : t('stateWaiting')}
      </p>
      <p class="renew">{renewText(rental, lang)}</p>
      {newestFirst.length === 0 ? (
        <p class="hint">{t('noMessages')}</p>
      ) : (
        <ul class="messages" aria-label={t('messagesLabel')}>
          {shown.map((m) => (
            <MessageItem key={m.id} message={m} now={now} lang={lang} onCopy={onCopy} onFill={onFill && (() => onFill(m.id))} />
          ))}
        </ul>
      )}
      {shown.length < newestFirst.length && (
        <button type="button" class="link" onClick={() => setShowAll(true)}>
          {t('showAllMessages', newestFirst.length)}
        </button>
      )}
      <div class="actions">
        <ExtendControl tzid={rental.tzid} options={extendOptions} lang={lang} busy={busy} onExtend={onExtend} />
        {rental.portReloadAvailable && (
          <button type="button" disabled={busy} onClick={onPortReload}>
            {t('portReload')}
          </button>
        )}
        <CloseControl busy={busy} usedOn={sites} onClose={onClose} />
      </div>
    </article>
  );
}
