/**
 * Lists, after the run, every test skipped with a reason (`ctx.skip(reason)`): data that does not
 * ship with the repository (../shared/datasets) or a service that is not running (PostgreSQL).
 * A newcomer's clone sees at a glance what did not run and why.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = [];
    for (const module of testModules) {
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state === 'skipped' && result.note) skipped.push(`  - ${module.moduleId.replace(`${process.cwd()}/`, '')} › ${test.name}\n      why: ${result.note}`);
      }
    }
    if (skipped.length === 0) return;
    process.stdout.write(`\nSkipped here, with the reason (they run where the data or service is present; with CI set they fail instead):\n${skipped.join('\n')}\n\n`);
  }
}
