
import { t, type Lang } from '../lib/i18n.ts';
import { availableBalance, formatMoney } from '../lib/money.ts';
import type { Balance } from '../lib/onlinesim/types.ts';

/** The provider's own pages: where the balance is topped up (the profile, which holds the payment page). */
export const TOP_UP_PAGE = 'https://onlinesim.io/v2/pages/profile';

interface Props {
  balance: Balance | null;
  lang: Lang;
  refreshing: boolean;
  onRefresh: () => void;
  onSettings: () => void;
}

/** What can be spent is always on screen: every paying action in the popup takes it from there. The
 * frozen part (held for running operations) is said apart, since it cannot pay for anything. */
export function Header({ balance, lang, refreshing, onRefresh, onSettings }: Props) {
  const available = balance ? availableBalance(balance) : null;
  const frozen = balance ? Number(balance.frozen) : 0;
  return (
    <header class="header">
      <h1 class="sr-only">{t('extName')}</h1>
      <p class="header-balance" title={t('moneyUnitsNote')}>
        {available === null ? (
          t('balanceUnknown')
        ) : (
          <>
            <span class="header-available">{t('availableLabel', formatMoney(available, lang))}</span>
            {frozen > 0 && <span class="header-frozen">{t('frozenLabel', formatMoney(frozen, lang))}</span>}
          </>
        )}
      </p>
      <a class="top-up" href={TOP_UP_PAGE} target="_blank" rel="noopener noreferrer" aria-label={t('topUpLabel')} title={t('topUpLabel')}>
        {t('topUp')}
      </a>
      <button type="button" class="icon-button" onClick={onRefresh} disabled={refreshing} aria-label={t('refresh')} title={t('refresh')}>
        ⟳
      </button>
      <button type="button" class="icon-button" onClick={onSettings} aria-label={t('openSettings')} title={t('openSettings')}>
        ⚙
      </button>
    </header>
  );
}
