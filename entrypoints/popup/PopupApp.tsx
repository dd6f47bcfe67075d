// The popup's container: reads stored state through the Connector, keeps it live, and turns clicks into
// Commands. Everything visible is drawn by components/.
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { Announcer } from '@/components/Announcer.tsx';
import { ClockContext, useNow } from '@/components/clock.ts';
import { Banner } from '@/components/Banner.tsx';
import { Feedback } from '@/components/Feedback.tsx';
import { FirstRun } from '@/components/FirstRun.tsx';
import { Header } from '@/components/Header.tsx';
import { History } from '@/components/History.tsx';
import { LedgerControls } from '@/components/LedgerControls.tsx';
import { RentalCard } from '@/components/RentalCard.tsx';
import { RentForm, type RentChoice } from '@/components/RentForm.tsx';
import type { Connector } from '@/lib/connector.ts';
import { t, uiLanguage, type Lang } from '@/lib/i18n.ts';
import type { Command, CommandSuccess } from '@/lib/messages.ts';
import { describeError } from '@/lib/onlinesim/errors.ts';
import { describeCommandError, type CommandError } from '@/lib/command-error.ts';
import type { Tariff } from '@/lib/onlinesim/types.ts';
import { formatPhone, nextDayStart } from '@/lib/format.ts';
import { ledgerCsv, sitesOf } from '@/lib/rentals/ledger.ts';
import { cardRental, type RentalsState, type RentalsSummary, type StoredRental } from '@/lib/storage/rentals.ts';
import type { EngineStatus } from '@/lib/storage/status.ts';
import type { Ledger } from '@/lib/storage/ledger.ts';
import { byUrgency, isNewCode, nextUrgencyChange } from '@/lib/rentals/urgency.ts';
import { latestCode } from '@/lib/otp/code.ts';
import type { Settings } from '@/lib/storage/settings.ts';

interface Props {
  connector: Connector;
  lang?: Lang;
  /** Epoch ms, for every time the popup shows; tests give a fixed one. */
  clock?: () => number;
}

/** How long "Copied …" stays: long enough to read, gone before it hides anything for good. */
const TOAST_MS = 4000;

/** Cards drawn in the popup's first frame: more than its 600 px can show. The others, below the fold,
 * follow in the next frame: with a hundred rentals, drawing every card before the first paint added
 * about 100 ms to it (bench, scale curve). */
const FIRST_FRAME_CARDS = 8;

/** The full state in the summary's shape, which is what the cards draw. */
function viewOf(state: RentalsState): RentalsSummary {
  return { active: state.active.map((r) => cardRental(r)), ended: state.ended.map((r) => cardRental(r)) };
}

/** Whether two statuses show the same: the popup shows the balance and the last error, not the poll's
 * time, which the background writes every few seconds while it polls fast. Redrawing every card for
 * such a write took about 25 ms at a hundred rentals (100 with the CPU slowed 4 times, issue 17). */
function showsSame(a: EngineStatus, b: EngineStatus): boolean {
  return JSON.stringify([a.balance, a.lastError?.error]) === JSON.stringify([b.balance, b.lastError?.error]);
}

/** The newest code across active rentals, for the live region; '' when there is none. */
function latestCodeNews(rentals: RentalsSummary): string {
  const latest = latestCode(rentals.active.flatMap((r) => r.messages));
  return latest ? t('newCode', latest.message.service, latest.code) : '';
}

export function PopupApp({ clock = Date.now, ...props }: Props) {
  return (
    <ClockContext.Provider value={clock}>
      <Popup {...props} />
    </ClockContext.Provider>
  );
}

function Popup({ connector: c, lang = uiLanguage() }: Omit<Props, 'clock'>) {
  // First paint from the summary the background keeps ready (a few KB), then the full lists (megabytes
  // for a hundred rentals), which draw the same cards: nothing on screen moves when they arrive.
  const [summary, setSummary] = useState<RentalsSummary | null>(null);
  const [full, setFull] = useState<RentalsState | null>(null);
  const rentals = useMemo(() => (full ? viewOf(full) : summary), [full, summary]);
  const [status, setStatus] = useState<EngineStatus | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [ledger, setLedger] = useState<Ledger>({ entries: [] });
  // Re-rendered by the clock only when the cards' order, a "new" mark or a date's "today" form can
  // change; each card's time left keeps its own time (components/Countdown.tsx).
  const now = useNow((at) =>
    Math.min(nextDayStart(at), rentals ? nextUrgencyChange(rentals.active, at) : Infinity),
  );
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<CommandError | null>(null);
  const [toast, setToast] = useState('');
  const [rentOpen, setRentOpen] = useState(false);
  const [rentInitial, setRentInitial] = useState<Partial<RentChoice> | null>(null);
  const [tariffs, setTariffs] = useState<Tariff[] | null>(null);
  const [expanded, setExpanded] = useState<ReadonlySet<number>>(new Set());
  const [shortcut, setShortcut] = useState('');
  const [pastFirstFrame, setPastFirstFrame] = useState(false);
  // Opening the popup marks every message read (the background clears the badge), so what was unread
  // when this popup first saw it is remembered here for as long as the popup stays open.
  const unreadAtOpen = useRef(new Set<string>()).current;
  if (rentals) for (const r of rentals.active) for (const m of r.messages) if (m.unread) unreadAtOpen.add(`${r.tzid}:${m.id}`);

  // A layout effect, so the reads start as soon as the first render is in the document: an effect would
  // wait for the next frame, and the number on screen waits for these reads (about 10 ms, issue 17).
  useLayoutEffect(() => {
    let alive = true;
    // A change that arrives before the first read finishes is newer than that read: keep it.
    void Promise.all([c.summary(), c.status(), c.settings()]).then(([sum, s, st]) => {
      if (!alive) return;
      setSummary((prev) => prev ?? sum);
      setStatus((prev) => prev ?? s);
      setSettings((prev) => prev ?? st);
      // The full lists once the frame drawn from the summary is on screen: at a hundred rentals their
      // read holds the main thread long enough to hold that frame back. At once when there is no
      // summary to draw from (none written yet).
      const readFull = () => void c.rentals().then((r) => alive && setFull((prev) => prev ?? r));
      if (sum === null) readFull();
      else requestAnimationFrame(() => setTimeout(readFull));
    });
    void c.shortcut().then((keys) => alive && setShortcut(keys));
    void c.ledger().then((l) => alive && setLedger(l));
    // The stored balance may be hours old (polls do not read it). Asked for quietly: when it fails, the
    // stored balance stays and the polls report what is wrong.
    void c.send({ type: 'balance' });
    const onStatus = (next: EngineStatus) => setStatus((prev) => (prev && showsSame(prev, next) ? prev : next));
    const offs = [c.onRentals(setFull), c.onStatus(onStatus), c.onSettings(setSettings), c.onLedger(setLedger)];
    const closePort = c.keepAlive();
    return () => {
      alive = false;
      offs.forEach((off) => off());
      closePort();
    };
  }, [c]);

  // The rest of the cards once the first frame with the number is on screen.
  const drawn = rentals !== null;
  useEffect(() => {
    if (!drawn) return;
    const frame = requestAnimationFrame(() => setTimeout(() => setPastFirstFrame(true)));
    return () => cancelAnimationFrame(frame);
  }, [drawn]);

  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(() => setToast(''), TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast]);

  // A rental without auto-renew comes with no extend prices of its own: the tariffs have them. Asked
  // for quietly, once per popup, and only when such a rental exists.
  const needsTariffs = rentals?.active.some((r) => r.extendOptions.length === 0) ?? false;
  useEffect(() => {
    if (!needsTariffs || tariffs !== null) return;
    void c.send({ type: 'tariffs' }).then((reply) => {
      if (reply.ok) setTariffs((prev) => prev ?? reply.value);
    });
  }, [c, needsTariffs, tariffs]);

  /** Sends a command the user asked for; a failure is shown, a success confirmed with `done`. Null on failure. */
  async function run<C extends Command>(cmd: C, done?: string): Promise<CommandSuccess<C['type']> | null> {
    setBusy(true);
    setFailure(null);
    const reply = await c.send(cmd);
    setBusy(false);
    if (!reply.ok) {
      setFailure(reply.error);
      return null;
    }
    if (done) setToast(done);
    return reply;
  }

  async function copy(text: string) {
    setToast((await c.copy(text)) ? t('copied', text) : t('copyFailed'));
  }

  async function openRent(initial: Partial<RentChoice> | null) {
    setRentInitial(initial ?? (await c.lastRent()));
    setRentOpen(true);
    setTariffs(null); // fresh stock and prices for a purchase
    const reply = await run({ type: 'tariffs' });
    if (reply) setTariffs(reply.value);
    else setRentOpen(false);
  }

  async function rent(choice: RentChoice) {
    void c.rememberRent(choice);
    if (await run({ type: 'rent', ...choice }, t('rented'))) setRentOpen(false);
  }

  async function neverFill(host: string) {
    await c.updateSettings({ disabledSites: [...settings!.disabledSites, host] });
    setToast(t('neverFillDone', host));
  }

  function toggle(tzid: number) {
    setExpanded((prev) => {
      const next = new Set(prev);
      if (!next.delete(tzid)) next.add(tzid);
      return next;
    });
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
  // Worded here, in the popup's language, like every failure the popup shows (lib/command-error.ts).
  const feedback = <Feedback toast={toast} failure={failure && describeCommandError(failure, t)} onDismiss={() => setFailure(null)} />;
  if (!settings.hasKey) {
    return (
      <>
        {header}
        {/* The page's one main landmark, as in the rentals view: screen-reader users jump to it. */}
        <main>
          <FirstRun
            busy={busy}
            onSaveKey={(apiKey) => void run({ type: 'save-settings', apiKey, apiAddress: settings.apiAddress, confirmedHost: settings.confirmedHost }, t('saved'))}
            onOpenSettings={() => c.openOptions()}
          />
        </main>
        {feedback}
      </>
    );
  }

  const isNew = (rental: StoredRental) => (m: StoredRental['messages'][number]) => isNewCode(rental, m, now, unreadAtOpen);
  // With one rental there is nothing to choose between: its details are open from the start.
  const isExpanded = (tzid: number) => expanded.has(tzid) !== (rentals.active.length === 1);
  const cards = byUrgency(rentals.active, now, unreadAtOpen);
  // The history and the ledger's buttons wait for all cards: drawn under the first few, they would
  // jump down a frame later.
  const allCards = pastFirstFrame || cards.length <= FIRST_FRAME_CARDS;
  return (
    <>
      {header}
      {status.lastError && <Banner {...describeError(status.lastError.error, t)} />}
      {/* Busy until the full message lists are read; the cards are final before that (see viewOf). */}
      <main aria-busy={full === null}>
        {!rentOpen && (
          <button type="button" class="primary wide" disabled={busy} onClick={() => void openRent(null)}>
            {t('rentButton')}
          </button>
        )}
        {rentOpen && tariffs === null && <p class="loading">{t('loadingTariffs')}</p>}
        {rentOpen && tariffs !== null && (
          <RentForm
            tariffs={tariffs}
            balance={status.balance}
            initial={rentInitial}
            lang={lang}
            busy={busy}
            onRent={(choice) => void rent(choice)}
            onCancel={() => setRentOpen(false)}
          />
        )}
        {rentals.active.length === 0 && <p class="empty">{t('noRentals')}</p>}
        {(allCards ? cards : cards.slice(0, FIRST_FRAME_CARDS)).map((rental) => (
          <RentalCard
            key={rental.tzid}
            rental={rental}
            extendOptions={rental.extendOptions.length > 0 ? rental.extendOptions : (tariffs?.find((t) => t.country === rental.country)?.extendOptions ?? [])}
            balance={status.balance}
            now={now}
            lang={lang}
            busy={busy}
            expanded={isExpanded(rental.tzid)}
            onToggle={() => toggle(rental.tzid)}
            isNew={isNew(rental)}
            shortcut={shortcut}
            onCopy={(text) => void copy(text)}
            sites={sitesOf(ledger, rental.tzid)}
            onFill={settings.fillMode === 'off' ? undefined : (messageId) => void run({ type: 'fill-code', tzid: rental.tzid, messageId }, t('filledDone'))}
            onFillNumber={settings.fillMode === 'off' ? undefined : () => void run({ type: 'fill-number', tzid: rental.tzid }, t('numberFilled'))}
            neverFill={(host) => (settings.disabledSites.includes(host) ? undefined : () => void neverFill(host))}
            onExtend={(days) => void run({ type: 'extend', tzid: rental.tzid, days }, t('extended'))}
            onClose={() => void run({ type: 'close', tzid: rental.tzid }, t('closed'))}
            onPortReload={() => void run({ type: 'port-reload', tzid: rental.tzid }, t('portReloaded'))}
          />
        ))}
        {allCards && (
          <>
            <History
              ended={rentals.ended}
              now={now}
              lang={lang}
              onCopy={(text) => void copy(text)}
              onRentAgain={(r) => void openRent({ country: r.country ?? undefined, days: r.rentDays, autoRenew: false })}
              sitesOf={(tzid) => sitesOf(ledger, tzid)}
            />
            <LedgerControls
              entries={ledger.entries.length}
              busy={busy}
              onExport={() => c.saveFile('simfill-used-on.csv', 'text/csv', ledgerCsv(ledger, [...rentals.active, ...rentals.ended], (r) => formatPhone(r.country, r.number)))}
              onClear={() => void run({ type: 'clear-ledger' }, t('ledgerCleared'))}
            />
          </>
        )}
      </main>
      <Announcer text={latestCodeNews(rentals)} />
      {feedback}
    </>
  );
}
