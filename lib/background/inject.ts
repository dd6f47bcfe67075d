// Runs an on-demand script (lib/on-demand.ts) in one frame of a tab and returns what its handler
// answered. Works only where the browser lets us: the activeTab grant that a popup click, the shortcut or
// the context menu gives for the tab the user is on (or a host permission the user gave). Anywhere else
// — a browser page, a store page, a frame of another site — it answers undefined instead of throwing.
import { onDemandKey, type OnDemandScript } from '../on-demand.ts';

interface Injection {
  target: { tabId: number; frameIds?: number[] };
  files?: string[];
  func?: (...args: never[]) => unknown;
  args?: unknown[];
}
/** The part of `browser.scripting` used here (tests pass a fake). */
export interface Scripting {
  executeScript(injection: Injection): Promise<{ result?: unknown }[]>;
}

// Serialised by the browser and run in the frame's content-script world: it must not refer to anything
// outside itself.
function callHandler(key: string, request: unknown): unknown {
  const handler = (globalThis as Record<string, unknown>)[key];
  return typeof handler === 'function' ? (handler as (r: unknown) => unknown)(request) : undefined;
}

export async function runOnDemand(scripting: Scripting, tabId: number, frameId: number, name: OnDemandScript, request: unknown): Promise<unknown> {
  const target = { tabId, frameIds: [frameId] };
  try {
    // Injecting again is harmless: the script only (re)registers its handler.
    await scripting.executeScript({ target, files: [`/${name}.js`] });
    const [first] = await scripting.executeScript({ target, func: callHandler as (...args: never[]) => unknown, args: [onDemandKey(name), request] });
    return first?.result;
  } catch {
    return undefined; // no access to that frame, or it navigated away
  }
}
