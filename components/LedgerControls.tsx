import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.ts';

interface Props {
  entries: number;
  busy: boolean;
  onExport: () => void;
  onClear: () => void;
}

/** The ledger of use as a whole: export it as CSV, or forget it (after a second, explicit click). */
export function LedgerControls({ entries, busy, onExport, onClear }: Props) {
  const [asking, setAsking] = useState(false);
  if (entries === 0) return null;
  return (
    <details class="ledger">
      <summary>{t('ledgerTitle', entries)}</summary>
      <button type="button" class="small" onClick={onExport}>
        {t('exportLedger')}
      </button>
      {!asking ? (
        <button type="button" class="small danger-outline" disabled={busy} onClick={() => setAsking(true)}>
          {t('clearLedger')}
        </button>
      ) : (
        <div class="confirm" role="group" aria-label={t('clearLedger')}>
          <p>{t('clearLedgerConfirm')}</p>
          <button type="button" class="danger" disabled={busy} onClick={() => (setAsking(false), onClear())}>
            {t('clearLedgerButton')}
          </button>
          <button type="button" onClick={() => setAsking(false)}>
            {t('keepNumber')}
          </button>
        </div>
      )}
    </details>
  );
}
