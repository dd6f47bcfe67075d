// The options page's container. The key only ever travels one way, into a save-settings command: the
// page cannot read it back.
import { useEffect, useState } from 'preact/hooks';
import { FillSettings } from '@/components/FillSettings.tsx';
import { NotificationSettings } from '@/components/NotificationSettings.tsx';
import { RetentionSettings } from '@/components/RetentionSettings.tsx';
import { SettingsForm, type SaveOutcome } from '@/components/SettingsForm.tsx';
import type { Connector } from '@/lib/connector.ts';
import type { CommandReply } from '@/lib/messages.ts';
import { hostConfirmed, hostOfAddress, hostPermission, validateApiAddress } from '@/lib/onlinesim/address.ts';
import { describeCommandError } from '@/lib/command-error.ts';
import { t, uiLanguage, type Lang } from '@/lib/i18n.ts';
import type { Settings } from '@/lib/storage/settings.ts';
import { formatMoney } from '@/lib/money.ts';

interface Props {
  connector: Connector;
  lang?: Lang;
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
  // ends at the first await. Nothing is sent before the answer: the key goes only to a host the user
  // allowed (the background checks the same permission before every request). For the default address
  // the permission comes with the install, and the request answers at once without a prompt. An address
  // SimFill refuses anyway (not https) is sent unasked, so the background can say why. A host other than
  // OnlineSim's that the user has not ticked is refused here, before the prompt, in the words the
  // background would use.
  function save(apiKey: string, apiAddress: string, confirmedHost: string | null) {
    const valid = validateApiAddress(apiAddress);
    const unconfirmed = valid.ok && !hostConfirmed(valid.value, confirmedHost) ? hostOfAddress(valid.value) : null;
    if (unconfirmed !== null) {
      setOutcome({ ok: false, ...describeCommandError({ kind: 'call-failed', error: { kind: 'refused', reason: 'not-confirmed', host: unconfirmed } }, t) });
      return;
    }
    const permission = valid.ok ? hostPermission(valid.value) : null;
    const allowed = permission ? c.requestHostPermission(permission) : Promise.resolve(true);
    setBusy(true);
    setOutcome(null);
    void (async () => {
      const reply: CommandReply<'save-settings'> = (await allowed)
        ? await c.send({ type: 'save-settings', apiKey, apiAddress, confirmedHost })
        : { ok: false, error: { kind: 'permission-denied', host: hostOfAddress(apiAddress) ?? apiAddress } };
      // Worded here, in this page's language (lib/command-error.ts).
      if (reply.ok) {
        setOutcome({ ok: true, message: t('savedBalance', formatMoney(reply.value.balance, lang)), nextStep: '' });
      } else {
        setOutcome({ ok: false, ...describeCommandError(reply.error, t) });
      }
      setBusy(false);
    })();
  }

  if (!settings) return <p class="loading">{t('loading')}</p>;
  return (
    <main class="options">
      <h1>{t('settingsTitle')}</h1>
      <SettingsForm apiAddress={settings.apiAddress} confirmedHost={settings.confirmedHost} hasKey={settings.hasKey} busy={busy} outcome={outcome} onSave={save} />
      <FillSettings
        fillMode={settings.fillMode}
        disabledSites={settings.disabledSites}
        onFillMode={(fillMode) => void c.updateSettings({ fillMode })}
        onDisabledSites={(disabledSites) => void c.updateSettings({ disabledSites })}
      />
      <NotificationSettings
        showCodes={settings.showCodesInNotifications}
        onShowCodes={(showCodesInNotifications) => void c.updateSettings({ showCodesInNotifications })}
      />
      <RetentionSettings days={settings.keepEndedMessagesDays} onDays={(keepEndedMessagesDays) => void c.updateSettings({ keepEndedMessagesDays })} />
    </main>
  );
}
