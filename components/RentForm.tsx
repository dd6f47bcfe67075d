import { useState } from 'preact/hooks';
import {
  countryName,
  formatDateTime,
  formatDays,
  formatNumber,
  nextMinute,
} from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import { availableBalance, cannotAfford, formatMoney } from '../lib/money.ts';
import type { Balance, Tariff } from '../lib/onlinesim/types.ts';
import type { RentChoice } from '../lib/storage/rent-choice.ts';
import { useNow } from './clock.ts';
import { TOP_UP_PAGE } from './Header.tsx';

export type { RentChoice };

interface Props {
  tariffs: Tariff[];
  balance: Balance | null;
  /** Preselected: the last choice, or the country of an ended rental being rented again. */
  initial: Partial<RentChoice> | null;
  lang: Lang;
  busy: boolean;
  onRent: (choice: RentChoice) => void;
  onCancel: () => void;
}

/** Everything that costs money is on screen before the confirm button: price, what can be spent, when
 * it is charged (at once for `confirm` countries), and what auto-renew would charge. Auto-renew starts
 * off unless the user chose it last time: the provider's own default (on) spends money silently. */
export function RentForm({ tariffs, balance, initial, lang, busy, onRent, onCancel }: Props) {
  // The first renewal's date, to the minute, moves on while the form is open.
  const now = useNow(nextMinute);
  const countries = tariffs
    .filter((tariff) => tariff.enabled && tariff.periods.length > 0)
    .map((tariff) => ({ tariff, name: countryName(tariff.country, lang, tariff.name) }))
    .sort((a, b) => a.name.localeCompare(b.name, lang));
  const [country, setCountry] = useState(initial?.country ?? countries[0]?.tariff.country ?? 0);
  const [days, setDays] = useState(initial?.days ?? 0);
  const [autoRenew, setAutoRenew] = useState(initial?.autoRenew ?? false);

  if (countries.length === 0) return <p class="hint">{t('noTariffs')}</p>;
  const tariff = (countries.find((c) => c.tariff.country === country) ?? countries[0]!).tariff;
  const period = tariff.periods.find((p) => p.days === days && p.inStock > 0) ?? tariff.periods.find((p) => p.inStock > 0);
  const price = period ? formatMoney(period.price, lang) : '';
  const available = balance ? availableBalance(balance) : null;
  const short = period !== undefined && cannotAfford(balance, period.price);

  return (
    <form
      class="rent"
      aria-labelledby="rent-title"
      onSubmit={(e) => {
        e.preventDefault();
        if (period) onRent({ country: tariff.country, days: period.days, autoRenew });
      }}
    >
      <h2 id="rent-title">{t('rentTitle')}</h2>
      <label for="rent-country">{t('countryLabel')}</label>
      <select id="rent-country" value={String(tariff.country)} onChange={(e) => setCountry(Number(e.currentTarget.value))}>
        {countries.map(({ tariff: c, name }) => (
          <option key={c.country} value={String(c.country)}>
            {name}
          </option>
        ))}
      </select>
      <label for="rent-period">{t('periodLabel')}</label>
      <select id="rent-period" value={String(period?.days ?? '')} onChange={(e) => setDays(Number(e.currentTarget.value))}>
        {tariff.periods.map((p) => (
          <option key={p.days} value={String(p.days)} disabled={p.inStock <= 0}>
            {t('periodOption', formatDays(p.days, lang), formatMoney(p.price, lang), formatNumber(p.inStock, lang))}
          </option>
        ))}
      </select>
      <label class="check">
        <input type="checkbox" checked={autoRenew} onChange={(e) => setAutoRenew(e.currentTarget.checked)} />
        {t('autoRenewLabel')}
      </label>
      {period && (
        <p class="hint">
          {autoRenew
            ? t('autoRenewOnExplain', formatDateTime(now + period.days * 86_400_000, lang), price, formatDays(period.days, lang))
            : t('autoRenewOffExplain')}
        </p>
      )}
      {period ? (
        <p class="summary">{t('rentSummary', price, available === null ? t('balanceUnknownShort') : formatMoney(available, lang))}</p>
      ) : (
        <p class="warning">{t('outOfStock')}</p>
      )}
      {period && tariff.chargedAtOnce && <p class="warning">{t('chargedNow')}</p>}
      {short && (
        <p class="warning">
          {t('lowBalance')}{' '}
          <a href={TOP_UP_PAGE} target="_blank" rel="noopener noreferrer">
            {t('topUpLabel')}
          </a>
        </p>
      )}
      <div class="actions">
        <button type="submit" class="primary" disabled={busy || !period}>
          {period ? t('rentConfirm', price) : t('rentButton')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('cancel')}
        </button>
      </div>
    </form>
  );
}
