// The content script is loaded into every frame of every page, so its size is a budget, not a figure
// to report after the fact: a change that pushes it over has to pay for itself elsewhere.
import { expect, it } from 'vitest';
import { bundleContentScript, CONTENT_SCRIPT_BUDGET_BYTES as BUDGET_BYTES } from '../../scripts/build-content-script.ts';

it(`the content script, minified as shipped, stays within ${BUDGET_BYTES} bytes`, async () => {
  const code = await bundleContentScript();
  expect(code).toContain('MutationObserver'); // the real script, not an empty bundle
  expect(Buffer.byteLength(code)).toBeLessThanOrEqual(BUDGET_BYTES);
}, 60_000);
