import { defineConfig } from 'vitest/config';
import SummaryReporter from '../scripts/summary-reporter';
import { resolve } from 'node:path';

// Firefox tier: Firefox ESR over WebDriver BiDi with the Firefox build (run `npm run build:firefox` first).
export default defineConfig({
  resolve: { alias: { '@': resolve(import.meta.dirname, '..') } },
  test: {
    reporters: ['default', new SummaryReporter('firefox')],
    include: ['e2e/**/*.firefox.test.ts'],
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
