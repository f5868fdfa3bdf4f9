import { defineConfig } from 'vitest/config';
import SummaryReporter from '../scripts/summary-reporter';
import { resolve } from 'node:path';

// Browser tier: drives Debian's Chromium with the built extension (run `npm run build` first).
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname, '..') } },
  test: {
    reporters: ['default', new SummaryReporter('chromium')],
    include: ['e2e/**/*.e2e.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // A real browser on a loaded two-core machine now and then stalls a step past any timeout; one
    // retry keeps that from failing the run, and the summary names every test that needed it.
    retry: 1,
    // One browser at a time: the machines have two cores.
    fileParallelism: false,
  },
});
