// Wiring only: listeners registered synchronously at start-up (an MV3 worker that registers late misses
// the event that woke it), each handing over to lib/background.
import { browser } from 'wxt/browser';
import { loadApiKey, saveApiKey } from '@/lib/api-key';
import { handleCommand } from '@/lib/background/commands';
import { createEngine } from '@/lib/background/engine';
import { parseFillReply, type FillRequest, type WhereRequest } from '@/lib/fill-protocol';
import type { CommandReply } from '@/lib/messages';
import { POPUP_PORT } from '@/lib/popup-port';
import { isExtensionPage, route } from '@/lib/background/routing';
import { createClient } from '@/lib/onlinesim/client';
import { extractCode } from '@/lib/otp/extract';
import { rentalsItem } from '@/lib/rentals/state';
import { settingsItem } from '@/lib/settings';
import { repairStoredState } from '@/lib/storage-guard';
import { uiLanguage } from '@/lib/i18n';
import { providerLang } from '@/lib/ui-lang';

const POLL_ALARM = 'poll';
const MENU_INSERT = 'insert-latest-code';

export default defineBackground(() => {
  const lang = uiLanguage();
  // Stored state is checked before anything reads it; a repair is logged (item name only).
  const ready = repairStoredState((line) => console.warn(line));
  const engine = createEngine({
    ready,
    now: () => Date.now(),
    random: Math.random,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    lang,
    extract: extractCode,
    async loadClient() {
      const [settings, apiKey] = await Promise.all([settingsItem.getValue(), loadApiKey()]);
      if (!settings.hasKey || !apiKey) return null;
      return createClient({ baseUrl: settings.apiAddress, apiKey, lang: providerLang(lang) });
    },
    async notify(notice) {
      // Shown but not yet recorded when the worker last stopped: Chrome would clear it and show it again.
      if (notice.id in (await browser.notifications.getAll())) return;
      await browser.notifications.create(notice.id, {
        type: 'basic',
        iconUrl: browser.runtime.getURL('/icon/128.png'),
        title: notice.title,
        message: notice.message,
      });
    },
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
        const reply = await browser.tabs.sendMessage(tabId, request, frameId >= 0 ? { frameId } : {});
        return parseFillReply(reply);
      } catch {
        return null; // no content script in that frame (a browser page, a frame that navigated away)
      }
    },
  });

  const extensionOrigin = new URL(browser.runtime.getURL('/')).origin;

  browser.runtime.onMessage.addListener((raw: unknown, sender): Promise<CommandReply> | undefined => {
    const routed = route(raw, sender, browser.runtime.id, extensionOrigin);
    switch (routed.kind) {
      case 'command':
        return ready.then(() => handleCommand(routed.command, { engine, lang, saveApiKey }));
      case 'field':
        void engine.fieldReported(routed.tabId, routed.frameId, routed.frameUrl, routed.report);
        return undefined;
      case 'ignored':
        return undefined;
    }
  });

  browser.runtime.onConnect.addListener((port) => {
    if (port.name !== POPUP_PORT || !port.sender || !isExtensionPage(port.sender, browser.runtime.id, extensionOrigin)) return;
    const close = engine.popupOpened();
    port.onDisconnect.addListener(close);
  });

  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === POLL_ALARM) void engine.onAlarm();
  });
  browser.tabs.onRemoved.addListener((tabId) => void engine.tabClosed(tabId));

  const insertLatest = async (frame?: { frameId: number; frameUrl: string }) => {
    await ready;
    const { active } = await rentalsItem.getValue();
    const latest = active
      .flatMap((r) => r.messages)
      .filter((m) => m.code)
      .sort((a, b) => b.receivedAt - a.receivedAt)[0];
    await engine.fillManually(latest, frame);
  };
  browser.commands.onCommand.addListener((name) => {
    if (name === MENU_INSERT) void insertLatest();
  });
  // The menu was opened on a field in one frame: that frame, and no other, gets the code.
  browser.contextMenus.onClicked.addListener((info) => {
    const frameUrl = info.frameUrl ?? info.pageUrl;
    if (info.menuItemId === MENU_INSERT && info.frameId !== undefined && frameUrl) void insertLatest({ frameId: info.frameId, frameUrl });
  });

  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ id: MENU_INSERT, title: browser.i18n.getMessage('commandInsertCode'), contexts: ['editable'] });
  });

  // Alarms persist across worker restarts but not across some updates; creating it again is harmless.
  void browser.alarms.get(POLL_ALARM).then((existing) => {
    if (!existing) void browser.alarms.create(POLL_ALARM, { periodInMinutes: 0.5 });
  });
  void engine.resume();
});
