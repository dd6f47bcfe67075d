import { t } from '../lib/i18n.ts';

interface Props {
  showCodes: boolean;
  onShowCodes: (show: boolean) => void;
}

/** Notifications can show on the lock screen: whether they carry the code is the user's choice. */
export function NotificationSettings({ showCodes, onShowCodes }: Props) {
  return (
    <section class="notification-settings" aria-labelledby="notifications-title">
      <h2 id="notifications-title">{t('notificationsTitle')}</h2>
      <label class="check" for="show-codes">
        <input id="show-codes" type="checkbox" checked={showCodes} onChange={(e) => onShowCodes(e.currentTarget.checked)} aria-describedby="show-codes-hint" />
        {t('showCodesLabel')}
      </label>
      <p id="show-codes-hint" class="hint">
        {t('showCodesHint')}
      </p>
    </section>
  );
}
