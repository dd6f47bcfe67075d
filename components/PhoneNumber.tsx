import { formatPhone, phoneForCopy } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';

interface Props {
  country: number | null;
  number: string;
  onCopy: (text: string) => void;
}

export function PhoneNumber({ country, number, onCopy }: Props) {
  const shown = formatPhone(country, number);
  return (
    <div class="phone">
      <span class="phone-number">{shown}</span>
      <button
        type="button"
        class="small"
        onClick={() => onCopy(phoneForCopy(country, number))}
        aria-label={t('copyNumber', shown)}
      >
        {t('copy')}
      </button>
    </div>
  );
}
