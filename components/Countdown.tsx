import {
  formatCountdown,
  formatEndTime,
  nextCountdownChange,
  nextDayStart,
} from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { StoredRental } from '../lib/storage/rentals.ts';
import { useNow } from './clock.ts';

interface Props {
  rental: StoredRental;
  lang: Lang;
}

const HOUR_MS = 3_600_000;

/** Time left and the end as a clock time, side by side. A rental still waiting for its first SMS has
 * no "time left" yet: its clock is the refund window, and it is called that. It keeps its own time
 * (components/clock.ts): re-rendered when its text changes (each second in the last hour, each
 * minute before), without the card around it. */
export function Countdown({ rental, lang }: Props) {
  const now = useNow((at) => {
    const textChange = rental.confirmed ? nextCountdownChange(rental.expiresAt, at) : Infinity;
    return Math.min(nextDayStart(at), textChange);
  });
  const end = formatEndTime(rental.expiresAt, now, lang);
  if (!rental.confirmed) {
    return (
      <p class="countdown countdown-waiting">
        <span class="waiting-mark">{t('waitingFirstSms')}</span> · <span>{t('refundBy', end)}</span>
      </p>
    );
  }
  const msLeft = rental.expiresAt - now;
  const left = formatCountdown(msLeft, lang);
  if (!left) return <p class="countdown">{t('rentalEnded')}</p>;
  const soon = msLeft < HOUR_MS;
  return (
    <p class={soon ? 'countdown countdown-soon' : 'countdown'}>
      {soon && <span class="pill pill-warn">{t('endsSoon')}</span>}
      <span role="timer" aria-label={t('timeLeft')}>
        {t('timeLeftValue', left)}
      </span>{' '}
      · <span class="ends-at">{t('endsAt', end)}</span>
    </p>
  );
}
