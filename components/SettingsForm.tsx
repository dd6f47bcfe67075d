import { useState } from 'preact/hooks';
import { t } from '../lib/i18n.ts';
import { hostNeedingConfirmation, hostOfAddress } from '../lib/onlinesim/address.ts';

export interface SaveOutcome {
  ok: boolean;
  message: string;
  nextStep: string;
}

interface Props {
  apiAddress: string;
  /** The host confirmed for the saved address (Settings.confirmedHost). */
  confirmedHost: string | null;
  hasKey: boolean;
  busy: boolean;
  outcome: SaveOutcome | null;
  /** Called synchronously from the submit event, so the container may ask for permissions in it.
   * `confirmedHost`: the host the user ticked "Yes, send my API key to HOST" for, if it is this address's. */
  onSave: (apiKey: string, apiAddress: string, confirmedHost: string | null) => void;
}

/** The key is write-only here: the page never shows a saved key, it only says that one is saved. */
export function SettingsForm({ apiAddress, confirmedHost, hasKey, busy, outcome, onSave }: Props) {
  const [key, setKey] = useState('');
  const [address, setAddress] = useState(apiAddress);
  // The tick belongs to the host it was given for: another address shows it cleared.
  const [tickedHost, setTickedHost] = useState(confirmedHost);
  const host = hostOfAddress(address.trim());
  const toConfirm = hostNeedingConfirmation(address.trim());
  return (
    <form
      class="settings"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(key.trim(), address.trim(), toConfirm !== null && tickedHost === toConfirm ? toConfirm : null);
      }}
    >
      <label for="api-key">{t('apiKeyLabel')}</label>
      <input
        id="api-key"
        type="password"
        autocomplete="off"
        spellcheck={false}
        value={key}
        onInput={(e) => setKey(e.currentTarget.value)}
        aria-describedby="api-key-hint"
      />
      <p id="api-key-hint" class="hint">
        {hasKey ? t('apiKeySavedHint') : t('apiKeyHint')}
      </p>
      <label for="api-address">{t('apiAddressLabel')}</label>
      <input
        id="api-address"
        type="url"
        spellcheck={false}
        value={address}
        onInput={(e) => setAddress(e.currentTarget.value)}
        aria-describedby="api-address-hint api-key-destination"
      />
      <p id="api-address-hint" class="hint">
        {t('apiAddressHint')}
      </p>
      {/* Said before the first request, in plain words, for whatever address is typed. */}
      <p id="api-key-destination" class="destination">
        {host ? t('keySentTo', host) : ''}
      </p>
      {/* Not OnlineSim's own host: the key goes there only once the user says yes to this very host. */}
      {toConfirm && (
        <>
          <label class="check" for="confirm-host">
            <input
              id="confirm-host"
              type="checkbox"
              checked={tickedHost === toConfirm}
              onChange={(e) => setTickedHost(e.currentTarget.checked ? toConfirm : null)}
              aria-describedby="confirm-host-hint"
            />
            {t('confirmHostLabel', toConfirm)}
          </label>
          <p id="confirm-host-hint" class="hint">
            {t('confirmHostHint')}
          </p>
        </>
      )}
      <button type="submit" class="primary" disabled={busy}>
        {t('save')}
      </button>
      <div role="alert" class={outcome && !outcome.ok ? 'outcome outcome-error' : 'outcome'}>
        {outcome && <p>{outcome.message}</p>}
        {outcome?.nextStep && <p>{outcome.nextStep}</p>}
      </div>
    </form>
  );
}
