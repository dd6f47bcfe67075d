// The engine's timing constants, for the floor figures. engine.ts cannot be imported here (it pulls in
// the UI texts as JSON modules, which plain Node refuses), so the values are read from its source:
// a change there changes the bench's floor, never silently disagrees with it.
import { readFileSync } from 'node:fs';

function readConstant(source: string, name: string): number {
  const match = new RegExp(`export const ${name} = ([\\d_]+(?: \\* [\\d_]+)*);`).exec(source);
  if (!match) throw new Error(`bench: ${name} not found in lib/background/engine.ts; update scripts/bench/engine-constants.ts`);
  return match[1]!.split(' * ').reduce((product, factor) => product * Number(factor.replaceAll('_', '')), 1);
}

const source = readFileSync(new URL('../../lib/background/engine.ts', import.meta.url), 'utf8');
/** The fast loop's sleep between polls. */
export const FAST_INTERVAL_MS = readConstant(source, 'FAST_INTERVAL_MS');
/** How long one field report keeps the fast loop going. */
export const FAST_WINDOW_MS = readConstant(source, 'FAST_WINDOW_MS');
