import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Timeouts only end hung tests: generous, so a machine whose cores are shared with other work
    // makes tests slower, never failing (speed is measured by `npm run bench`).
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Real sockets and child processes: keep parallelism modest on 2-core machines.
    maxWorkers: 2,
    // The default summary, then the tests skipped with a reason (data or service not here) and why.
    reporters: ['default', './test/helpers/skipped-reporter.ts'],
  },
});
