import { t } from '../lib/i18n.ts';

interface Props {
  /** Sites the number was filled into, most recent first (the ledger). */
  sites: string[];
  /** Services that sent SMS to the number. */
  services: string[];
}

/** Where the number went: the card's details. (Its Fill number button is on the compact card itself.) */
export function NumberUsage({ sites, services }: Props) {
  if (sites.length === 0 && services.length === 0) return null;
  return (
    <div class="usage">
      {sites.length > 0 && <p class="hint used-on">{t('usedOn', sites.join(', '))}</p>}
      {services.length > 0 && <p class="hint sms-from">{t('smsFrom', services.join(', '))}</p>}
    </div>
  );
}
