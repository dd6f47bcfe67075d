// Versioned migrations of the private items, run once at start-up before the repair (repair.ts). Each
// item carries its own list of steps (store.ts `privateItem`); its stored version sits beside it. A value
// stored without a version was written before versions were recorded: version 1.
//
// Nothing is lost either way: a step's result is written with its version in one transaction (a worker
// stopped halfway leaves the old value and version, and the next start-up runs the step again), and a
// value from a newer SimFill (the user went back to an older build) is first copied aside, untouched,
// under `<key>@v<n>`, before this version reads what it can of it.
import { readPrivateKeys, versionKey, writePrivateKeys, type PrivateItem } from './store.ts';

export type MigrationOutcome = 'current' | 'migrated' | 'newer' | 'failed' | 'empty';

/** The stored version: 1 when none was recorded, null when what is recorded is no version at all. */
function storedVersion(meta: unknown): number | null {
  if (meta === undefined || meta === null) return 1;
  const v = (meta as { v?: unknown }).v;
  return typeof v === 'number' && Number.isInteger(v) && v >= 1 ? v : null;
}

export const asideKey = (key: string, version: number | null): string => `${key}@v${version ?? 'unknown'}`;

/** Brings one item to its current version. Logs a line when it changed something (key and versions
 * only, never a value). Throws on a storage error, which the caller logs. */
export async function migrateItem(item: PrivateItem<unknown>, log: (msg: string) => void): Promise<MigrationOutcome> {
  const [value, meta] = await readPrivateKeys([item.key, versionKey(item.key)]);
  if (value === undefined || value === null) return 'empty';
  const from = storedVersion(meta);
  if (from === item.version) return 'current';
  const stamp = [versionKey(item.key), { v: item.version }] as const;
  // Kept exactly as found; a newer SimFill installed again can take it back from there. The value
  // itself stays for the repair, which keeps what fits this version.
  const setAside = async (why: string): Promise<void> => {
    const aside = asideKey(item.key, from);
    await writePrivateKeys([[aside, value], stamp]);
    log(`storage: ${item.key} ${why}; kept the original under ${aside} and read what fits`);
  };
  if (from === null || from > item.version) {
    await setAside(`was written by ${from === null ? 'an unknown version' : `version ${from}`}, this SimFill reads version ${item.version}`);
    return 'newer';
  }
  let migrated: unknown = value;
  try {
    for (let v = from; v < item.version; v++) migrated = item.migrations[v - 1]!(migrated);
  } catch (e) {
    await setAside(`could not be migrated from version ${from} (${e instanceof Error ? e.name : typeof e})`);
    return 'failed';
  }
  await writePrivateKeys([[item.key, migrated], stamp]);
  log(`storage: ${item.key} migrated from version ${from} to ${item.version}`);
  return 'migrated';
}
