// Commands from the popup and the options page. Every provider call goes through the engine's gate,
// and every failure comes back as a value (lib/command-error.ts), which the page that shows it words in
// its own language: nothing here is translated.
import { hostNeedingConfirmation, hostOfAddress, validateApiAddress } from '../onlinesim/address.ts';
import { createClient, type OnlineSimClient } from '../onlinesim/client.ts';
import type { Result } from '../result.ts';
import type { ProviderError } from '../onlinesim/errors.ts';
import type { CommandFailure, CommandOf, CommandReply, CommandType } from '../messages.ts';
import { rentalsItem } from '../storage/rentals.ts';
import { statusItem } from '../storage/status.ts';
import { ledgerItem } from '../storage/ledger.ts';
import { settingsItem, type Settings } from '../storage/settings.ts';
import type { Lang } from '../i18n.ts';
import { providerLang } from '../ui-lang.ts';
import type { Engine } from './engine.ts';
import { numberNotFilled } from './phone-reply.ts';
import { serialUpdater } from './serial.ts';

export interface CommandDeps {
  engine: Engine;
  /** The user's language, which the provider is asked to answer in; replies carry no words (see above). */
  lang: Lang;
  saveApiKey: (key: string) => Promise<void>;
  /** `permissions.contains` for a host pattern: the key goes only to hosts the user granted. */
  hostGranted: (permission: string) => Promise<boolean>;
  fetch?: typeof fetch;
}

/** The background is the only writer of settings; its own handlers take turns (serial.ts). */
const updateSettings = serialUpdater(settingsItem);

type Handlers = { [T in CommandType]: (command: CommandOf<T>, deps: CommandDeps) => Promise<CommandReply<T>> };

const handlers: Handlers = {
  async refresh(_, deps) {
    await deps.engine.poll(true);
    return replyFromStatus();
  },
  async balance(_, deps) {
    // Asked for when the popup opens: polls do not read the balance, and the frozen part changes as
    // rentals get their first SMS, so a stored balance may be hours old.
    const result = await deps.engine.call((c) => c.getBalance());
    if (!result) return NO_KEY;
    if (!result.ok) return failure(result.error);
    await statusItem.setValue({ ...(await statusItem.getValue()), balance: result.value });
    return { ok: true };
  },
  async tariffs(_, deps) {
    const result = await deps.engine.call((c) => c.tariffsRent());
    if (!result) return NO_KEY;
    return result.ok ? { ok: true, value: result.value } : failure(result.error);
  },
  async rent(command, deps) {
    const result = await deps.engine.call((c) => c.getRentNum({ country: command.country, days: command.days, autoRenew: command.autoRenew }));
    if (!result) return NO_KEY;
    if (!result.ok) return failure(result.error);
    await deps.engine.poll(true);
    await refreshBalance(deps.engine);
    return { ok: true, value: result.value };
  },
  async extend(command, deps) {
    const result = await deps.engine.call((c) => c.extendRentState(command.tzid, command.days));
    if (!result) return NO_KEY;
    if (!result.ok) return failure(result.error);
    await deps.engine.poll(true);
    await refreshBalance(deps.engine);
    return { ok: true };
  },
  close: (command, deps) => afterCall(deps, (c) => c.closeRentNum(command.tzid)),
  'port-reload': (command, deps) => afterCall(deps, (c) => c.portReload(command.tzid)),
  async 'fill-code'(command, deps) {
    const { active, ended } = await rentalsItem.getValue();
    const message = [...active, ...ended].find((r) => r.tzid === command.tzid)?.messages.find((m) => m.id === command.messageId);
    const outcome = message ? await deps.engine.fillRequested(message) : null;
    if (outcome?.ok) return { ok: true };
    return { ok: false, error: { kind: 'code-not-filled', reason: outcome?.reason ?? 'no-field', origin: message?.origin ?? null } };
  },
  async 'fill-number'(command, deps) {
    const reply = await deps.engine.fillNumber(command.tzid);
    return reply?.ok ? { ok: true } : { ok: false, error: { kind: 'number-not-filled', reason: numberNotFilled(reply) } };
  },
  async 'clear-ledger'() {
    await ledgerItem.setValue({ entries: [] });
    return { ok: true };
  },
  'save-settings': (command, deps) => saveSettings(command.apiKey.trim(), command.apiAddress, command.confirmedHost, deps),
  async 'update-settings'(command) {
    const { type: _, ...patch } = command;
    const changes = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) as Partial<Settings>;
    await updateSettings((s) => ({ value: { ...s, ...changes }, result: undefined }));
    return { ok: true };
  },
};

export function handleCommand<T extends CommandType>(command: CommandOf<T>, deps: CommandDeps): Promise<CommandReply<T>> {
  // TypeScript cannot see that `handlers[command.type]` is the handler for this very `command`.
  const handle = handlers[command.type] as (command: CommandOf<T>, deps: CommandDeps) => Promise<CommandReply<T>>;
  return handle(command, deps);
}

/** A call whose success needs only a fresh poll to show (the rental ended, the number was renewed). */
async function afterCall(deps: CommandDeps, call: (c: OnlineSimClient) => Promise<Result<unknown, ProviderError>>): Promise<CommandReply<'close'>> {
  const result = await deps.engine.call(call);
  if (!result) return NO_KEY;
  if (!result.ok) return failure(result.error);
  await deps.engine.poll(true);
  return { ok: true };
}

async function saveSettings(apiKey: string, address: string, confirmedHost: string | null, deps: CommandDeps): Promise<CommandReply<'save-settings'>> {
  if (apiKey === '') return { ok: false, error: { kind: 'empty-key' } };
  const validAddress = validateApiAddress(address);
  if (!validAddress.ok) {
    if (validAddress.error === 'not-https') return failure({ kind: 'refused', reason: 'not-https', host: hostOfAddress(address) ?? '' });
    return { ok: false, error: { kind: 'bad-address' } };
  }
  // The client checks the user's confirmation of a host other than OnlineSim's and the host permission
  // before it sends anything, so an address the user did not confirm and allow (a prompt denied, a page
  // that sent this command without asking) receives nothing.
  const client = createClient({ baseUrl: validAddress.value, apiKey, lang: providerLang(deps.lang), confirmedHost, hostGranted: deps.hostGranted, fetch: deps.fetch });
  const balance = await deps.engine.gate.run(() => client.getBalance());
  if (!balance.ok) return failure(balance.error);
  await deps.saveApiKey(apiKey);
  // The address and its confirmation are written together: a new address never keeps the old one's.
  const confirmed = hostNeedingConfirmation(validAddress.value);
  await updateSettings((s) => ({ value: { ...s, apiAddress: validAddress.value, confirmedHost: confirmed, hasKey: true }, result: undefined }));
  // New settings are a fresh start: whatever stopped polling (a wrong key) no longer applies.
  await statusItem.setValue({ ...(await statusItem.getValue()), stopped: false, lastError: null, balance: balance.value });
  void deps.engine.poll(true);
  return { ok: true, value: balance.value };
}

async function refreshBalance(engine: Engine): Promise<void> {
  const result = await engine.call((c) => c.getBalance());
  if (result?.ok) await statusItem.setValue({ ...(await statusItem.getValue()), balance: result.value });
}

async function replyFromStatus(): Promise<CommandReply<'refresh'>> {
  const { lastError } = await statusItem.getValue();
  return lastError ? failure(lastError.error) : { ok: true };
}

function failure(error: ProviderError): CommandFailure {
  return { ok: false, error: { kind: 'call-failed', error } };
}

const NO_KEY: CommandFailure = { ok: false, error: { kind: 'no-key' } };
