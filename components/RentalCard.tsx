import { useState } from 'preact/hooks';
import { formatDays, formatDateTime, formatEndTime, formatMessageTime, formatPhone } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import { availableBalance, formatMoney } from '../lib/money.ts';
import type { Balance, ExtendOption } from '../lib/onlinesim/types.ts';
import { newestWithCode } from '../lib/otp/code.ts';
import { MESSAGES_SHOWN, type RentalSummary, type StoredMessage, type StoredRental } from '../lib/storage/rentals.ts';
import { CloseControl } from './CloseControl.tsx';
import { Countdown } from './Countdown.tsx';
import { ExtendControl } from './ExtendControl.tsx';
import { MessageCodes, MessageItem } from './MessageItem.tsx';
import { NumberUsage } from './NumberUsage.tsx';
import { PhoneNumber } from './PhoneNumber.tsx';

interface Props {
  /** The popup's first paint has the summary (lib/storage/rentals.ts): the messages on screen and the
   * count of the rest; the full lists replace it with the same on screen. */
  rental: RentalSummary;
  /** Extend prices: the rental's own, or the tariff's when the provider lists none (auto-renew off). */
  extendOptions: ExtendOption[];
  balance: Balance | null;
  now: number;
  lang: Lang;
  busy: boolean;
  expanded: boolean;
  onToggle: () => void;
  isNew: (message: StoredMessage) => boolean;
  /** The keyboard shortcut that fills the focused field, shown beside Fill; '' when none is set. */
  shortcut: string;
  onCopy: (text: string) => void;
  /** Sites the number was used on (the ledger), most recent first. */
  sites: string[];
  /** Fill a message's code into the page; absent when filling is off. */
  onFill?: (messageId: string) => void;
  /** Never fill on a site again; absent for sites already on that list (see MessageItem). */
  neverFill: (host: string) => ((host: string) => void) | undefined;
  /** Fill the number into the page's phone field; absent when filling is off. */
  onFillNumber?: () => void;
  onExtend: (days: number) => void;
  onClose: () => void;
  onPortReload: () => void;
}

/** Auto-renew spends money without asking, so it is said only when it will really happen: when, for
 * how much, and whether the balance can pay it. A rental still in its refund window has no renewal
 * date yet (its clock is that window). */
function renewText(rental: StoredRental, balance: Balance | null, now: number, lang: Lang): string {
  if (!rental.autoRenew) return t('autoRenewOff');
  if (!rental.confirmed) return t('autoRenewOnWaiting');
  const option = rental.extendOptions.find((o) => o.days === rental.rentDays) ?? rental.extendOptions[0];
  const when = formatDateTime(rental.expiresAt, lang);
  if (!option) return t('renewsOn', when);
  const available = balance ? availableBalance(balance) : null;
  if (available !== null && available < Number(option.price)) {
    return t('renewsShort', formatMoney(option.price, lang), formatMoney(available, lang), formatEndTime(rental.expiresAt, now, lang));
  }
  return t('renewsOnFor', when, formatMoney(option.price, lang), formatDays(option.days, lang));
}

/** One rental: compact by default (number, time, the newest code), everything else on expand. */
export function RentalCard(props: Props) {
  const { rental, now, lang, busy, expanded, onToggle, isNew, onCopy, onFill, onFillNumber } = props;
  const titleId = `rental-${rental.tzid}`;
  const detailsId = `rental-details-${rental.tzid}`;
  const latest = newestWithCode(rental.messages);
  const fresh = latest !== undefined && isNew(latest);
  return (
    <article class={fresh ? 'card card-new' : 'card'} aria-labelledby={titleId}>
      <h2 id={titleId} class="sr-only">
        {t('rentalTitle', rental.number)}
      </h2>
      <PhoneNumber country={rental.country} number={rental.number} onCopy={onCopy} />
      <div class="card-line">
        <Countdown rental={rental} lang={lang} />
        {/* The first half of a sign-up, so always on the card, not behind Details. */}
        {onFillNumber && (
          <button type="button" class="small" disabled={busy} onClick={onFillNumber} aria-label={t('fillNumberLabel', formatPhone(rental.country, rental.number))}>
            {t('fillNumber')}
          </button>
        )}
        <button type="button" class="small expand" aria-expanded={expanded} aria-controls={detailsId} aria-label={t('detailsLabel', rental.number)} onClick={onToggle}>
          {t('details')} {expanded ? '▴' : '▾'}
        </button>
      </div>
      {!expanded && latest && (
        <div class="latest">
          <p class="message-meta">
            <span class="message-service">
              {fresh && <span class="pill pill-new">{t('newMark')}</span>}
              {latest.service || t('unknownService')}
            </span>
            <time dateTime={new Date(latest.receivedAt).toISOString()}>{formatMessageTime(latest.receivedAt, now, lang)}</time>
          </p>
          <MessageCodes message={latest} onCopy={onCopy} onFill={onFill && (() => onFill(latest.id))} />
        </div>
      )}
      {expanded && (
        <div id={detailsId} class="card-details">
          <Details {...props} />
        </div>
      )}
    </article>
  );
}

function Details(props: Props) {
  const { rental, extendOptions, balance, now, lang, busy, isNew, shortcut, sites, onCopy, onFill, neverFill, onExtend, onClose, onPortReload } = props;
  const [showAll, setShowAll] = useState(false);
  // Stored in arrival order (lib/onlinesim/message-order.ts).
  const newestFirst = rental.messages.toReversed();
  const shown = showAll ? newestFirst : newestFirst.slice(0, MESSAGES_SHOWN);
  const hasCode = newestFirst.some((m) => m.code !== null);
  return (
    <>
      <NumberUsage sites={sites} services={rental.services} />
      <p class="state">
        {rental.confirmed ? t('stateConfirmed') : t('stateWaiting', formatEndTime(rental.expiresAt, now, lang))}
      </p>
      <p class="renew">{renewText(rental, balance, now, lang)}</p>
      <p class="hint">{t('autoRenewFixed')}</p>
      {newestFirst.length === 0 ? (
        <p class="hint">{t('noMessages')}</p>
      ) : (
        <ul class="messages" aria-label={t('messagesLabel')}>
          {shown.map((m) => (
            <MessageItem
              key={m.id}
              message={m}
              isNew={isNew(m)}
              now={now}
              lang={lang}
              onCopy={onCopy}
              onFill={onFill && (() => onFill(m.id))}
              onNeverFill={m.filledInto ? neverFill(m.filledInto.host) : undefined}
            />
          ))}
        </ul>
      )}
      {onFill && hasCode && shortcut && <p class="hint">{t('fillShortcutHint', shortcut)}</p>}
      {!showAll && shown.length < rental.messageCount && (
        <button type="button" class="link-button" onClick={() => setShowAll(true)}>
          {t('showAllMessages', rental.messageCount)}
        </button>
      )}
      <div class="actions">
        <ExtendControl tzid={rental.tzid} options={extendOptions} lang={lang} busy={busy} onExtend={onExtend} />
        {rental.portReloadAvailable && (
          <div class="port-reload">
            <button type="button" disabled={busy} onClick={onPortReload} aria-describedby={`port-hint-${rental.tzid}`}>
              {t('portReload')}
            </button>
            <p id={`port-hint-${rental.tzid}`} class="hint">
              {t('portReloadHint')}
            </p>
          </div>
        )}
      </div>
      {/* Apart from the harmless actions, and only when OnlineSim allows it: during the refund window
          it refuses to end a rental (NO_COMPLETE_TZID), so the button would only lead to an error. */}
      {rental.confirmed && (
        <div class="danger-zone">
          <CloseControl busy={busy} usedOn={sites} onClose={onClose} />
        </div>
      )}
    </>
  );
}
