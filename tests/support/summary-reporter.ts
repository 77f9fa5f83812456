// Prints the run's result as a last plain line, `N passed, N failed[, N skipped]`, which CI reads:
// vitest's own summary is formatted for people and is not a line CI recognises. When several runs
// make one CI job (scripts/test-matrix.ts), each writes its counts to CLAIMDIFF_SUMMARY_FILE
// instead, and the job prints one line for all of them.
import { writeFileSync } from 'node:fs';
import type { Reporter, TestModule } from 'vitest/node';

/** What one test run counted. */
export interface RunCounts {
  passed: number;
  failed: number;
  skipped: number;
}

/** The closing line CI reads. */
export function summaryLine({ passed, failed, skipped }: RunCounts): string {
  return `${passed} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`;
}

export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>): void {
    const counts: RunCounts = { passed: 0, failed: unhandledErrors.length, skipped: 0 };
    for (const mod of testModules) {
      // A file that fails to load has no test cases but must still fail the run.
      if (mod.state() === 'failed' && [...mod.children.allTests()].length === 0) counts.failed += 1;
      for (const test of mod.children.allTests()) {
        const state = test.result().state;
        if (state === 'passed') counts.passed += 1;
        else if (state === 'failed') counts.failed += 1;
        else counts.skipped += 1;
      }
    }
    const file = process.env.CLAIMDIFF_SUMMARY_FILE;
    if (file) writeFileSync(file, `${JSON.stringify(counts)}\n`);
    else process.stdout.write(`\n${summaryLine(counts)}\n`);
  }
}
