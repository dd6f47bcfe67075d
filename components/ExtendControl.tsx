import { useState } from 'preact/hooks';
import { formatDays } from '../lib/format.ts';
import { t, type Lang } from '../lib/i18n.ts';
import type { ExtendOption } from '../lib/onlinesim/types.ts';
import { formatMoney } from '../lib/money.ts';

interface Props {
  tzid: number;
  options: ExtendOption[];
  lang: Lang;
  busy: boolean;
  onExtend: (days: number) => void;
}

/** Periods and prices come from the rental itself (`extend`); nothing is guessed. The button says both
 * the period and the price: "Extend for 30" alone reads as thirty days. */
export function ExtendControl({ tzid, options, lang, busy, onExtend }: Props) {
  const [days, setDays] = useState(options[0]?.days ?? 0);
  if (options.length === 0) return <p class="hint">{t('extendUnavailable')}</p>;
  const chosen = options.find((o) => o.days === days) ?? options[0]!;
  const id = `extend-${tzid}`;
  return (
    <div class="extend">
      <label for={id}>{t('extendFor')}</label>
      <select id={id} value={String(chosen.days)} onChange={(e) => setDays(Number(e.currentTarget.value))}>
        {options.map((o) => (
          <option key={o.days} value={String(o.days)}>
            {t('periodWithPrice', formatDays(o.days, lang), formatMoney(o.price, lang))}
          </option>
        ))}
      </select>
      <button type="button" disabled={busy} onClick={() => onExtend(chosen.days)}>
        {t('extendButton', formatDays(chosen.days, lang), formatMoney(chosen.price, lang))}
      </button>
    </div>
  );
}
