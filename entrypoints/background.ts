// Wiring only: listeners registered synchronously at start-up (an MV3 worker that registers late misses
// the event that woke it), each handing over to lib/background.
import { browser } from 'wxt/browser';
import { loadApiKey, saveApiKey } from '@/lib/storage/api-key';
import { handleCommand } from '@/lib/background/commands';
import { createEngine } from '@/lib/background/engine';
import { parseFillReply, type FillRequest, type WhereRequest } from '@/lib/fill-protocol';
import { runOnDemand } from '@/lib/background/inject';
import { noticeOnce } from '@/lib/background/notice-once';
import { numberNotFilled, parsePhoneFillReply } from '@/lib/background/phone-reply';
import { describeCommandError } from '@/lib/command-error';
import { MENU_INSERT_CODE, NUMBER_MENU_PREFIX, syncMenus } from '@/lib/background/context-menus';
import type { CommandReply } from '@/lib/messages';
import { POPUP_PORT } from '@/lib/popup-port';
import { isExtensionPage, route } from '@/lib/background/routing';
import { createClient } from '@/lib/onlinesim/client';
import { extractCode } from '@/lib/otp/extract';
import { latestCode } from '@/lib/otp/code';
import { rentalsItem, rentalsSummaryItem, rewriteRentals } from '@/lib/storage/rentals';
import { statusItem } from '@/lib/storage/status';
import { ledgerItem } from '@/lib/storage/ledger';
import { settingsItem } from '@/lib/storage/settings';
import { shownNoticesItem } from '@/lib/storage/session';
import { repairStoredState } from '@/lib/storage/repair';
import { moveOutOfLocalStorage, restrictSessionStorage } from '@/lib/storage/store';
import { sayIn, uiLanguage } from '@/lib/i18n';
import { providerLang } from '@/lib/ui-lang';

/** A fill's answer, at most: far longer than a split widget typed box by box takes. */
const FILL_REPLY_TIMEOUT_MS = 10_000;

const POLL_ALARM = 'poll';
const COMMAND_FILL_NUMBER = 'fill-number';

export default defineBackground(() => {
  // Asked at each use, not once when the worker starts: a worker Chromium starts with the browser,
  // under load, can get English there although the browser runs in another language (seen in the
  // fill-notice test: the worker answered "kk" moments later).
  const lang = () => uiLanguage();
  const hostGranted = (permission: string) => browser.permissions.contains({ origins: [permission] });
  // Data an older version left where content scripts can reach it is moved first; then stored state
  // is checked before anything reads it (a repair is logged, item name only).
  const ready = restrictSessionStorage()
    .then(() => moveOutOfLocalStorage([rentalsItem.key, statusItem.key, settingsItem.key, ledgerItem.key]))
    .catch((e: unknown) => console.warn(`storage: could not move old data (${e instanceof Error ? e.name : typeof e})`))
    .then(() => repairStoredState((line) => console.warn(line)))
    .then(() => rewriteRentals());
  const engine = createEngine({
    ready,
    now: () => Date.now(),
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    get lang() {
      return lang();
    },
    extract: extractCode,
    async loadClient() {
      const [settings, apiKey] = await Promise.all([settingsItem.getValue(), loadApiKey()]);
      if (!settings.hasKey || !apiKey) return null;
      return createClient({ baseUrl: settings.apiAddress, apiKey, lang: providerLang(lang()), confirmedHost: settings.confirmedHost, hostGranted });
    },
    notify: noticeOnce({
      onScreen: async () => Object.keys(await browser.notifications.getAll()),
      show: async (notice) => {
        await browser.notifications.create(notice.id, {
          type: 'basic',
          iconUrl: browser.runtime.getURL('/icon/128.png'),
          title: notice.title,
          message: notice.message,
        });
      },
      kept: shownNoticesItem,
    }),
    async setBadge(text) {
      await browser.action.setBadgeText({ text });
    },
    async activeTab() {
      const [tab] = await browser.tabs.query({ active: true, lastFocusedWindow: true });
      return tab?.id ?? null;
    },
    async topOrigin(tabId) {
      try {
        const reply: unknown = await browser.tabs.sendMessage(tabId, { type: 'where' } satisfies WhereRequest, { frameId: 0 });
        return typeof reply === 'string' ? reply : null;
      } catch {
        return null; // no content script in the top frame (a browser page, still loading)
      }
    },
    async sendFill(tabId, frameId, request: FillRequest) {
      try {
        // Fills are delivered one at a time, so an answer that never comes (Firefox can leave the
        // message to a page being closed unanswered) must not hold back every later code.
        const noAnswer = new Promise<null>((resolve) => setTimeout(resolve, FILL_REPLY_TIMEOUT_MS, null));
        const reply = await Promise.race([browser.tabs.sendMessage(tabId, request, frameId >= 0 ? { frameId } : {}), noAnswer]);
        return reply === null ? null : parseFillReply(reply);
      } catch {
        return null; // no content script in that frame (a browser page, a frame that navigated away)
      }
    },
    async fillPhone(tabId, frameId, request) {
      return parsePhoneFillReply(await runOnDemand(browser.scripting, tabId, frameId, 'phone-fill', request));
    },
  });

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<CommandReply> | undefined => {
    const routed = route(raw, sender, browser.runtime.id, extensionOrigin);
    switch (routed.kind) {
      case 'command':
        return ready.then(() => handleCommand(routed.command, { engine, lang: lang(), saveApiKey, hostGranted }));
      case 'field':
        void engine.fieldReported(routed.tabId, routed.frameId, routed.frameUrl, routed.report);
        return undefined;
      case 'ignored':
        return undefined;
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== POPUP_PORT || !port.sender || !isExtensionPage(port.sender, browser.runtime.id, extensionOrigin)) return;
    const popup = engine.popupOpened();
    port.onMessage.addListener(popup.renew); // heartbeats (lib/popup-port.ts); their content does not matter
    port.onDisconnect.addListener(popup.close);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void engine.onAlarm();
  });
  browser.tabs.onRemoved.addListener((tabId) => void engine.tabClosed(tabId));

  const insertLatest = async (frame?: { frameId: number; frameUrl: string }) => {
    await ready;
    const { active } = await rentalsItem.getValue();
    await engine.fillManually(latestCode(active.flatMap((r) => r.messages))?.message, frame);
  };
  // The shortcut fills the newest rental's number; the context menu has one entry per rental.
  const fillNumber = async (tzid: number | undefined, target?: { tabId: number; frameId: number }) => {
    await ready;
    const { active } = await rentalsItem.getValue();
    const chosen = tzid ?? active.at(-1)?.tzid;
    if (chosen === undefined) return;
    const reply = await engine.fillNumber(chosen, target);
    if (reply?.ok) return;
    // No popup to say it in: a notification tells why nothing (or nothing verified) was filled. The
    // background shows the notification itself, so this is where the words are made, in its language.
    const { message, nextStep } = describeCommandError({ kind: 'number-not-filled', reason: numberNotFilled(reply) }, sayIn(lang()));
    await browser.notifications.create(`phone-fill:${chosen}`, { type: 'basic', iconUrl: browser.runtime.getURL('/icon/128.png'), title: message, message: nextStep });
  };
  browser.commands.onCommand.addListener((name) => {
    if (name === MENU_INSERT_CODE) void insertLatest();
    if (name === COMMAND_FILL_NUMBER) void fillNumber(undefined);
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    // The menu was opened on a field in one frame: that frame, and no other, gets the code.
    const frameUrl = info.frameUrl ?? info.pageUrl;
    if (info.menuItemId === MENU_INSERT_CODE && info.frameId !== undefined && frameUrl) void insertLatest({ frameId: info.frameId, frameUrl });
    const id = String(info.menuItemId);
    if (id.startsWith(NUMBER_MENU_PREFIX) && tab?.id !== undefined) {
      void fillNumber(Number(id.slice(NUMBER_MENU_PREFIX.length)), { tabId: tab.id, frameId: info.frameId ?? 0 });
    }
  });

  // Menus are rebuilt from the rentals: at install, at every start of the worker, on every change. A
  // change is followed through the summary the write keeps beside the rentals: it names every active
  // number in a few kilobytes, where the rentals are megabytes at a power user's scale.
  const menus = () => ready.then(() => rentalsItem.getValue()).then((state) => syncMenus(browser.contextMenus, state.active, lang()));
  browser.runtime.onInstalled.addListener(() => void menus());
  rentalsSummaryItem.watch((summary) => void (summary ? syncMenus(browser.contextMenus, summary.active, lang()) : menus()));

  // Alarms persist across worker restarts but not across some updates; creating it again is harmless.
  void browser.alarms.get(POLL_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(POLL_ALARM, { periodInMinutes: 0.5 });
  });
  void engine.resume();
});
