import { formatPhone, phoneForCopy, phoneNational } from '../lib/format.ts';
import { dialCode } from '../lib/phone/number-forms.ts';
import { t } from '../lib/i18n.ts';

interface Props {
  country: number | null;
  number: string;
  onCopy: (text: string) => void;
}

/** The number with both copies a sign-up form may want: "+79313358547" for a single phone field, and
 * "9313358547" for forms that pick the country in a list of their own. */
export function PhoneNumber({ country, number, onCopy }: Props) {
  const shown = formatPhone(country, number);
  return (
    <div class="phone">
      <span class="phone-number">{shown}</span>
      <button type="button" class="small" onClick={() => onCopy(phoneForCopy(country, number))} aria-label={t('copyNumber', shown)}>
        {t('copy')}
      </button>
      {/* Without a known country the number has no code to leave out: the copy above is the same. */}
      {country !== null && (
        <button type="button" class="small" onClick={() => onCopy(phoneNational(number))} aria-label={t('copyNationalLabel', dialCode(country), phoneNational(number))}>
          {t('copyNational', dialCode(country))}
        </button>
      )}
    </div>
  );
}
