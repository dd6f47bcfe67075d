import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.ts';

interface Props {
  busy: boolean;
  /** Sites the number was used on: closing cuts those accounts off from their codes, so it is said. */
  usedOn: string[];
  onClose: () => void;
}

/** Ending loses the number for good and returns no money, so it takes a second, explicit confirmation
 * that says both, and names the sites the number was used on. */
export function CloseControl({ busy, usedOn, onClose }: Props) {
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" class="danger-outline" disabled={busy} onClick={() => setAsking(true)}>
        {t('closeNumber')}
      </button>
    );
  }
  return (
    <div class="confirm" role="group" aria-label={t('closeNumber')}>
      <p>{t('closeConfirm')}</p>
      {usedOn.length > 0 && <p class="warning">{t('closeUsedWarning', usedOn.join(', '))}</p>}
      <button type="button" class="danger" disabled={busy} onClick={onClose}>
        {t('closeConfirmButton')}
      </button>
      <button type="button" onClick={() => setAsking(false)}>
        {t('keepNumber')}
      </button>
    </div>
  );
}
