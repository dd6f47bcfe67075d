// Bundles the content script on its own, outside WXT's entrypoint pipeline. WXT wraps an unlisted
// script in a runner with a logger and crash handlers (435 bytes minified, measured) that this script, which runs
// in every frame of every page, has no use for. wxt.config.ts drops the entrypoint from WXT's build and
// adds this bundle as a generated file instead; the manifest declares it by hand. WXT's dev mode builds it
// once at start: restart `npm run dev` after changing the content script. Its size budget is checked in
// test/unit/content-script-budget.test.ts.
import { build, type Rolldown } from 'vite';
import { fileURLToPath } from 'node:url';

export const CONTENT_SCRIPT_NAME = 'otp-autofill';
/** The size allowed, in bytes; the budget test and the bench judge by it. It was 15,000 ("≤ 15 KB
 * minified"); the visibility and frame rules a hostile page must not get past (issue 11: covers that let
 * the pointer through, faded, clipped and masked ancestors, transparent inputs over slots, a same-origin
 * parent hiding the frame, IntersectionObserver v2, per-document reports) measured 3,552 bytes more, and
 * none of it runs only on a user's action, so none could move to a script injected on demand. */
export const CONTENT_SCRIPT_BUDGET_BYTES = 18_552;
const ROOT = fileURLToPath(new URL('..', import.meta.url));

export async function bundleContentScript(): Promise<string> {
  const result = await build({
    configFile: false,
    logLevel: 'warn',
    root: ROOT,
    resolve: { alias: { '@': ROOT } },
    build: {
      write: false,
      minify: true,
      target: 'es2022',
      lib: { entry: `${ROOT}/entrypoints/${CONTENT_SCRIPT_NAME}.ts`, formats: ['iife'], name: 'simfill' },
    },
  });
  const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
  const chunk = outputs.flatMap((o) => o.output).find((file) => file.type === 'chunk');
  if (!chunk) throw new Error(`no bundle came out for ${CONTENT_SCRIPT_NAME}`);
  return chunk.code;
}
