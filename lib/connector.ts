// The one object through which the popup and options page talk to the rest of the extension (the
// Dark Reader pattern): containers receive a Connector, tests hand them a fake one. Reads come from the
// private store the background writes (lib/storage/store.ts); every change goes to the background as a Command.
import { browser } from 'wxt/browser';
import type { Command, CommandFailure, CommandReply } from './messages.ts';
import { POPUP_HEARTBEAT_MS, POPUP_PORT } from './popup-port.ts';
import { rentalsSummaryItem, type RentalsState, type RentalsSummary } from './storage/rentals.ts';
import { rentalsReader } from './storage/rental-messages.ts';
import { statusItem, type EngineStatus } from './storage/status.ts';
import { ledgerItem, type Ledger } from './storage/ledger.ts';
import { asRentChoice, lastRentItem, type RentChoice } from './storage/rent-choice.ts';
import { settingsItem, type Settings } from './storage/settings.ts';

/** The settings the UI may write itself: not secret, and nothing the background validates. */
export type UiSettingsPatch = Partial<Pick<Settings, 'fillMode' | 'disabledSites' | 'showCodesInNotifications' | 'keepEndedMessagesDays'>>;

export interface Connector {
  /** Sends a command to the background; the reply's type follows the command (lib/messages.ts `CommandValues`). */
  send<C extends Command>(cmd: C): Promise<CommandReply<C['type']>>;
  rentals(): Promise<RentalsState>;
  /** What the popup paints first (lib/storage/rentals.ts); null until the background has written one. */
  summary(): Promise<RentalsSummary | null>;
  status(): Promise<EngineStatus>;
  settings(): Promise<Settings>;
  ledger(): Promise<Ledger>;
  onLedger(cb: (ledger: Ledger) => void): () => void;
  onRentals(cb: (state: RentalsState) => void): () => void;
  onStatus(cb: (status: EngineStatus) => void): () => void;
  onSettings(cb: (settings: Settings) => void): () => void;
  updateSettings(patch: UiSettingsPatch): Promise<void>;
  /** Opens the popup port (the background polls fast while it is open); returns the close function. */
  keepAlive(): () => void;
  openOptions(): void;
  /** Asks for a host permission (a match pattern, lib/onlinesim/address.ts `hostPermission`). Call it
   * synchronously inside the click handler: browsers only grant it during a user gesture. Resolves
   * false when refused or impossible; true at once when it is granted already. */
  requestHostPermission(pattern: string): Promise<boolean>;
  copy(text: string): Promise<boolean>;
  /** The last rent choice, to preselect the form; null when none (or it was unreadable). */
  lastRent(): Promise<RentChoice | null>;
  rememberRent(choice: RentChoice): Promise<void>;
  /** The keyboard shortcut that fills the focused field ("Alt+Shift+K"), '' when the user removed it. */
  shortcut(): Promise<string>;
  /** Offers `text` as a file download (the ledger's CSV export); nothing leaves the browser. */
  saveFile(name: string, type: string, text: string): void;
}

const RECONNECT_MS = 500;
/** The manifest's command (wxt.config.ts) that fills the latest code into the focused field. */
const INSERT_COMMAND = 'insert-latest-code';

// The background is this extension's own code, so a reply is trusted to carry what `CommandValues`
// says; only its envelope is checked, to tell a reply from no listener at all.
function isReply(value: unknown): value is CommandReply {
  if (typeof value !== 'object' || value === null || !('ok' in value)) return false;
  if (value.ok === true) return true;
  return value.ok === false && 'error' in value && typeof value.error === 'object' && value.error !== null;
}

const NO_ANSWER: CommandFailure = { ok: false, error: { kind: 'no-answer' } };

export function browserConnector(): Connector {
  async function send<C extends Command>(cmd: C): Promise<CommandReply<C['type']>> {
    try {
      const reply: unknown = await browser.runtime.sendMessage(cmd);
      return isReply(reply) ? (reply as CommandReply<C['type']>) : NO_ANSWER;
    } catch {
      // No listener (the worker is starting or crashed): a reply like any other failure.
      return NO_ANSWER;
    }
  }
  // One reader for the first read and the watch: after the first, a write costs the lists it put.
  const rentals = rentalsReader();
  return {
    send,
    rentals: () => rentals.read(),
    summary: () => rentalsSummaryItem.getValue(),
    status: () => statusItem.getValue(),
    settings: () => settingsItem.getValue(),
    ledger: () => ledgerItem.getValue(),
    onLedger: (cb) => ledgerItem.watch(cb),
    onRentals: (cb) => rentals.watch(cb),
    onStatus: (cb) => statusItem.watch(cb),
    onSettings: (cb) => settingsItem.watch(cb),
    async updateSettings(patch) {
      await send({ type: 'update-settings', ...patch });
    },
    keepAlive() {
      // The browser may stop the background at any moment, which cuts the port: connect again (that
      // also wakes the background), so fast polling resumes while the popup stays open.
      let closed = false;
      let port = browser.runtime.connect({ name: POPUP_PORT });
      const reconnect = () => {
        if (closed) return;
        setTimeout(() => {
          if (closed) return;
          port = browser.runtime.connect({ name: POPUP_PORT });
          port.onDisconnect.addListener(reconnect);
        }, RECONNECT_MS);
      };
      port.onDisconnect.addListener(reconnect);
      const heartbeat = setInterval(() => {
        try {
          port.postMessage('here');
        } catch {
          // Disconnected just now: the reconnect above takes over.
        }
      }, POPUP_HEARTBEAT_MS);
      return () => {
        closed = true;
        clearInterval(heartbeat);
        port.disconnect();
      };
    },
    openOptions() {
      void browser.runtime.openOptionsPage();
    },
    requestHostPermission(pattern) {
      try {
        return browser.permissions.request({ origins: [pattern] }).catch(() => false);
      } catch {
        return Promise.resolve(false);
      }
    },
    async copy(text) {
      try {
        await navigator.clipboard.writeText(text);
        return true;
      } catch {
        return false;
      }
    },
    lastRent: async () => asRentChoice(await lastRentItem.getValue()),
    rememberRent: (choice) => lastRentItem.setValue(choice),
    async shortcut() {
      try {
        const commands = await browser.commands.getAll();
        return commands.find((c) => c.name === INSERT_COMMAND)?.shortcut ?? '';
      } catch {
        return '';
      }
    },
    saveFile(name, type, text) {
      const url = URL.createObjectURL(new Blob([text], { type }));
      const link = Object.assign(document.createElement('a'), { href: url, download: name });
      link.click();
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    },
  };
}
