import { describe, expect, it } from 'vitest';
import { simpleParser } from 'mailparser';
import Encoding from 'encoding-japanese';
import { prefixSubject } from '../../src/release/transforms/subject-prefix.js';
import { addBcc } from '../../src/release/transforms/add-bcc.js';
import { dkimSign } from '../../src/release/transforms/dkim-sign.js';
import { createAddBccStep, createDkimStep, subjectPrefixStep } from '../../src/release/modify.js';
import { forcedBcc } from '../../src/release/forced-bcc.js';
import { chainApplies, runReleaseChain } from '../../src/release/chain.js';
import type { ReleaseContext } from '../../src/release/types.js';
import type { Verdict, VerdictModification } from '../../src/policy/types.js';
import { loadDkimKeys } from '../../src/release/dkim-keys.js';
import { evaluatePolicy, parsePolicyText } from '../../src/policy/index.js';
import { PolicyError } from '../../src/policy/errors.js';
import { message, policyYaml } from '../policy/fixtures.js';
import { makeDkimKey, passFor, verifyDkim } from '../helpers/dkim.js';

const iso2022jpSubject = `=?ISO-2022-JP?B?${Buffer.from(Encoding.convert(Encoding.stringToCode('見積書'), { to: 'JIS', from: 'UNICODE' })).toString('base64')}?=`;
function mail(subjectLine: string | null, extra: string[] = []): Buffer {
  return Buffer.from(
    [
      'From: Yamada <yamada.taro@example.co.jp>',
      'To: sato.hanako@partner.example.jp',
      ...(subjectLine === null ? [] : [subjectLine]),
      'Date: Mon, 23 Nov 2026 10:00:00 +0900',
      'Message-ID: <t1@example.co.jp>',
      'MIME-Version: 1.0',
      'Content-Type: text/plain; charset=UTF-8',
      ...extra,
      '',
      '本文です。',
      '',
    ].join('\r\n'),
  );
}
const input = (raw: Buffer) => ({ raw, mailFrom: 'yamada.taro@example.co.jp', rcptTo: ['sato.hanako@partner.example.jp'] });
const key = makeDkimKey('example.co.jp', 'gw2026');

describe('subject prefix', () => {
  it('prefixes an ISO-2022-JP subject with an encoded word and keeps the original bytes; mail readers see 【社外】見積書', async () => {
    const out = await prefixSubject(input(mail(`Subject: ${iso2022jpSubject}`)), '【社外】');
    expect((await simpleParser(out.raw)).subject).toBe('【社外】見積書');
    expect(out.raw.toString('latin1')).toContain(iso2022jpSubject);
    // Only ASCII on the wire, no line longer than 78 characters.
    const header = out.raw.toString('latin1').split('\r\n\r\n')[0]!;
    expect(header).not.toMatch(/[^\x00-\x7f]/);
    expect(Math.max(...header.split('\r\n').map((l) => l.length))).toBeLessThanOrEqual(78);
    // The body is untouched.
    expect(out.raw.subarray(out.raw.indexOf('\r\n\r\n')).equals(mail('x').subarray(mail('x').indexOf('\r\n\r\n')))).toBe(true);
  });

  it('never doubles a prefix: already there (also after Re:, in full width or encoded) → unchanged bytes', async () => {
    for (const subject of ['Subject: =?UTF-8?B?44CQ56S+5aSW44CR6KaL56mN5pu4?=', 'Subject: Re: =?UTF-8?B?44CQ56S+5aSW44CR6KaL56mN5pu4?=']) {
      const raw = mail(subject);
      const out = await prefixSubject(input(raw), '【社外】');
      expect(out.raw.equals(raw)).toBe(true);
      expect(out.notes[0]).toContain('already present');
    }
    const once = await prefixSubject(input(mail('Subject: Quote')), '[EXTERNAL]');
    const twice = await prefixSubject({ ...once }, '[EXTERNAL]');
    expect(twice.raw.equals(once.raw)).toBe(true);
    expect((await simpleParser(once.raw)).subject).toBe('[EXTERNAL] Quote');
  });

  it('adds a Subject field when the message has none', async () => {
    const out = await prefixSubject(input(mail(null)), '【社外】');
    expect((await simpleParser(out.raw)).subject).toBe('【社外】');
  });
});

describe('Bcc on the envelope only', () => {
  it('adds recipients to RCPT TO, never a Bcc header, and skips an address that already is a recipient', async () => {
    const raw = mail('Subject: x');
    const out = await addBcc(input(raw), [
      { address: 'Suzuki.Ichiro@example.co.jp', as: 'supervisor', ruleId: 'r1' },
      { address: 'sato.hanako@partner.example.jp', as: 'archive', ruleId: 'r2' },
    ]);
    expect(out.rcptTo).toEqual(['sato.hanako@partner.example.jp', 'suzuki.ichiro@example.co.jp']);
    expect(out.raw.equals(raw)).toBe(true);
    expect(out.notes.join('\n')).toMatch(/bcc supervisor s\*\*\*@example\.co\.jp added \(rule r1\)[\s\S]*already a recipient/);
  });
});

describe('DKIM signing', () => {
  it('signs with the key of the From domain; a real verifier (mailauth) accepts it, and rejects it after a change', async () => {
    const out = await dkimSign(input(mail('Subject: x')), [key]);
    expect(out.notes[0]).toBe('DKIM-signed d=example.co.jp s=gw2026');
    expect(passFor(await verifyDkim(out.raw, [key]), 'example.co.jp')).toBeDefined();
    const tampered = Buffer.concat([out.raw, Buffer.from('追記\r\n')]);
    expect(passFor(await verifyDkim(tampered, [key]), 'example.co.jp')).toBeUndefined();
    // Same input, same signature (no timestamp): a rebuilt form is identical.
    expect((await dkimSign(input(mail('Subject: x')), [key])).raw.equals(out.raw)).toBe(true);
  });

  it('a subdomain sender uses the parent domain key; another domain is left unsigned with a note', async () => {
    const sub = Buffer.from(mail('Subject: x').toString('latin1').replace('yamada.taro@example.co.jp>', 'yamada.taro@mail.example.co.jp>'), 'latin1');
    expect(passFor(await verifyDkim((await dkimSign(input(sub), [key])).raw, [key]), 'example.co.jp')).toBeDefined();
    const other = Buffer.from(mail('Subject: x').toString('latin1').replace('example.co.jp>', 'other.example>'), 'latin1');
    const out = await dkimSign(input(other), [key]);
    expect(out.raw.equals(other)).toBe(true);
    expect(out.notes[0]).toContain('no key for the From domain other.example');
  });
});

describe('DKIM keys from the configuration', () => {
  it('reads a key from an environment variable; a missing variable, file or a non-key is DKIM_KEY_INVALID naming the entry', () => {
    const keys = loadDkimKeys({ sign: 'modified', keys: [{ domain: 'Example.co.jp', selector: 's1', privateKeyEnv: 'K' }] }, { K: key.privateKey });
    expect(keys).toEqual([{ domain: 'example.co.jp', selector: 's1', privateKey: key.privateKey }]);
    expect(() => loadDkimKeys({ sign: 'modified', keys: [{ domain: 'example.co.jp', selector: 's1', privateKeyEnv: 'K' }] }, {})).toThrow(/DKIM_KEY_INVALID: dkim\.keys\[0\] \(example\.co\.jp\): environment variable K is not set/);
    expect(() => loadDkimKeys({ sign: 'modified', keys: [{ domain: 'example.co.jp', selector: 's1', privateKeyFile: '/nonexistent/dkim.pem' }] })).toThrow(/cannot read \/nonexistent\/dkim\.pem/);
    expect(() => loadDkimKeys({ sign: 'modified', keys: [{ domain: 'example.co.jp', selector: 's1', privateKeyEnv: 'K' }] }, { K: key.txt })).toThrow(/not a PEM private key/);
  });
});

describe('the modify steps in the release chain', () => {
  const steps = (supervisors: string[], sign: 'off' | 'modified' | 'all' = 'modified') => [
    forcedBcc,
    subjectPrefixStep,
    createAddBccStep(() => supervisors),
    createDkimStep({ sign, keys: [key] }),
  ];
  const ctxWith = (modify: VerdictModification[]): ReleaseContext => ({
    id: 'm1',
    mailFrom: 'yamada.taro@example.co.jp',
    recipients: ['sato.hanako@partner.example.jp'],
    verdict: { verdict: 'pass', modify } as unknown as Verdict,
    releaseAs: null,
    now: 0,
  });

  it('prefix + bcc + signature; our signature is the one that verifies; the audit notes name rule and addresses', async () => {
    const raw = mail(`Subject: ${iso2022jpSubject}`);
    const ctx = ctxWith([{ ruleId: 'ext', bcc: [{ kind: 'supervisor' }, { kind: 'address', address: 'archive@example.co.jp' }], subjectPrefix: '【社外】' }]);
    const out = await runReleaseChain(steps(['suzuki.ichiro@example.co.jp']), raw, ctx);
    expect(out.addedRecipients).toEqual(['suzuki.ichiro@example.co.jp', 'archive@example.co.jp']);
    const bcc = out.auditNotes.find((n) => n.step === 'add-bcc')!.detail.addedBcc as Array<{ as: string }>;
    expect(bcc.map((b) => b.as)).toEqual(['supervisor', 'archive']);
    expect((await simpleParser(out.raw)).subject).toBe('【社外】見積書');
    expect(passFor(await verifyDkim(out.raw, [key]), 'example.co.jp')).toBeDefined();
    expect(out.auditNotes.map((n) => n.step)).toEqual(['subject-prefix', 'add-bcc', 'dkim-sign']);
  });

  it('Bcc only: the bytes are unchanged, so they are not re-signed (an upstream signature still holds)', async () => {
    const raw = mail('Subject: x');
    const out = await runReleaseChain(steps(['suzuki.ichiro@example.co.jp']), raw, ctxWith([{ ruleId: 'b', bcc: [{ kind: 'supervisor' }] }]));
    expect(out.raw.equals(raw)).toBe(true);
    expect(out.modified).toBe(false);
    expect(out.addedRecipients).toEqual(['suzuki.ichiro@example.co.jp']);
  });

  it('a supervisor who already is a recipient is not added twice', async () => {
    const out = await runReleaseChain(steps(['Sato.Hanako@partner.example.jp']), mail('Subject: x'), ctxWith([{ ruleId: 'b', bcc: [{ kind: 'supervisor' }] }]));
    expect(out.addedRecipients).toEqual([]);
  });

  it('no supervisor routed: nobody is added, and the note says so', async () => {
    const out = await runReleaseChain(steps([]), mail('Subject: x'), ctxWith([{ ruleId: 'b', bcc: [{ kind: 'supervisor' }] }]));
    expect(out.addedRecipients).toEqual([]);
    expect(JSON.stringify(out.auditNotes)).toContain('no supervisor routed');
  });

  it('nothing to modify: the chain does not apply unless dkim.sign is all', () => {
    expect(chainApplies(steps(['s@example.co.jp']), ctxWith([]))).toBe(false);
    expect(chainApplies(steps(['s@example.co.jp'], 'all'), ctxWith([]))).toBe(true);
  });

  it('a rejected verdict is never modified', () => {
    const ctx = { ...ctxWith([{ ruleId: 'x', bcc: [], subjectPrefix: '【社外】' }]), verdict: { verdict: 'reject', modify: [{ ruleId: 'x', bcc: [], subjectPrefix: '【社外】' }] } as unknown as Verdict };
    expect(chainApplies(steps([]), ctx)).toBe(false);
  });
});

describe('policy: modify action', () => {
  const rule = (action: string, extra = '') => `  - id: ext-modify\n    description: 社外宛て / outside\n    when: { recipients: { external: any } }\n    action: ${action}\n${extra}`;
  const hold = `  - id: ext-hold\n    description: hold\n    when: { recipients: { external: any } }\n    action: { hold: [approval] }\n`;
  const load = (rules: string) => parsePolicyText(policyYaml(rules), { file: 'p.yaml', builtinFreemail: [] });
  const outside = message({ to: ['x@customer.example.com'] });

  it('rides along any verdict, in rule order, and never applies from a monitor-only rule', () => {
    const v = evaluatePolicy(load(rule('{ modify: { bcc: [supervisor, Archive@example.co.jp], subjectPrefix: 【社外】 } }') + hold), outside);
    expect(v.verdict).toBe('hold');
    expect(v.modify).toEqual([{ ruleId: 'ext-modify', bcc: [{ kind: 'supervisor' }, { kind: 'address', address: 'archive@example.co.jp' }], subjectPrefix: '【社外】' }]);
    expect(evaluatePolicy(load(rule('{ modify: { bcc: supervisor } }')), message({ to: ['a@example.co.jp'] })).modify).toBeUndefined();
    expect(evaluatePolicy(load(rule('{ modify: { bcc: supervisor } }', '    monitor: true\n')), outside).modify).toBeUndefined();
  });

  it('rides along separateAttachments from another rule: the verdict carries both, a reject neither', () => {
    const links = `  - id: ext-links\n    description: links\n    when: { recipients: { external: any } }\n    action: { separateAttachments: true }\n`;
    const v = evaluatePolicy(load(rule('{ modify: { subjectPrefix: 【社外】 } }') + links), outside);
    expect(v.verdict).toBe('pass');
    expect(v.modify).toEqual([{ ruleId: 'ext-modify', bcc: [], subjectPrefix: '【社外】' }]);
    expect(v.separateAttachments?.verifyCode).toBe(true);
    const reject = `  - id: ext-reject\n    description: no\n    when: { recipients: { external: any } }\n    action: { reject: 送信できません }\n`;
    const r = evaluatePolicy(load(rule('{ modify: { subjectPrefix: 【社外】 } }') + links + reject), outside);
    expect(r.verdict).toBe('reject');
    expect(r.modify).toBeUndefined();
    expect(r.separateAttachments).toBeUndefined();
  });

  it('an invalid modify action is refused with its place in the file', () => {
    expect(() => load(rule('{ modify: {} }'))).toThrow(PolicyError);
    expect(() => load(rule('{ modify: { bcc: not-an-address } }'))).toThrow(/rules\[0\]|line/);
  });
});

describe('PPAP pairing, pure part', () => {
  it('the recipient set is compared without order, case or duplicates; a different set differs', async () => {
    const { recipientsHash, pairFinding } = await import('../../src/detect/ppap-pair.js');
    expect(recipientsHash(['a@x.example', 'B@y.example'])).toBe(recipientsHash(['b@y.example', 'A@x.example', 'a@x.example']));
    expect(recipientsHash(['a@x.example'])).not.toBe(recipientsHash(['a@x.example', 'b@y.example']));
    const f = pairFinding({ messageId: 'Q1', at: 0 }, 3 * 60_000);
    expect(f).toMatchObject({ category: 'ppap_pair', confidence: 'high' });
    expect(f.sample).toContain('Q1');
    expect(f.sample).toContain('3分後');
  });
});
