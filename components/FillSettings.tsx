import { useState } from 'preact/hooks';
import { siteHost } from '../lib/format.ts';
import { t } from '../lib/i18n.ts';
import type { FillMode } from '../lib/storage/settings.ts';

interface Props {
  fillMode: FillMode;
  disabledSites: string[];
  onFillMode: (mode: FillMode) => void;
  onDisabledSites: (sites: string[]) => void;
}

const MODES = [
  { mode: 'auto', label: 'fillAuto' },
  { mode: 'ask', label: 'fillAsk' },
  { mode: 'off', label: 'fillOff' },
] as const;

export function FillSettings({ fillMode, disabledSites, onFillMode, onDisabledSites }: Props) {
  const [site, setSite] = useState('');
  const [invalid, setInvalid] = useState(false);
  return (
    <section class="fill-settings" aria-labelledby="fill-title">
      <h2 id="fill-title">{t('fillTitle')}</h2>
      <fieldset>
        <legend>{t('fillModeLegend')}</legend>
        {MODES.map(({ mode, label }) => (
          <label key={mode} class="check">
            <input type="radio" name="fill-mode" checked={fillMode === mode} onChange={() => onFillMode(mode)} />
            {t(label)}
          </label>
        ))}
      </fieldset>
      <h3>{t('disabledSitesTitle')}</h3>
      {disabledSites.length === 0 ? (
        <p class="hint">{t('disabledSitesEmpty')}</p>
      ) : (
        <ul class="sites">
          {disabledSites.map((host) => (
            <li key={host}>
              <span>{host}</span>
              <button
                type="button"
                class="small"
                aria-label={t('removeSite', host)}
                onClick={() => onDisabledSites(disabledSites.filter((h) => h !== host))}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        class="add-site"
        onSubmit={(e) => {
          e.preventDefault();
          const host = siteHost(site);
          setInvalid(host === null);
          if (host === null) return;
          if (!disabledSites.includes(host)) onDisabledSites([...disabledSites, host]);
          setSite('');
        }}
      >
        <label for="add-site">{t('addSiteLabel')}</label>
        <input
          id="add-site"
          value={site}
          onInput={(e) => setSite(e.currentTarget.value)}
          aria-invalid={invalid}
          aria-describedby={invalid ? 'add-site-error' : undefined}
        />
        <button type="submit">{t('add')}</button>
        {invalid && (
          <p id="add-site-error" class="warning">
            {t('siteInvalid')}
          </p>
        )}
      </form>
    </section>
  );
}
