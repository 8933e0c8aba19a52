/**
 * `dlp-gateway policy test DIR [--policy PATH]`: run sample messages against a policy and compare
 * with their expectations (see expectation-file.ts). Exit 0 all pass, 1 any failure, 2 setup error.
 */
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { outcomeLabel } from '../diff-decisions.js';
import { envelopeFromHeaders } from '../envelope-from-headers.js';
import { evaluatePolicy } from '../evaluate-policy.js';
import type { LoadedPolicy } from '../loaded-policy.js';
import type { Verdict } from '../types.js';
import { createMessageAnalyser, type AnalyseMessage } from './analyse-message.js';
import { loadCommandPolicy, type CommandPolicyOptions } from './command-policy.js';
import { readExpectation, type Expectation } from './expectation-file.js';
import { errorMessage, type CliStreams } from './streams.js';

export interface PolicyTestOptions extends CommandPolicyOptions {
  dir: string;
}

export interface PolicyTestDeps {
  analyse?: AnalyseMessage;
}

export async function runPolicyTest(options: PolicyTestOptions, streams: CliStreams, deps: PolicyTestDeps = {}): Promise<number> {
  let samples: string[];
  let unexpected: string[];
  try {
    // The folder and its subfolders: every NAME.eml with a NAME.expect.yaml beside it is a case;
    // other .eml files (extraction fixtures, say) are listed but are not part of the suite.
    const files = (await readdir(options.dir, { recursive: true })).map(String);
    const present = new Set(files);
    const emls = files.filter((name) => name.endsWith('.eml')).sort();
    samples = emls.filter((name) => present.has(`${name.slice(0, -'.eml'.length)}.expect.yaml`));
    unexpected = emls.filter((name) => !samples.includes(name));
  } catch (error) {
    streams.stderr.write(`POLICY_TEST: cannot read directory ${options.dir} (${errorMessage(error)})\n`);
    return 2;
  }
  if (samples.length === 0) {
    streams.stderr.write(`POLICY_TEST: no .eml samples with a .expect.yaml in ${options.dir}\n`);
    return 2;
  }
  for (const name of unexpected) streams.stdout.write(`SKIP ${name.slice(0, -'.eml'.length)} (no .expect.yaml)\n`);
  const policy = await loadCommandPolicy(options, streams);
  if (!policy) return 2;
  let analyse: AnalyseMessage;
  try {
    analyse = deps.analyse ?? (await createMessageAnalyser({ dictionariesDir: options.dictionariesDir }));
  } catch (error) {
    streams.stderr.write(`POLICY_TEST: cannot start extraction/detection (${errorMessage(error)})\n`);
    return 2;
  }

  let failed = 0;
  for (const sample of samples) {
    const name = sample.slice(0, -'.eml'.length);
    const problems = await runSample(policy, analyse, join(options.dir, sample), join(options.dir, `${name}.expect.yaml`));
    if (problems.length === 0) {
      streams.stdout.write(`PASS ${name}\n`);
    } else {
      failed++;
      streams.stdout.write(`FAIL ${name}\n${problems.map((p) => `     ${p}\n`).join('')}`);
    }
  }
  streams.stdout.write(`${samples.length - failed}/${samples.length} samples passed (policy ${policy.path} ${policy.version.slice(0, 12)})\n`);
  return failed === 0 ? 0 : 1;
}

/** Problems with one sample; empty when it behaves as expected. */
async function runSample(policy: LoadedPolicy, analyse: AnalyseMessage, emlPath: string, expectPath: string): Promise<string[]> {
  let expectation: Expectation;
  let verdict: Verdict;
  try {
    expectation = await readExpectation(expectPath);
    const analysed = await analyse(await readFile(emlPath));
    const fromHeaders = envelopeFromHeaders(analysed.extraction.headers);
    const envelope = {
      mailFrom: expectation.envelope?.mailFrom ?? fromHeaders.mailFrom,
      rcptTo: expectation.envelope?.rcptTo ?? fromHeaders.rcptTo,
    };
    verdict = evaluatePolicy(policy, { envelope, ...analysed, knownDomains: new Set(expectation.knownDomains ?? []) });
  } catch (error) {
    return [errorMessage(error)];
  }
  return compareWithExpectation(verdict, expectation.expect);
}

export function compareWithExpectation(verdict: Verdict, expect: Expectation['expect']): string[] {
  const problems: string[] = [];
  const matched = verdict.matched.map((m) => m.id);
  const got = outcomeLabel(verdict);
  if (verdict.verdict !== expect.verdict || (expect.stages && expect.stages.join('+') !== verdict.stages.join('+'))) {
    const wanted = expect.stages ? outcomeLabel({ verdict: expect.verdict, stages: expect.stages }) : expect.verdict;
    problems.push(`expected ${wanted}, got ${got}`);
  }
  for (const rule of expect.rules ?? []) if (!matched.includes(rule)) problems.push(`rule ${rule} did not match`);
  for (const rule of expect.notRules ?? []) if (matched.includes(rule)) problems.push(`rule ${rule} matched unexpectedly`);
  for (const tag of expect.tags ?? []) if (!verdict.tags.includes(tag)) problems.push(`tag ${tag} missing`);
  if (problems.length > 0) {
    problems.push(`matched: ${verdict.matched.map((m) => `${m.id} (${m.reason})`).join('; ') || 'none'}`);
  }
  return problems;
}
