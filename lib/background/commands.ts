// Commands from the popup and the options page. Every provider call goes through the engine's gate,
// and every failure comes back as plain words in the UI language with a next step.
import { hostOfAddress, validateApiAddress } from '../onlinesim/address.ts';
import { createClient } from '../onlinesim/client.ts';
import { describeError, type ProviderError } from '../onlinesim/errors.ts';
import type { Command, CommandReply } from '../messages.ts';
import { rentalsItem } from '../storage/rentals.ts';
import { statusItem } from '../storage/status.ts';
import { ledgerItem } from '../storage/ledger.ts';
import { settingsItem, type Settings } from '../storage/settings.ts';
import { translate, type Lang } from '../i18n.ts';
import { providerLang } from '../ui-lang.ts';
import type { Engine } from './engine.ts';
import { describePhoneFailure } from './phone-reply.ts';
import { serialUpdater } from './serial.ts';

export interface CommandDeps {
  engine: Engine;
  lang: Lang;
  saveApiKey: (key: string) => Promise<void>;
  /** `permissions.contains` for a host pattern: the key goes only to hosts the user granted. */
  hostGranted: (permission: string) => Promise<boolean>;
  fetch?: typeof fetch;
}

/** The background is the only writer of settings; its own handlers take turns (serial.ts). */
const updateSettings = serialUpdater(settingsItem);

export async function handleCommand(command: Command, deps: CommandDeps): Promise<CommandReply> {
  const { engine } = deps;
  const failed = (error: ProviderError) => failure(error, deps.lang);
  const noKey = (): CommandReply => ({ ok: false, ...plain(deps.lang, 'errNoKey'), code: null });

  switch (command.type) {
    case 'refresh':
      await engine.poll(true);
      return replyFromStatus();
    case 'balance': {
      // Asked for when the popup opens: polls do not read the balance, and the frozen part changes as
      // rentals get their first SMS, so a stored balance may be hours old.
      const result = await engine.call((c) => c.getBalance());
      if (!result) return noKey();
      if (!result.ok) return failed(result.error);
      await statusItem.setValue({ ...(await statusItem.getValue()), balance: result.value });
      return { ok: true };
    }
    case 'tariffs': {
      const result = await engine.call((c) => c.tariffsRent());
      if (!result) return noKey();
      return result.ok ? { ok: true, value: result.value } : failed(result.error);
    }
    case 'rent': {
      const result = await engine.call((c) => c.getRentNum({ country: command.country, days: command.days, autoRenew: command.autoRenew }));
      if (!result) return noKey();
      if (!result.ok) return failed(result.error);
      await engine.poll(true);
      await refreshBalance(engine);
      return { ok: true, value: result.value };
    }
    case 'extend': {
      const result = await engine.call((c) => c.extendRentState(command.tzid, command.days));
      if (!result) return noKey();
      if (!result.ok) return failed(result.error);
      await engine.poll(true);
      await refreshBalance(engine);
      return { ok: true };
    }
    case 'close':
    case 'port-reload': {
      const result = await engine.call((c) => (command.type === 'close' ? c.closeRentNum(command.tzid) : c.portReload(command.tzid)));
      if (!result) return noKey();
      if (!result.ok) return failed(result.error);
      await engine.poll(true);
      return { ok: true };
    }
    case 'fill-code': {
      const { active, ended } = await rentalsItem.getValue();
      const message = [...active, ...ended].find((r) => r.tzid === command.tzid)?.messages.find((m) => m.id === command.messageId);
      return message && (await engine.fillRequested(message)) ? { ok: true } : { ok: false, ...plain(deps.lang, 'errNoField'), code: null };
    }
    case 'fill-number': {
      const reply = await engine.fillNumber(command.tzid);
      return reply?.ok ? { ok: true } : { ok: false, ...describePhoneFailure(reply, deps.lang), code: null };
    }
    case 'clear-ledger':
      await ledgerItem.setValue({ entries: [] });
      return { ok: true };
    case 'save-settings':
      return saveSettings(command.apiKey.trim(), command.apiAddress, deps);
    case 'update-settings': {
      const { type: _, ...patch } = command;
      const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Settings>;
      await updateSettings((s) => ({ value: { ...s, ...changes }, result: undefined }));
      return { ok: true };
    }
  }
}

async function saveSettings(apiKey: string, address: string, deps: CommandDeps): Promise<CommandReply> {
  if (apiKey === '') return { ok: false, ...plain(deps.lang, 'errEmptyKey'), code: null };
  const validAddress = validateApiAddress(address);
  if (!validAddress.ok) {
    if (validAddress.error === 'not-https') return failure({ kind: 'refused', reason: 'not-https', host: hostOfAddress(address) ?? '' }, deps.lang);
    return { ok: false, ...plain(deps.lang, 'errBadAddress'), code: null };
  }
  // The client asks for the host permission before it sends anything, so an address the user did not
  // allow (a prompt denied, or a page that sent this command without asking) receives nothing.
  const client = createClient({ baseUrl: validAddress.value, apiKey, lang: providerLang(deps.lang), hostGranted: deps.hostGranted, fetch: deps.fetch });
  const balance = await deps.engine.gate.run(() => client.getBalance());
  if (!balance.ok) return failure(balance.error, deps.lang);
  await deps.saveApiKey(apiKey);
  await updateSettings((s) => ({ value: { ...s, apiAddress: validAddress.value, hasKey: true }, result: undefined }));
  // New settings are a fresh start: whatever stopped polling (a wrong key) no longer applies.
  await statusItem.setValue({ ...(await statusItem.getValue()), stopped: false, lastError: null, balance: balance.value });
  void deps.engine.poll(true);
  return { ok: true, value: { balance: balance.value } };
}

async function refreshBalance(engine: Engine): Promise<void> {
  const result = await engine.call((c) => c.getBalance());
  if (result?.ok) await statusItem.setValue({ ...(await statusItem.getValue()), balance: result.value });
}

async function replyFromStatus(): Promise<CommandReply> {
  const { lastError } = await statusItem.getValue();
  if (!lastError) return { ok: true };
  return { ok: false, message: lastError.message, nextStep: lastError.nextStep, code: lastError.code };
}

function failure(error: ProviderError, lang: Lang): CommandReply {
  return {
    ok: false,
    ...describeError(error, lang),
    code: error.kind === 'provider' ? error.code : null,
    unreachable: error.kind === 'offline',
  };
}

function plain(lang: Lang, key: 'errNoKey' | 'errEmptyKey' | 'errBadAddress' | 'errNoField'): { message: string; nextStep: string } {
  return { message: translate(lang, key, []), nextStep: translate(lang, `${key}Next`, []) };
}
