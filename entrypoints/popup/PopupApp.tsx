// The popup's container: reads stored state through the Connector, keeps it live, and turns clicks into
// Commands. Everything visible is drawn by components/.
import { useEffect, useState } from 'preact/hooks';
import { Announcer } from '@/components/Announcer.tsx';
import { Banner } from '@/components/Banner.tsx';
import { FirstRun } from '@/components/FirstRun.tsx';
import { Header } from '@/components/Header.tsx';
import { History } from '@/components/History.tsx';
import { LedgerControls } from '@/components/LedgerControls.tsx';
import { RentalCard } from '@/components/RentalCard.tsx';
import { RentForm, type RentChoice } from '@/components/RentForm.tsx';
import type { Connector } from '@/lib/connector.ts';
import { t, uiLanguage, type Lang } from '@/lib/i18n.ts';
import type { Command } from '@/lib/messages.ts';
import type { Tariff } from '@/lib/onlinesim/types.ts';
import { formatPhone } from '@/lib/format.ts';
import { ledgerCsv, sitesOf } from '@/lib/rentals/ledger.ts';
import type { EngineStatus, Ledger, RentalsState } from '@/lib/rentals/state.ts';
import type { Settings } from '@/lib/settings.ts';

interface Props {
  connector: Connector;
  lang?: Lang;
  clock?: () => number;
}

interface Notice {
  message: string;
  nextStep: string;
}

/** The newest code across active rentals, for the live region; '' when there is none. */
function newestCode(rentals: RentalsState): string {
  const withCode = rentals.active.flatMap((r) => r.messages).filter((m) => m.code !== null);
  const newest = withCode.sort((a, b) => b.receivedAt - a.receivedAt)[0];
  return newest?.code ? t('newCode', newest.service, newest.code) : '';
}

export function PopupApp({ connector: c, lang = uiLanguage(), clock = Date.now }: Props) {
  const [rentals, setRentals] = useState<RentalsState | null>(null);
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [ledger, setLedger] = useState<Ledger>({ entries: [] });
  const [now, setNow] = useState(clock);
  const [busy, setBusy] = useState(false);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [toast, setToast] = useState('');
  const [rentOpen, setRentOpen] = useState(false);
  const [tariffs, setTariffs] = useState<Tariff[] | null>(null);

  useEffect(() => {
    let alive = true;
    // A change that arrives before the first read finishes is newer than that read: keep it.
    void Promise.all([c.rentals(), c.status(), c.settings()]).then(([r, s, st]) => {
      if (!alive) return;
      setRentals((prev) => prev ?? r);
      setStatus((prev) => prev ?? s);
      setSettings((prev) => prev ?? st);
    });
    void c.ledger().then((l) => alive && setLedger(l));
    const offs = [c.onRentals(setRentals), c.onStatus(setStatus), c.onSettings(setSettings), c.onLedger(setLedger)];
    const closePort = c.keepAlive();
    const timer = setInterval(() => setNow(clock()), 1000);
    return () => {
      alive = false;
      offs.forEach((off) => off());
      closePort();
      clearInterval(timer);
    };
  }, [c, clock]);

  // A rental without auto-renew comes with no extend prices of its own: the tariffs have them. Asked
  // for quietly, once per popup, and only when such a rental exists.
  const needsTariffs = rentals?.active.some((r) => r.extendOptions.length === 0) ?? false;
  useEffect(() => {
    if (!needsTariffs || tariffs !== null) return;
    void c.send({ type: 'tariffs' }).then((reply) => {
      if (reply.ok && Array.isArray(reply.value)) setTariffs((prev) => prev ?? (reply.value as Tariff[]));
    });
  }, [c, needsTariffs, tariffs]);

  async function run(cmd: Command, done?: string): Promise<unknown> {
    setBusy(true);
    setNotice(null);
    const reply = await c.send(cmd);
    setBusy(false);
    if (!reply.ok) {
      setNotice({ message: reply.message, nextStep: reply.nextStep });
      return undefined;
    }
    if (done) setToast(done);
    return reply.value ?? true;
  }

  async function copy(text: string) {
    setToast((await c.copy(text)) ? t('copied', text) : t('copyFailed'));
  }

  async function openRent() {
    setRentOpen(true);
    setTariffs(null); // fresh stock and prices for a purchase
    const value = await run({ type: 'tariffs' });
    if (Array.isArray(value)) setTariffs(value as Tariff[]);
    else setRentOpen(false);
  }

  async function rent(choice: RentChoice) {
    if (await run({ type: 'rent', ...choice }, t('rented'))) setRentOpen(false);
  }

  if (!rentals || !status || !settings) {
    return (
      <p class="loading" aria-busy="true">
        {t('loading')}
      </p>
    );
  }

  const header = (
    <Header
      balance={status.balance}
      lang={lang}
      refreshing={busy}
      onRefresh={() => void run({ type: 'refresh' })}
      onSettings={() => c.openOptions()}
    />
  );
  if (!settings.hasKey) {
    return (
      <>
        {header}
        {/* The page's one main landmark, as in the rentals view: screen-reader users jump to it. */}
        <main>
          <FirstRun onOpenSettings={() => c.openOptions()} />
        </main>
      </>
    );
  }

  return (
    <>
      {header}
      {status.lastError && <Banner message={status.lastError.message} nextStep={status.lastError.nextStep} />}
      {notice && (
        <Banner message={notice.message} nextStep={notice.nextStep} dismissLabel={t('dismiss')} onDismiss={() => setNotice(null)} />
      )}
      <main>
        {rentals.active.length === 0 && <p class="empty">{t('noRentals')}</p>}
        {rentals.active.map((rental) => (
          <RentalCard
            key={rental.tzid}
            rental={rental}
            extendOptions={rental.extendOptions.length > 0 ? rental.extendOptions : (tariffs?.find((t) => t.country === rental.country)?.extendOptions ?? [])}
            now={now}
            lang={lang}
            busy={busy}
            onCopy={(text) => void copy(text)}
            sites={sitesOf(ledger, rental.tzid)}
            onFill={settings.fillMode === 'off' ? undefined : (messageId) => void run({ type: 'fill-code', tzid: rental.tzid, messageId }, t('filledDone'))}
            onFillNumber={settings.fillMode === 'off' ? undefined : () => void run({ type: 'fill-number', tzid: rental.tzid }, t('numberFilled'))}
            onExtend={(days) => void run({ type: 'extend', tzid: rental.tzid, days }, t('extended'))}
            onClose={() => void run({ type: 'close', tzid: rental.tzid }, t('closed'))}
            onPortReload={() => void run({ type: 'port-reload', tzid: rental.tzid }, t('portReloaded'))}
          />
        ))}
        {!rentOpen && (
          <button type="button" class="primary wide" disabled={busy} onClick={() => void openRent()}>
            {t('rentButton')}
          </button>
        )}
        {rentOpen && tariffs === null && <p class="loading">{t('loadingTariffs')}</p>}
        {rentOpen && tariffs !== null && (
          <RentForm
            tariffs={tariffs}
            balance={status.balance}
            lang={lang}
            now={now}
            busy={busy}
            onRent={(choice) => void rent(choice)}
            onCancel={() => setRentOpen(false)}
          />
        )}
        <History ended={rentals.ended} lang={lang} sitesOf={(tzid) => sitesOf(ledger, tzid)} />
        <LedgerControls
          entries={ledger.entries.length}
          busy={busy}
          onExport={() => c.saveFile('simfill-used-on.csv', 'text/csv', ledgerCsv(ledger, [...rentals.active, ...rentals.ended], (r) => formatPhone(r.country, r.number)))}
          onClear={() => void run({ type: 'clear-ledger' }, t('ledgerCleared'))}
        />
      </main>
      <Announcer text={newestCode(rentals)} />
      <Announcer text={toast} visible />
    </>
  );
}
