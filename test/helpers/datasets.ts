/**
 * The public datasets beside the development checkout (../shared/datasets/, see its README).
 * They are not in the repository, so a user's clone does not have them: tests that read them run
 * when they are there and are skipped with the reason printed when they are not; with CI set,
 * missing data is a failing test (as for PostgreSQL in postgres.ts). The guarantees they protect
 * are also tested on data the project makes itself (hard-mime.ts).
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { it } from 'vitest';
import { inCi } from './ci.js';

const repoRoot = fileURLToPath(new URL('../../', import.meta.url));

/** ../shared/datasets beside the repository; DLP_TEST_DATASETS points elsewhere. */
export const datasetsDir = process.env.DLP_TEST_DATASETS ? path.resolve(process.env.DLP_TEST_DATASETS) : path.resolve(repoRoot, '../shared/datasets');

/**
 * The folder of dataset `name` (e.g. `mime`) when present, else undefined after registering one
 * test that explains why the tests of `suite` do not run here: skipped (reason printed, and listed
 * at the end of the run), or failing when CI is set. Call it at the top level of a test file or
 * inside a describe, and register the dataset's tests only when it returned a folder.
 */
export function requireDataset(name: string, suite: string): string | undefined {
  const dir = path.join(datasetsDir, name);
  if (existsSync(dir)) return dir;
  const reason =
    `${dir} is not here. The public datasets live beside the development checkout (../shared/datasets/${name}), ` +
    'never in the repository, so a clone skips these tests; the same guarantees are tested on the project-made fixtures.';
  if (inCi) {
    it(`${suite}: dataset ../shared/datasets/${name} is present`, () => {
      throw new Error(`${reason} CI is set, so missing data is a failure.`);
    });
  } else {
    console.warn(`[${suite}] skipped: ${reason}`);
    it(`${suite} (needs ../shared/datasets/${name})`, (ctx) => ctx.skip(reason));
  }
  return undefined;
}
