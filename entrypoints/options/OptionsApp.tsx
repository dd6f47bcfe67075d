// The options page's container. The key only ever travels one way, into a save-settings command: the
// page cannot read it back.
import { useEffect, useState } from 'preact/hooks';
import { FillSettings } from '@/components/FillSettings.tsx';
import { SettingsForm, type SaveOutcome } from '@/components/SettingsForm.tsx';
import type { Connector } from '@/lib/connector.ts';

import { t, uiLanguage, type Lang } from '@/lib/i18n.ts';
import type { Balance } from '@/lib/onlinesim/types.ts';
import type { Settings } from '@/lib/settings.ts';
import { formatMoney } from '@/lib/money.ts';

interface Props {
  connector: Connector;
  lang?: Lang;
}

/** The provider's default host is in the manifest's host_permissions; any other needs asking for. */
const BUILT_IN_ORIGIN = 'https://onlinesim.io';

function originOf(address: string): string | null {
  try {
    const url = new URL(address);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.origin : null;
  } catch {
    return null;
  }
}

function balanceOf(value: unknown): Balance | null {
  if (typeof value !== 'object' || value === null || !('balance' in value)) return null;
  const balance = value.balance;
  return typeof balance === 'object' && balance !== null && 'balance' in balance && typeof balance.balance === 'string'
    ? (balance as Balance)
    : null;
}

export function OptionsApp({ connector: c, lang = uiLanguage() }: Props) {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  useEffect(() => {
    void c.settings().then((s) => setSettings((prev) => prev ?? s));
    return c.onSettings(setSettings);
  }, [c]);

  // Not async on purpose: the permission request must happen inside the click's user gesture, which
  // ends at the first await. The answer is not awaited before trying, though: a server that allows
  // cross-origin requests (a mirror, the local stand-in) works without the permission, and a prompt the
  // user has not answered yet must not freeze the form. Only when the host could not be reached does the
  // save wait for the answer and try once more.
  function save(apiKey: string, apiAddress: string) {
    const origin = originOf(apiAddress);
    const permission = origin && origin !== BUILT_IN_ORIGIN ? c.requestOrigin(origin) : null;
    const command = { type: 'save-settings', apiKey, apiAddress } as const;
    setBusy(true);
    setOutcome(null);
    void (async () => {
      let reply = await c.send(command);
      if (!reply.ok && reply.unreachable && permission) {
        if (await permission) reply = await c.send(command);
        else reply = { ok: false, message: t('permissionDenied', origin ?? apiAddress), nextStep: t('permissionDeniedNext'), code: null };
      }
      if (reply.ok) {
        const balance = balanceOf(reply.value);
        setOutcome({ ok: true, message: balance ? t('savedBalance', formatMoney(balance.balance, lang)) : t('saved'), nextStep: '' });
      } else {
        setOutcome({ ok: false, message: reply.message, nextStep: reply.nextStep });
      }
      setBusy(false);
    })();
  }

  if (!settings) return <p class="loading">{t('loading')}</p>;
  return (
    <main class="options">
      <h1>{t('settingsTitle')}</h1>
      <SettingsForm apiAddress={settings.apiAddress} hasKey={settings.hasKey} busy={busy} outcome={outcome} onSave={save} />
      <FillSettings
        fillMode={settings.fillMode}
        disabledSites={settings.disabledSites}
        onFillMode={(fillMode) => void c.updateSettings({ fillMode })}
        onDisabledSites={(disabledSites) => void c.updateSettings({ disabledSites })}
      />
    </main>
  );
}
