import { formatCountdown } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';

interface Props {
  expiresAt: number;
  now: number;
  lang: Lang;
}

/** Time left on a rental. The parent supplies `now` (it ticks once a second), so this stays pure. */
export function Countdown({ expiresAt, now, lang }: Props) {
  const left = formatCountdown(expiresAt - now, lang);
  return (
    <p class="countdown" role="timer" aria-label={t('timeLeft')}>
      {left ? t('timeLeftValue', left) : t('rentalEnded')}
    </p>
  );
}
