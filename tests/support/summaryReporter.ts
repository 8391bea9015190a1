import type { Reporter, RunnerTask, RunnerTestFile } from "vitest/node";

/**
 * Prints one closing line, `tests: N passed, N failed, N skipped`, that CI reads whatever the
 * test runner: vitest's own summary is laid out for people.
 */
export default class SummaryReporter implements Reporter {
  onFinished(files: RunnerTestFile[] = []): void {
    const counts = { passed: 0, failed: 0, skipped: 0 };
    const visit = (task: RunnerTask): void => {
      if (task.type === "suite") {
        for (const child of task.tasks) visit(child);
        return;
      }
      const state = task.result?.state;
      if (state === "pass") counts.passed++;
      else if (state === "fail") counts.failed++;
      else counts.skipped++;
    };
    for (const file of files) {
      visit(file);
      // A file that failed to load has no tests to count, but it is a failure.
      if (file.result?.state === "fail" && file.tasks.length === 0) counts.failed++;
    }
    process.stdout.write(
      `\ntests: ${counts.passed} passed, ${counts.failed} failed, ${counts.skipped} skipped\n`,
    );
  }
}
