import { defineConfig } from 'vitest/config';
import SummaryReporter from './scripts/summary-reporter';
import { WxtVitest } from 'wxt/testing/vitest-plugin';

// Unit tier: lib/ and components under Node or happy-dom, with WXT's fake browser.
export default defineConfig({
  plugins: [WxtVitest()],
  test: {
    reporters: ['default', new SummaryReporter('unit')],
    include: ['lib/**/*.test.{ts,tsx}', 'components/**/*.test.{ts,tsx}', 'utils/**/*.test.{ts,tsx}', 'entrypoints/**/*.test.{ts,tsx}', 'scripts/**/*.test.ts'],
    restoreMocks: true,
    // Generous: property tests and the CLI's child processes run on shared two-core machines.
    testTimeout: 20_000,
  },
});
