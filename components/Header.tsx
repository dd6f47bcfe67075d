import { formatMoney } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { Balance } from '../lib/onlinesim/types.ts';

interface Props {
  balance: Balance | null;
  lang: Lang;
  refreshing: boolean;
  onRefresh: () => void;
  onSettings: () => void;
}

/** Balance is always on screen: every action in the popup spends it. */
export function Header({ balance, lang, refreshing, onRefresh, onSettings }: Props) {
  return (
    <header class="header">
      <h1 class="header-title">{t('extName')}</h1>
      <p class="header-balance">
        {balance ? t('balanceLabel', formatMoney(balance.balance, lang)) : t('balanceUnknown')}
      </p>
      <button type="button" class="icon-button" onClick={onRefresh} disabled={refreshing} aria-label={t('refresh')} title={t('refresh')}>
        ⟳
      </button>
      <button type="button" class="icon-button" onClick={onSettings} aria-label={t('openSettings')} title={t('openSettings')}>
        ⚙
      </button>
    </header>
  );
}
