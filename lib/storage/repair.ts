// Start-up check of everything SimFill keeps in storage (docs/design.md: "a value that fails its schema
// is replaced by a safe default and the event is logged, never crashes a context"). The background runs
// it before it reads state; as the only writer, it is also the only one that repairs.
import type { z } from '../zod.ts';
import { ledgerItem } from './ledger.ts';
import { rentalsItem } from './rentals.ts';
import { pollItem } from './session.ts';
import { statusItem } from './status.ts';
import {
  engineStatusSchema,
  ledgerSchema,
  pollStateSchema,
  rentalsStateSchema,
  salvageLedger,
  salvagePoll,
  salvageRentals,
  salvageSettings,
  salvageStatus,
  settingsSchema,
} from './schemas.ts';
import { settingsItem } from './settings.ts';
import type { StoredItem } from './store.ts';

interface Guarded<T> {
  item: StoredItem<T>;
  schema: z.ZodType<T>;
  salvage: (raw: unknown) => T;
}

const guarded = <T>(g: Guarded<T>): Guarded<unknown> => g as unknown as Guarded<unknown>;

export const GUARDED_ITEMS: readonly Guarded<unknown>[] = [
  guarded({ item: rentalsItem, schema: rentalsStateSchema, salvage: salvageRentals }),
  guarded({ item: statusItem, schema: engineStatusSchema, salvage: salvageStatus }),
  guarded({ item: settingsItem, schema: settingsSchema, salvage: salvageSettings }),
  guarded({ item: pollItem, schema: pollStateSchema, salvage: salvagePoll }),
  guarded({ item: ledgerItem, schema: ledgerSchema, salvage: salvageLedger }),
];

/**
 * Reads each item; one that fails its schema is replaced by what can be salvaged from it. Logs one line
 * per repaired item (its key and where it failed, never a value: settings and messages are private)
 * and returns the keys repaired. Never throws: a storage error is logged and the item left alone.
 */
export async function repairStoredState(log: (msg: string) => void, items: readonly Guarded<unknown>[] = GUARDED_ITEMS): Promise<string[]> {
  const repaired: string[] = [];
  for (const { item, schema, salvage } of items) {
    try {
      const raw: unknown = await item.getValue();
      const checked = schema.safeParse(raw);
      if (checked.success) continue;
      await item.setValue(salvage(raw));
      repaired.push(item.key);
      log(`storage: ${item.key} did not fit its schema (${where(checked.error)}); kept what fit, reset the rest`);
    } catch (e) {
      log(`storage: could not check ${item.key} (${e instanceof Error ? e.name : typeof e})`);
    }
  }
  return repaired;
}

/** Paths of the first problems: schema keys and list indexes only, so no stored text leaks. */
function where(error: z.ZodError): string {
  const paths = error.issues.slice(0, 3).map((i) => i.path.map(String).join('.') || '(root)');
  const more = error.issues.length > 3 ? `, +${error.issues.length - 3} more` : '';
  return `at ${[...new Set(paths)].join(', ')}${more}`;
}
