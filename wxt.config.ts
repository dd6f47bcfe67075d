import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';
import { GECKO_ID } from './lib/gecko-id.ts';
import { bundlePageScript, CONTENT_SCRIPT_NAME, PAGE_SCRIPTS } from './scripts/build-content-script.ts';

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact()],
  }),
  hooks: {
    // The content script and the on-demand scripts are bundled without WXT's runner
    // (scripts/build-content-script.ts).
    'entrypoints:found': (_wxt, entrypoints) => {
      for (const name of PAGE_SCRIPTS) {
        const own = entrypoints.findIndex((e) => e.name === name);
        if (own >= 0) entrypoints.splice(own, 1);
      }
    },
    'build:publicAssets': async (_wxt, files) => {
      for (const name of PAGE_SCRIPTS) files.push({ relativeDest: `${name}.js`, contents: await bundlePageScript(name) });
    },
  },
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // scripting + activeTab: the number is filled by a script injected into the tab the user is acting on
    // (popup button, shortcut, context menu), only then, and only into that tab (lib/background/inject.ts).
    permissions: ['storage', 'alarms', 'notifications', 'contextMenus', 'scripting', 'activeTab'],
    content_scripts: [
      {
        // Every http(s) page and frame: sign-up forms are everywhere, often inside iframes, and
        // srcdoc/about:blank frames inherit the page's origin (entrypoints/otp-autofill.ts).
        matches: ['http://*/*', 'https://*/*'],
        js: [`${CONTENT_SCRIPT_NAME}.js`],
        all_frames: true,
        match_about_blank: true,
        run_at: 'document_idle',
      },
    ],
    // The provider's default address; any other address (a mirror, the local stand-in) is asked for at
    // run time from the options page, so the install prompt stays small.
    host_permissions: ['https://onlinesim.io/*'],
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    commands: {
      'insert-latest-code': {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandInsertCode__',
      },
      'fill-number': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: '__MSG_commandFillNumber__',
      },
    },
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              id: GECKO_ID,
              strict_min_version: '140.0',
              // Firefox counts data handled outside the add-on as transmitted: the API key goes to the
              // provider (authentication information) and the SMS come from it (personal communications).
              // SimFill itself collects nothing; docs/privacy.md says what goes where.
              data_collection_permissions: { required: ['authenticationInfo', 'personalCommunications'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {
          // Without this key Chrome lets every other extension message us; empty lists close the door.
          externally_connectable: { ids: [], matches: [] },
        }),
  }),
});
