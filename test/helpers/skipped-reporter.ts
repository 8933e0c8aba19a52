/**
 * Lists, after the run, every test skipped with a reason (`ctx.skip(reason)`): data that does not
 * ship with the repository (../shared/datasets), a service that is not running (PostgreSQL), and
 * the soak tests that only `npm run test:faults` runs.
 * A newcomer's clone sees at a glance what did not run and why.
 */
import type { Reporter, TestModule } from 'vitest/node';

export default class SkippedReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    const skipped: string[] = [];
    const soak: string[] = [];
    for (const module of testModules) {
      const file = module.moduleId.replace(`${process.cwd()}/`, '');
      for (const test of module.children.allTests()) {
        const result = test.result();
        if (result.state !== 'skipped' || !result.note) continue;
        if (result.note.startsWith('soak')) soak.push(`  - ${file} › ${test.name}`);
        else skipped.push(`  - ${file} › ${test.name}\n      why: ${result.note}`);
      }
    }
    if (soak.length) process.stdout.write(`\nLong soak / crash-loop tests left to \`npm run test:faults\` (CI runs them):\n${soak.join('\n')}\n`);
    if (skipped.length) process.stdout.write(`\nSkipped here, with the reason (they run where the data or service is present; with CI set they fail instead):\n${skipped.join('\n')}\n`);
    if (soak.length || skipped.length) process.stdout.write('\n');
  }
}
