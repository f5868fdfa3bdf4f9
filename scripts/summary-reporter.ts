/**
 * Ends a vitest run with one plain line, `TIER: N passed, N failed, N skipped`, the form CI
 * logs are read for whatever the runner, after a line for each test that passed only on a retry.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SummaryReporter implements Reporter {
  constructor(private readonly tier = 'tests') {}

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const flaky: string[] = [];
    for (const module of modules) {
      for (const test of module.children.allTests()) {
        const state = test.result().state;
        if (test.diagnostic()?.flaky) flaky.push(test.fullName);
        if (state === 'passed') counts.passed++;
        else if (state === 'failed') counts.failed++;
        else counts.skipped++;
      }
      if (module.state() === 'failed' && !module.children.size) counts.failed++;
    }
    // A browser test that passed only when retried is reported, never hidden.
    for (const name of flaky) console.log(`${this.tier}: passed on a retry: ${name}`);
    console.log(`\n${this.tier}: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped${flaky.length ? ` (${flaky.length} on a retry)` : ''}`);
  }
}
