import { describe, expect, it } from 'vitest';
import { evaluatePolicy, parsePolicyText } from '../../src/policy/index.js';
import { message, policyYaml } from './fixtures.js';

const rule = (id: string, action: string, extra = '') =>
  `  - id: ${id}\n    description: ${id}\n    when: { recipients: { external: any } }\n    action: ${action}\n${extra}`;
const load = (rules: string, header = '') => parsePolicyText(policyYaml(rules, header), { file: 'p.yaml', builtinFreemail: [] });
const outside = message({ to: ['x@customer.example.com'] });

describe('actions', () => {
  it('pass, hold and reject each produce their verdict', () => {
    expect(evaluatePolicy(load(rule('a', 'pass')), outside).verdict).toBe('pass');
    expect(evaluatePolicy(load(rule('a', '{ hold: [approval] }')), outside)).toMatchObject({ verdict: 'hold', stages: ['approval'] });
    expect(evaluatePolicy(load(rule('a', '{ reject: 宛先を確認してください }')), outside)).toMatchObject({
      verdict: 'reject',
      stages: [],
      notice: '宛先を確認してください',
    });
  });

  it('strictest wins: reject over any hold', () => {
    const v = evaluatePolicy(load(rule('h', '{ hold: [selfCheck, approval] }') + rule('r', '{ reject: no }')), outside);
    expect(v.verdict).toBe('reject');
    expect(v.matched.map((m) => m.id)).toEqual(['h', 'r']);
  });

  it('hold stages are unioned in the order selfCheck, approval', () => {
    const v = evaluatePolicy(load(rule('a', '{ hold: [approval] }') + rule('s', '{ hold: [selfCheck] }')), outside);
    expect(v.stages).toEqual(['selfCheck', 'approval']);
    expect(evaluatePolicy(load(rule('a', '{ hold: [approval, selfCheck] }')), outside).stages).toEqual(['selfCheck', 'approval']);
  });

  it('pass never weakens a hold', () => {
    expect(evaluatePolicy(load(rule('p', 'pass') + rule('h', '{ hold: [selfCheck] }')), outside).verdict).toBe('hold');
  });

  it('tags and notify modifiers are collected', () => {
    const v = evaluatePolicy(load(rule('a', '{ hold: [selfCheck] }', '    tag: [x, y]\n    notify: security@example.co.jp\n') + rule('b', 'pass', '    tag: x\n')), outside);
    expect(v.tags).toEqual(['x', 'y']);
    expect(v.notify).toEqual(['security@example.co.jp']);
    expect(v.matched[0]).toMatchObject({ id: 'a', tags: ['x', 'y'], notify: ['security@example.co.jp'] });
  });

  it('reports each matched rule with a reason, falling back to the description', () => {
    const v = evaluatePolicy(load(rule('a', 'pass')), outside);
    expect(v.matched[0]?.reason).toBe('外部宛先 1件 / 1 external recipient');
    const always = load('  - id: all\n    description: 全メール / every message\n    action: pass');
    expect(evaluatePolicy(always, outside).matched[0]?.reason).toBe('全メール / every message');
  });
});

describe('monitor-only mode', () => {
  it('global mode: monitor passes everything but records wouldBe', () => {
    const v = evaluatePolicy(load(rule('r', '{ reject: no }') + rule('h', '{ hold: [approval] }', '    notify: boss\n'), 'mode: monitor'), outside);
    expect(v.verdict).toBe('pass');
    expect(v.stages).toEqual([]);
    expect(v.notice).toBeUndefined();
    expect(v.monitorOnly).toBe(true);
    expect(v.wouldBe).toEqual({ verdict: 'reject', stages: [] });
    expect(v.matched.every((m) => m.monitorOnly)).toBe(true);
    expect(v.notify).toEqual([]);
  });

  it('per-rule monitor: true records the rule without enforcing it', () => {
    const v = evaluatePolicy(
      load(rule('new', '{ hold: [selfCheck, approval] }', '    monitor: true\n    tag: trial\n') + rule('old', '{ hold: [selfCheck] }')),
      outside,
    );
    expect(v).toMatchObject({ verdict: 'hold', stages: ['selfCheck'], monitorOnly: false });
    expect(v.wouldBe).toEqual({ verdict: 'hold', stages: ['selfCheck', 'approval'] });
    expect(v.matched.find((m) => m.id === 'new')?.monitorOnly).toBe(true);
    expect(v.tags).toContain('trial');
  });

  it('carries the policy version', () => {
    const policy = load(rule('a', 'pass'));
    expect(evaluatePolicy(policy, outside).policyVersion).toMatch(/^[0-9a-f]{64}$/);
  });
});
