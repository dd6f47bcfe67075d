// knip finds files, exports and dependencies nobody uses (`npm run lint:code`).
import type { KnipConfig } from 'knip';

const config: KnipConfig = {
  workspaces: {
    '.': {
      entry: [
        // Run by hand (`node scripts/x.ts`) or by the e2e global setup.
        'scripts/*.ts',
        'test/stand-in/main.ts',
        // Bundled by scripts/build-phone-pages.ts, which lists them by folder, not by import.
        'test/phone-pages/src/*.{ts,tsx}',
      ],
      project: ['**/*.{ts,tsx,vue}'],
      // Loaded by name in eslint.config.js, not imported.
      ignoreDependencies: ['@typescript/typescript6'],
    },
    // The library bench (test/libs/README.md): build.ts bundles every page in pages/ by folder.
    'test/libs': {
      entry: ['build.ts', 'pages/*.{ts,tsx}'],
      project: ['**/*.{ts,tsx,vue,svelte}'],
    },
  },
  // An export its own file also uses is not dead; one nobody uses at all is.
  ignoreExportsUsedInFile: true,
};

export default config;
