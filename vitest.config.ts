import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // unit/: SimFill's own cases; contract/: the provider's answers as others published them.
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/contract/**/*.test.{ts,tsx}'],
    environment: 'node',
    // The 10 000-run property tests take 5–25 s each when the 2 cores are shared; 5 s (the default) failed them.
    testTimeout: 60_000,
    restoreMocks: true,
    setupFiles: ['test/unit/support/private-store.ts'],
  },
});
