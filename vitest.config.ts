import { defineConfig } from 'vitest/config';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    // unit/: SimFill's own cases; contract/: the provider's answers as others published them.
    include: ['test/unit/**/*.test.{ts,tsx}', 'test/contract/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
  },
});
