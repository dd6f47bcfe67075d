import { formatDateTime, formatMoney } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { StoredRental } from '../lib/rentals/state.ts';
import { CloseControl } from './CloseControl.tsx';
import { Countdown } from './Countdown.tsx';
import { ExtendControl } from './ExtendControl.tsx';
import { MessageItem } from './MessageItem.tsx';
import { PhoneNumber } from './PhoneNumber.tsx';

interface Props {
  rental: StoredRental;
  now: number;
  lang: Lang;
  busy: boolean;
  onCopy: (text: string) => void;
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

export function RentalCard({ rental, now, lang, busy, onCopy, onExtend, onClose, onPortReload }: Props) {
  const newestFirst = [...rental.messages].sort((a, b) => b.receivedAt - a.receivedAt);
  const titleId = `rental-${rental.tzid}`;
  return (
    <article class="card" aria-labelledby={titleId}>
      <h2 id={titleId} class="sr-only">
        {t('rentalTitle', rental.number)}
      </h2>
      <PhoneNumber country={rental.country} number={rental.number} onCopy={onCopy} />
      <Countdown expiresAt={rental.expiresAt} now={now} lang={lang} />
      <p class={rental.confirmed ? 'state state-ok' : 'state state-wait'}>
        {rental.confirmed ? t('stateConfirmed') : t('stateWaiting')}
      </p>
      <p class="renew">{renewText(rental, lang)}</p>
      {newestFirst.length === 0 ? (
        <p class="hint">{t('noMessages')}</p>
      ) : (
        <ul class="messages" aria-label={t('messagesLabel')}>
          {newestFirst.map((m) => (
            <MessageItem key={m.id} message={m} now={now} lang={lang} onCopy={onCopy} />
          ))}
        </ul>
      )}
      <div class="actions">
        <ExtendControl tzid={rental.tzid} options={rental.extendOptions} lang={lang} busy={busy} onExtend={onExtend} />
        {rental.portReloadAvailable && (
          <button type="button" disabled={busy} onClick={onPortReload}>
            {t('portReload')}
          </button>
        )}
        <CloseControl busy={busy} onClose={onClose} />
      </div>
    </article>
  );
}
