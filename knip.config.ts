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
    },
  },
  // The library bench is a workspace of its own, pages bundled with libraries of their own (test/libs/README.md).
  ignoreWorkspaces: ['test/libs'],
  // An export its own file also uses is not dead; one nobody uses at all is.
  ignoreExportsUsedInFile: true,
  // Loaded by name in eslint.config.js, not imported.
  ignoreDependencies: ['@typescript/typescript6'],
};

export default config;
