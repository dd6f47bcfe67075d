import { t } from '../lib/i18n.ts';

interface Props {
  /** The number as shown, for the button's accessible name. */
  shown: string;
  /** Sites the number was filled into, most recent first (the ledger). */
  sites: string[];
  /** Services that sent SMS to the number. */
  services: string[];
  busy: boolean;
  /** Fill the number into the page's phone field; absent when filling is off. */
  onFillNumber?: () => void;
}

/** The first half of a sign-up (the number into the site's phone field) and where the number went. */
export function NumberUsage({ shown, sites, services, busy, onFillNumber }: Props) {
  return (
    <div class="usage">
      {onFillNumber && (
        <button type="button" class="small" disabled={busy} onClick={onFillNumber} aria-label={t('fillNumberLabel', shown)}>
          {t('fillNumber')}
        </button>
      )}
      {sites.length > 0 && <p class="hint used-on">{t('usedOn', sites.join(', '))}</p>}
      {services.length > 0 && <p class="hint sms-from">{t('smsFrom', services.join(', '))}</p>}
    </div>
  );
}
