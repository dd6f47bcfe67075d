import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.ts';

export const API_KEY_PAGE = 'https://onlinesim.io/v2/pages/profile/api';

interface Props {
  busy: boolean;
  /** Saves and checks the key, as the settings page does. */
  onSaveKey: (key: string) => void;
  onOpenSettings: () => void;
}

/** No key yet: say what SimFill does and where the key comes from, and take the key right here, so the
 * first run does not bounce between the popup, the website and the settings page. */
export function FirstRun({ busy, onSaveKey, onOpenSettings }: Props) {
  const [key, setKey] = useState('');
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
      <form
        class="first-run-key"
        onSubmit={(e) => {
          e.preventDefault();
          onSaveKey(key.trim());
        }}
      >
        <label for="first-run-key">{t('firstRunPaste')}</label>
        <input id="first-run-key" type="password" autocomplete="off" spellcheck={false} value={key} onInput={(e) => setKey(e.currentTarget.value)} />
        <button type="submit" class="primary" disabled={busy}>
          {t('save')}
        </button>
      </form>
      <button type="button" class="link-button" onClick={onOpenSettings}>
        {t('moreSettings')}
      </button>
    </section>
  );
}
