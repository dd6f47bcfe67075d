// The built manifests' security-relevant parts, compared with committed snapshots (issue 7, "permissions").
// A new permission, a wider host pattern or an opened messaging door must be a visible decision in review,
// not a side effect of a config or WXT upgrade. Runs after both builds; needs no browser.
// To accept a deliberate change: SIMFILL_UPDATE_MANIFESTS=1 npx playwright test manifest, then review the diff
// of test/e2e/manifests/*.json (and the README's permissions section) in the same commit.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, test } from '@playwright/test';

const repo = (path: string) => fileURLToPath(new URL(`../../../${path}`, import.meta.url));

const BROWSERS = [
  { name: 'chrome', built: repo('.output/chrome-mv3/manifest.json'), snapshot: repo('test/e2e/manifests/chrome.json') },
  { name: 'firefox', built: repo('.output/firefox-mv3/manifest.json'), snapshot: repo('test/e2e/manifests/firefox.json') },
] as const;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Manifest = Record<string, Json | undefined>;

/** The content-script keys that decide where our code runs and with what reach; file names are left out. */
const CONTENT_SCRIPT_KEYS = ['matches', 'exclude_matches', 'include_globs', 'exclude_globs', 'all_frames', 'match_about_blank', 'match_origin_as_fallback', 'world'];

/** What a reviewer must see change. An absent key is recorded as null, so a key appearing is a diff too. */
function securityView(manifest: Manifest): Record<string, Json> {
  const scripts = Array.isArray(manifest.content_scripts) ? manifest.content_scripts : [];
  return {
    permissions: manifest.permissions ?? null,
    host_permissions: manifest.host_permissions ?? null,
    optional_permissions: manifest.optional_permissions ?? null,
    optional_host_permissions: manifest.optional_host_permissions ?? null,
    content_scripts: scripts.map((script) => {
      const entry = script as Record<string, Json>;
      return Object.fromEntries(CONTENT_SCRIPT_KEYS.filter((key) => key in entry).map((key) => [key, entry[key]!]));
    }),
    externally_connectable: manifest.externally_connectable ?? null,
    web_accessible_resources: manifest.web_accessible_resources ?? null,
    content_security_policy: manifest.content_security_policy ?? null,
    browser_specific_settings: manifest.browser_specific_settings ?? null,
  };
}

function readJson(path: string, what: string): Manifest {
  if (!existsSync(path)) throw new Error(`${what} not found at ${path}: run \`npm run build && npm run build:firefox\` first`);
  return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

for (const browser of BROWSERS) {
  test(`${browser.name}: the built manifest's permissions match the committed snapshot`, () => {
    const actual = securityView(readJson(browser.built, `the ${browser.name} build`));
    if (process.env.SIMFILL_UPDATE_MANIFESTS === '1') {
      writeFileSync(browser.snapshot, `${JSON.stringify(actual, null, 2)}\n`);
    }
    const expected = readJson(browser.snapshot, `the ${browser.name} snapshot`);
    expect(actual, `${browser.name}: a permission changed: update the snapshot deliberately (see the top of this file)`).toEqual(expected);
  });
}

test('chrome: externally_connectable is declared and closed', () => {
  // Chrome lets every other extension message us when the key is absent; empty lists close that door.
  // (Web pages are shut out either way, since no `matches` are listed.)
  const manifest = readJson(BROWSERS[0].built, 'the chrome build');
  expect(manifest.externally_connectable, 'externally_connectable must be {"matches": [], "ids": []}').toEqual({ matches: [], ids: [] });
});

test('firefox: nothing opens us to other extensions or pages', () => {
  // Firefox ignores externally_connectable and reaches onMessageExternal only, which we do not listen to;
  // the manifest must not try to open a door either.
  const manifest = readJson(BROWSERS[1].built, 'the firefox build');
  const connectable = manifest.externally_connectable as { matches?: Json[]; ids?: Json[] } | undefined;
  expect(connectable?.matches ?? []).toEqual([]);
  expect(connectable?.ids ?? []).toEqual([]);
});

for (const browser of BROWSERS) {
  test(`${browser.name}: no page can load our files and no broad host access is granted at install`, () => {
    const manifest = readJson(browser.built, `the ${browser.name} build`);
    // Web-accessible files let any page fingerprint the extension or frame our UI for clickjacking.
    expect(manifest.web_accessible_resources ?? []).toEqual([]);
    // Access to every site is only ever asked for at run time (optional), never granted at install.
    const granted = [...((manifest.host_permissions as string[] | undefined) ?? []), ...((manifest.permissions as string[] | undefined) ?? [])];
    expect(granted.filter((p) => /^(<all_urls>|\*:\/\/\*\/\*|https?:\/\/\*\/\*)$/.test(p))).toEqual([]);
    // The extension pages keep the browsers' default CSP (no remote or inline script) unless this says otherwise.
    expect(manifest.content_security_policy ?? null).toBeNull();
  });
}
