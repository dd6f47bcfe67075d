// Scripts injected into a page only when the user acts (lib/background/inject.ts), and how the
// background reaches the handler such a script registers. The handler lives on the content-script
// world's global object, which the page cannot see (each extension's isolated world has its own).

/** Bundled by scripts/build-content-script.ts as `<name>.js`, from entrypoints/<name>.ts. */
export const ON_DEMAND_SCRIPTS = ['phone-fill'] as const;
export type OnDemandScript = (typeof ON_DEMAND_SCRIPTS)[number];

export const onDemandKey = (name: OnDemandScript) => `__simfill_${name.replace(/-/g, '_')}`;

/** Called by the injected script: makes `handler` the answer to the background's next call. */
export function registerOnDemand(name: OnDemandScript, handler: (request: unknown) => Promise<unknown>): void {
  (globalThis as Record<string, unknown>)[onDemandKey(name)] = handler;
}
