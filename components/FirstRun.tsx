import { t } from '../lib/i18n.ts';

export const API_KEY_PAGE = 'https://onlinesim.io/v2/pages/profile/api';

interface Props {
  onOpenSettings: () => void;
}

/** No key yet: say what SimFill does and where the key comes from, then send the user to the settings. */
export function FirstRun({ onOpenSettings }: Props) {
  return (
    <section class="first-run" aria-labelledby="first-run-title">
      <h2 id="first-run-title">{t('firstRunTitle')}</h2>
      <p>{t('firstRunWhat')}</p>
      <p>{t('firstRunKey')}</p>
      <p>
        <a href={API_KEY_PAGE} target="_blank" rel="noopener noreferrer">
          {t('getApiKey')}
        </a>
      </p>
      <button type="button" class="primary" onClick={onOpenSettings}>
        {t('openSettings')}
      </button>
    </section>
  );
}
