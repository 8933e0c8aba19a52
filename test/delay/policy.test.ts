import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { combineActions, evaluatePolicy, loadPolicy, parsePolicyText, PolicyError } from '../../src/policy/index.js';
import { message } from '../policy/fixtures.js';

const head = 'version: 1\norganisation:\n  internalDomains: [example.co.jp]\nrules:\n';
const parse = (text: string) => parsePolicyText(text, { file: 'delay.yaml', builtinFreemail: [] });
function errorFor(text: string): PolicyError {
  try {
    parse(text);
  } catch (e) {
    expect(e).toBeInstanceOf(PolicyError);
    return e as PolicyError;
  }
  throw new Error('the policy was accepted');
}

describe('delay action in the policy file', () => {
  it('accepts the short form and the long form', () => {
    const policy = parse(`${head}  - id: short\n    description: d\n    action: { delay: 5m }\n  - id: long\n    description: d\n    action: { delay: { for: 90s, notify: true, afterHold: true } }\n`);
    expect(policy.rules.map((r) => r.action)).toEqual([
      { kind: 'delay', delayMs: 300_000, notify: false, afterHold: false },
      { kind: 'delay', delayMs: 90_000, notify: true, afterHold: true },
    ]);
  });

  it.each([
    ['5 minutes', 7],
    ['5s', 7],
    ['25h', 7],
  ])('rejects the duration %j with file:line and key path', (duration, line) => {
    const error = errorFor(`${head}  - id: a\n    description: d\n    action: { delay: "${duration}" }\n`);
    expect(error.code).toBe('POLICY_INVALID');
    expect(error.message).toBe(`POLICY_INVALID at delay.yaml:${line} rules[0].action.delay: invalid delay ${JSON.stringify(duration)}: expected a duration from 10s to 24h such as 30s, 5m or 1h`);
  });

  it('rejects unknown keys in the long form at their line', () => {
    const error = errorFor(`${head}  - id: a\n    description: d\n    action:\n      delay:\n        for: 5m\n        notfy: true\n`);
    expect(error.message).toBe('POLICY_INVALID at delay.yaml:10 rules[0].action.delay.notfy: unknown key(s): notfy');
  });
});

describe('combining delays with other actions', () => {
  const delay = (ms: number, extra: { notify?: boolean; afterHold?: boolean } = {}) => ({ kind: 'delay' as const, delayMs: ms, notify: extra.notify ?? false, afterHold: extra.afterHold ?? false });

  it('a delay alone passes after the longest delay; notify if any rule asks', () => {
    expect(combineActions([delay(60_000), delay(300_000, { notify: true }), { kind: 'pass' }])).toEqual({
      verdict: 'pass', stages: [], delay: { delayMs: 300_000, notify: true, afterHold: false },
    });
  });

  it('a hold wins and is not delayed after approval unless a delay rule says afterHold', () => {
    expect(combineActions([delay(300_000), { kind: 'hold', stages: ['approval'] }])).toEqual({ verdict: 'hold', stages: ['approval'] });
    expect(combineActions([delay(300_000, { afterHold: true }), { kind: 'hold', stages: ['approval'] }])).toEqual({
      verdict: 'hold', stages: ['approval'], delay: { delayMs: 300_000, notify: false, afterHold: true },
    });
  });

  it('a reject wins over a delay', () => {
    expect(combineActions([delay(300_000), { kind: 'reject', notice: 'no' }])).toEqual({ verdict: 'reject', stages: [], notice: 'no' });
  });
});

describe('the default policy ships the send delay in monitor mode', async () => {
  const shipped = await loadPolicy('policies/default.yaml');
  // What a compliance team gets after announcing it: the same file without the rule's `monitor: true`.
  const text = readFileSync('policies/default.yaml', 'utf8');
  const rule = text.slice(text.indexOf('  - id: outside-send-delay'));
  const switchedOn = text.replace(rule, rule.replace(/\n    monitor: true\n/, '\n'));
  expect(switchedOn).not.toBe(text);
  const dir = mkdtempSync(path.join(tmpdir(), 'dlp-delay-policy-'));
  writeFileSync(path.join(dir, 'default.yaml'), switchedOn);
  const enabled = await loadPolicy(path.join(dir, 'default.yaml'));

  it('as shipped, ordinary outside mail passes at once and the would-be delay is recorded', () => {
    const v = evaluatePolicy(shipped, message({ to: ['x@customer.example.com'], knownDomains: ['customer.example.com'] }));
    expect(v.verdict).toBe('pass');
    expect(v.delay).toBeUndefined();
    expect(v.wouldDelay?.delayMs).toBe(300_000);
  });

  it('switched on, delays ordinary outside mail by 5 minutes with a notice', () => {
    const v = evaluatePolicy(enabled, message({ to: ['x@customer.example.com'], knownDomains: ['customer.example.com'] }));
    expect(v.verdict).toBe('pass');
    expect(v.delay).toEqual({ delayMs: 300_000, notify: true, afterHold: false });
  });

  it('never delays internal-only mail', () => {
    for (const policy of [shipped, enabled]) {
      const v = evaluatePolicy(policy, message({ to: ['hanako@example.co.jp', 'a@sales.example.co.jp'] }));
      expect(v.verdict).toBe('pass');
      expect(v.delay).toBeUndefined();
      expect(v.wouldDelay).toBeUndefined();
    }
  });

  it('a held outside message carries no delay for after its approval', () => {
    const v = evaluatePolicy(enabled, message({ to: ['x@customer.example.com'], findings: [{ category: 'my_number', confidence: 'high' }] }));
    expect(v.verdict).toBe('hold');
    expect(v.delay).toBeUndefined();
  });

  it('in monitor mode nothing is delayed (the would-be delay is recorded)', () => {
    const monitored = { ...enabled, mode: 'monitor' as const };
    const v = evaluatePolicy(monitored, message({ to: ['x@customer.example.com'], knownDomains: ['customer.example.com'] }));
    expect(v.delay).toBeUndefined();
    expect(v.wouldDelay?.delayMs).toBe(300_000);
  });
});
