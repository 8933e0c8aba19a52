import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  runPolicyCheck,
  runPolicyTest,
  runReplay,
  runScan,
  type AnalyseMessage,
  type StoredMessage,
} from '../../src/policy/cli/index.js';
import { defaultPolicyPath, diffDecisions, evaluatePolicy, loadPolicy } from '../../src/policy/index.js';
import { message, type MessageSpec } from './fixtures.js';

/** Test seam: the "raw message" is a JSON MessageSpec, turned into extraction + detection results. */
const analyse: AnalyseMessage = async (raw) => {
  const input = message(JSON.parse(raw.toString('utf8')) as MessageSpec);
  return { extraction: input.extraction, detection: input.detection };
};

function capture() {
  const out = { stdout: '', stderr: '' };
  return {
    out,
    streams: { stdout: { write: (s: string) => (out.stdout += s) }, stderr: { write: (s: string) => (out.stderr += s) } },
  };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-cli-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function writeSpec(name: string, spec: MessageSpec): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(spec));
  return file;
}

describe('policy check', () => {
  it('exits 0 for the default policy', async () => {
    const { out, streams } = capture();
    expect(await runPolicyCheck({}, streams)).toBe(0);
    // The rule count is the shipped file's own (it grows as rules are added).
    const rules = (await readFile(defaultPolicyPath, 'utf8')).match(/^  - id: /gm)?.length;
    expect(out.stdout).toMatch(new RegExp(`^OK .*default\\.yaml: ${rules} rules, mode enforce, version [0-9a-f]{12}`));
  });

  it('names approvers and delegates of the shipped approvers.yaml who have no account', async () => {
    const { loadApprovers } = await import('../../src/workflow/approvers/load.js');
    const file = (await loadApprovers('policies/approvers.yaml')).approvers;
    const users = [{ username: 'suzuki.ichiro', email: 'suzuki.ichiro@example.co.jp', disabled: false, roles: ['approver'] }];
    const { out, streams } = capture();
    expect(await runPolicyCheck({ approvers: { file, path: 'policies/approvers.yaml', users } }, streams)).toBe(0);
    expect(out.stdout).toContain('WARN policies/approvers.yaml: kobayashi.yuki <kobayashi.yuki@example.co.jp> (routes[0].approvers, fallback.approvers) has no enabled approver or admin account');
    expect(out.stdout).toContain('takahashi.jiro');
    expect(out.stdout).not.toContain('WARN policies/approvers.yaml: suzuki.ichiro');
  });

  it('exits 2 with file:line key for an invalid policy', async () => {
    const file = join(dir, 'bad.yaml');
    await writeFile(file, 'version: 1\norganisation:\n  internalDomains: [example.co.jp]\nrules:\n  - id: a\n    description: d\n    action: { hold: [approve] }\n');
    const { out, streams } = capture();
    expect(await runPolicyCheck({ path: file }, streams)).toBe(2);
    expect(out.stderr).toContain(`POLICY_INVALID at ${file}:7 rules[0].action.hold[0]:`);
  });

  it('exits 2 for a missing file', async () => {
    const { out, streams } = capture();
    expect(await runPolicyCheck({ path: join(dir, 'nope.yaml') }, streams)).toBe(2);
    expect(out.stderr).toContain('POLICY_UNREADABLE');
  });
});

describe('scan', () => {
  it('prints one JSON object with verdict, matched rules, findings, summary and recipients', async () => {
    const file = await writeSpec('a.eml', {
      to: ['x@customer.example.com'],
      bcc: ['y@other.example.net'],
      findings: [{ category: 'my_number', confidence: 'high', sample: '**** **** 9018' }, { category: 'phone', confidence: 'low' }],
      personCount: 1,
      encrypted: [{ location: 'attachment[1] a.zip' }],
    });
    const { out, streams } = capture();
    expect(await runScan({ file, json: true }, streams, { analyse })).toBe(0);
    const report = JSON.parse(out.stdout);
    expect(report).toMatchObject({
      verdict: 'hold',
      stages: ['selfCheck', 'approval'],
      summary: { categories: { my_number: 1 }, personCount: 1 },
      uninspectable: [{ location: 'attachment[1] a.zip', reason: 'encrypted' }],
    });
    expect(report.findings[0]).toEqual({ category: 'my_number', confidence: 'high', count: 1, location: 'body (text/plain)', sample: '**** **** 9018', subject: 'third_person', subjectReason: 'identifier of a person' });
    expect(report.matched.map((m: { id: string }) => m.id)).toContain('external-my-number');
    // Envelope defaults to To + Cc + Bcc; Bcc recipients are not visible.
    expect(report.recipients).toEqual([
      { address: 'x@customer.example.com', class: 'external', visible: true, firstTime: true },
      { address: 'y@other.example.net', class: 'external', visible: false, firstTime: true },
    ]);
  });

  it('honours --rcpt, --mail-from and --internal-domain', async () => {
    const file = await writeSpec('b.eml', { to: ['x@mycorp.example'], findings: [{ category: 'my_number' }] });
    const { out, streams } = capture();
    await runScan({ file, json: true, internalDomains: ['mycorp.example'] }, streams, { analyse });
    expect(JSON.parse(out.stdout).verdict).toBe('pass');
    const second = capture();
    await runScan({ file, json: true, rcpt: ['z@customer.example.com'], mailFrom: 'a@example.co.jp' }, second.streams, { analyse });
    const report = JSON.parse(second.out.stdout);
    expect(report.verdict).toBe('hold');
    expect(report.recipients).toEqual([{ address: 'z@customer.example.com', class: 'external', visible: false, firstTime: true }]);
  });

  it('writes a Japanese/English text report without --json', async () => {
    const file = await writeSpec('c.eml', { to: ['x@blocked.example.org'] });
    const { out, streams } = capture();
    expect(await runScan({ file }, streams, { analyse })).toBe(0);
    expect(out.stdout).toContain('判定 / Verdict: 拒否 REJECT');
    expect(out.stdout).toContain('blocked-domain');
    expect(out.stdout).toContain('送信禁止ドメイン blocked-domain');
  });

  it('exits 2 with a clear message when the file cannot be read', async () => {
    const { out, streams } = capture();
    expect(await runScan({ file: join(dir, 'missing.eml') }, streams, { analyse })).toBe(2);
    expect(out.stderr).toMatch(/SCAN_UNREADABLE: cannot read .*missing\.eml \(ENOENT\)/);
  });
});

describe('policy test', () => {
  it('passes matching samples (exit 0) and reports failures (exit 1)', async () => {
    const samples = join(dir, 'samples');
    await import('node:fs/promises').then((fs) => fs.mkdir(samples));
    await writeFile(join(samples, 'ok.eml'), JSON.stringify({ to: ['x@customer.example.com'], findings: [{ category: 'credit_card' }] }));
    await writeFile(
      join(samples, 'ok.expect.yaml'),
      'envelope: { rcptTo: [x@customer.example.com] }\nknownDomains: [customer.example.com]\nexpect:\n  verdict: hold\n  stages: [selfCheck, approval]\n  rules: [external-card-number]\n  notRules: [first-time-domain]\n',
    );
    const passing = capture();
    expect(await runPolicyTest({ dir: samples }, passing.streams, { analyse })).toBe(0);
    expect(passing.out.stdout).toContain('PASS ok');
    expect(passing.out.stdout).toContain('1/1 samples passed');

    await writeFile(join(samples, 'wrong.eml'), JSON.stringify({ to: ['a@example.co.jp'] }));
    await writeFile(join(samples, 'wrong.expect.yaml'), 'expect:\n  verdict: hold\n  rules: [lookalike-domain]\n');
    const failing = capture();
    expect(await runPolicyTest({ dir: samples }, failing.streams, { analyse })).toBe(1);
    expect(failing.out.stdout).toContain('FAIL wrong');
    expect(failing.out.stdout).toContain('expected hold, got pass');
    expect(failing.out.stdout).toContain('rule lookalike-domain did not match');
  });

  it('reports a malformed expectation file with file:line key as a failure', async () => {
    const samples = join(dir, 'samples-bad');
    await import('node:fs/promises').then((fs) => fs.mkdir(samples));
    await writeFile(join(samples, 'x.eml'), JSON.stringify({}));
    await writeFile(join(samples, 'x.expect.yaml'), 'expect:\n  verdict: maybe\n');
    const { out, streams } = capture();
    expect(await runPolicyTest({ dir: samples }, streams, { analyse })).toBe(1);
    expect(out.stdout).toMatch(/x\.expect\.yaml:2 expect\.verdict/);
  });

  it('exits 2 when the directory is missing', async () => {
    const { out, streams } = capture();
    expect(await runPolicyTest({ dir: join(dir, 'none') }, streams, { analyse })).toBe(2);
    expect(out.stderr).toContain('cannot read directory');
  });
});

describe('replay', () => {
  it('diffDecisions counts stricter, looser and transitions', async () => {
    const policy = await loadPolicy('policies/default.yaml');
    const pass = evaluatePolicy(policy, message({ to: ['a@example.co.jp'] }));
    const hold = evaluatePolicy(policy, message({ to: ['x@customer.example.com'], findings: [{ category: 'my_number' }] }));
    const diff = diffDecisions([pass, hold, pass], [hold, pass, pass], ['m1', 'm2', 'm3']);
    expect(diff).toMatchObject({ total: 3, unchanged: 1, stricter: 1, looser: 1 });
    expect(diff.transitions).toEqual({ 'pass → hold(selfCheck+approval)': 1, 'hold(selfCheck+approval) → pass': 1 });
    expect(diff.changes.map((c) => [c.id, c.direction])).toEqual([['m1', 'stricter'], ['m2', 'looser']]);
  });

  it('runReplay re-decides stored messages since a date under the new policy', async () => {
    const oldPolicy = await loadPolicy('policies/default.yaml');
    const newPolicyFile = join(dir, 'strict.yaml');
    await writeFile(newPolicyFile, 'version: 1\norganisation:\n  internalDomains: [example.co.jp]\nrules:\n  - id: all-external\n    description: d\n    when: { recipients: { external: any } }\n    action: { hold: [approval] }\n');
    const stored = (id: string, spec: MessageSpec, receivedAt: string): StoredMessage => {
      const input = message(spec);
      return { id, raw: Buffer.from(JSON.stringify(spec)), envelope: input.envelope, receivedAt: new Date(receivedAt), verdict: evaluatePolicy(oldPolicy, input) };
    };
    const messages = [
      stored('old', { to: ['x@customer.example.com'] }, '2025-01-01T00:00:00Z'),
      stored('m1', { to: ['x@customer.example.com'] }, '2025-04-02T00:00:00Z'),
      stored('m2', { to: ['a@example.co.jp'] }, '2025-04-03T00:00:00Z'),
    ];
    const { out, streams } = capture();
    const code = await runReplay({ since: '2025-04-01', policy: newPolicyFile, json: true }, streams, {
      messages: async function* () {
        yield* messages;
      },
      analyse,
    });
    expect(code).toBe(0);
    const result = JSON.parse(out.stdout);
    expect(result.diff).toMatchObject({ total: 2, unchanged: 1, stricter: 1, transitions: { 'pass → hold(approval)': 1 } });
    expect(result.diff.changes[0].id).toBe('m1');

    const bad = capture();
    expect(await runReplay({ since: 'yesterday-ish', policy: newPolicyFile }, bad.streams, { messages: () => [], analyse })).toBe(2);
    expect(bad.out.stderr).toContain('REPLAY_INVALID');
  });
});
