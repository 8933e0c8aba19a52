/**
 * Scenario results shared by the vitest suite (fast seed set) and `npm run test:faults`
 * (more runs, prints the table). A row is appended as one JSON line to $FAULTS_RESULTS.
 */
import { appendFileSync } from 'node:fs';
import { it, type TestContext } from 'vitest';

export interface ScenarioRow {
  scenario: string;
  /** Messages answered 250 (accepted by the gateway). */
  sent: number;
  delivered: number;
  held: number;
  /** Accepted but neither delivered nor held (must be 0). */
  lost: number;
  /** Extra copies upstream (at-least-once). */
  duplicates: number;
  ms: number;
  note?: string;
}

/** `npm run test:faults` sets FAULTS_LONG=1: more iterations, more fuzz runs. */
export const longRun = process.env.FAULTS_LONG === '1';

/**
 * Set by `npm run test:faults` (test/faults/run.ts), quick or long: the soak tests run too. The
 * default `npm test` keeps a fast representative of each guarantee and leaves these out.
 */
export const faultSuite = process.env.FAULTS_SUITE === '1' || longRun;

/** The note of a soak test skipped by the default suite (test/helpers/skipped-reporter.ts counts them). */
export const soakNote = 'soak / crash loop: runs with `npm run test:faults` (CI runs it), not in the default `npm test`';

/**
 * A long soak, crash-loop or heavy-input test: registered normally under `npm run test:faults`,
 * skipped with `soakNote` by the default suite.
 */
export function soakIt(name: string, body: (ctx: TestContext) => Promise<void>, timeoutMs?: number): void {
  if (faultSuite) it(name, body, timeoutMs);
  else it(name, (ctx) => ctx.skip(soakNote));
}

/** How many iterations/runs: the CI seed set, or the long run. */
export function runs(ci: number, long: number): number {
  return longRun ? long : ci;
}

/** Fixed seed in CI (reproducible); FAULTS_SEED overrides; the long run draws a fresh one. */
export function fuzzSeed(): number | undefined {
  if (process.env.FAULTS_SEED) return Number(process.env.FAULTS_SEED);
  return longRun ? undefined : 20261123;
}

export function recordRow(row: ScenarioRow): void {
  const file = process.env.FAULTS_RESULTS;
  if (file) appendFileSync(file, `${JSON.stringify(row)}\n`);
}

/** Measure a scenario body and record its row (also when it did not throw but reported losses). */
export async function scenario(name: string, body: () => Promise<Omit<ScenarioRow, 'scenario' | 'ms'>>): Promise<ScenarioRow> {
  const started = performance.now();
  const result = await body();
  const row: ScenarioRow = { scenario: name, ...result, ms: Math.round(performance.now() - started) };
  recordRow(row);
  return row;
}
