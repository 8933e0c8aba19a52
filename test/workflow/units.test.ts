import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { signToken, verifyToken } from '../../src/workflow/tokens.js';
import { loadSecret, secretFileName } from '../../src/workflow/secret.js';
import { japaneseHolidays } from '../../src/workflow/japanese-holidays.js';
import { addBusinessDays, isBusinessDay } from '../../src/workflow/business-days.js';
import { loadApprovers, parseApprovers } from '../../src/workflow/approvers/load.js';
import { ApproversError } from '../../src/workflow/approvers/errors.js';
import { routeApprovers } from '../../src/workflow/approvers/route.js';
import { computeFatigue } from '../../src/workflow/fatigue.js';
import type { MessageRecord } from '../../src/store/types.js';
import { approversYaml } from './harness.js';

const jst = (s: string) => Date.parse(`${s}+09:00`);

describe('signed links', () => {
  const key = Buffer.alloc(32, 7);
  const now = 1_800_000_000_000;
  it('verifies its own tokens and refuses tampering, other keys, other purposes and expiry', () => {
    const token = signToken(key, { messageId: 'M1', purpose: 'self-check', expiresAt: now + 1000 });
    const ok = verifyToken(key, token, 'self-check', now);
    expect(ok.ok && ok.claims.messageId).toBe('M1');
    expect(ok.ok && ok.claims.jti.length).toBeGreaterThanOrEqual(16);
    expect(verifyToken(Buffer.alloc(32, 8), token, 'self-check', now)).toEqual({ ok: false, error: 'token_invalid' });
    expect(verifyToken(key, `${token}x`, 'self-check', now).ok).toBe(false);
    expect(verifyToken(key, token.replace(/^./, (c) => (c === 'e' ? 'f' : 'e')), 'self-check', now).ok).toBe(false);
    expect(verifyToken(key, token, 'self-check', now + 1000)).toEqual({ ok: false, error: 'token_expired' });
    expect(verifyToken(key, 'a.b.c', 'self-check', now).ok).toBe(false);
    // Two links for one message differ (random jti): each is single-use on its own.
    expect(signToken(key, { messageId: 'M1', purpose: 'self-check', expiresAt: now + 1000 })).not.toBe(token);
  });
});

describe('secret', () => {
  it('is generated once with mode 0600 and reused; configuration and DLP_SECRET win', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'dlp-secret-'));
    try {
      const a = loadSecret({ dataDir: dir });
      const b = loadSecret({ dataDir: dir });
      expect(a.equals(b)).toBe(true);
      expect(a.length).toBe(32);
      expect(statSync(path.join(dir, secretFileName)).mode & 0o777).toBe(0o600);
      expect(readFileSync(path.join(dir, secretFileName), 'utf8').trim()).toBe(a.toString('hex'));
      const env = 'e'.repeat(40);
      expect(loadSecret({ dataDir: dir, env }).toString()).toBe(env);
      expect(loadSecret({ dataDir: dir, env, configured: 'c'.repeat(32) }).toString()).toBe('c'.repeat(32));
      expect(() => loadSecret({ dataDir: dir, env: 'short' })).toThrow(/SECRET_INVALID/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('business days', () => {
  it('knows the Japanese national holidays, substitute holidays and 国民の休日', () => {
    expect([...japaneseHolidays(2025)].sort()).toEqual([
      '2025-01-01', '2025-01-13', '2025-02-11', '2025-02-23', '2025-02-24', '2025-03-20', '2025-04-29', '2025-05-03', '2025-05-04',
      '2025-05-05', '2025-05-06', '2025-07-21', '2025-08-11', '2025-09-15', '2025-09-23', '2025-10-13', '2025-11-03', '2025-11-23', '2025-11-24',
    ]);
    const y2026 = japaneseHolidays(2026);
    for (const d of ['2026-05-06', '2026-09-21', '2026-09-22', '2026-09-23', '2026-11-23']) expect(y2026.has(d)).toBe(true);
  });

  it('skips weekends, holidays and company holidays, keeping the time of day', () => {
    const cal = { holidays: 'jp' as const, extraHolidays: [] };
    expect(addBusinessDays(jst('2026-11-20T10:00:00'), 3, cal)).toBe(jst('2026-11-26T10:00:00')); // Fri + weekend + 勤労感謝の日
    expect(addBusinessDays(jst('2026-11-21T23:30:00'), 1, cal)).toBe(jst('2026-11-24T23:30:00')); // held on Saturday
    expect(addBusinessDays(jst('2026-11-20T10:00:00'), 3, { holidays: 'none', extraHolidays: [] })).toBe(jst('2026-11-25T10:00:00'));
    expect(addBusinessDays(jst('2026-12-25T09:00:00'), 1, { holidays: 'jp', extraHolidays: ['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-02', '2027-01-03'] })).toBe(jst('2027-01-04T09:00:00'));
    expect(isBusinessDay(jst('2026-11-23T12:00:00'), cal)).toBe(false);
    // Late evening UTC is already the next day in Japan.
    expect(isBusinessDay(Date.parse('2026-11-22T15:30:00Z'), cal)).toBe(false);
    expect(isBusinessDay(Date.parse('2026-11-23T15:30:00Z'), cal)).toBe(true);
  });
});

describe('approver routing file', () => {
  it('the shipped policies/approvers.yaml is valid', async () => {
    const { approvers, missing } = await loadApprovers('policies/approvers.yaml');
    expect(missing).toBe(false);
    expect(Object.keys(approvers.departments).length).toBeGreaterThan(0);
  });

  it('reports file:line and key for mistakes', () => {
    const bad = (text: string) => {
      try {
        parseApprovers(text, 'policies/approvers.yaml');
      } catch (err) {
        expect(err).toBeInstanceOf(ApproversError);
        return String(err);
      }
      throw new Error('accepted');
    };
    expect(bad('version: 1\ndepartments:\n  sales:\n    approvers: [a]\n    aprovers: [b]\n')).toBe(
      'APPROVERS_INVALID at policies/approvers.yaml:5 departments.sales.aprovers: Unrecognized key: "aprovers"',
    );
    expect(bad('version: 1\npeople:\n  a: { email: not-an-address }\n')).toMatch(/^APPROVERS_INVALID at policies\/approvers\.yaml:3 people\.a\.email: /);
    expect(bad('version: 1\nroutes:\n  - senders: [department:nope]\n    approvers: [a]\n')).toBe('APPROVERS_INVALID at policies/approvers.yaml:3 routes.0.senders.0: unknown department "nope"');
    expect(bad('version: 1\nabsences:\n  - who: a\n    from: 2026-01-10\n    to: 2026-01-01\n')).toMatch(/approvers\.yaml:3 absences\.0: "from"/);
    expect(bad('version: 1\nfallback: [\n')).toMatch(/\(syntax\)/);
  });

  it('routes by explicit route, then department, then fallback; absences and self excluded', () => {
    const file = parseApprovers(`
version: 1
people:
  boss: { email: boss@example.co.jp }
  deputy: { email: deputy@example.co.jp }
departments:
  sales: { members: ['*@sales.example.co.jp', boss@example.co.jp], approvers: [boss], delegates: [deputy] }
routes:
  - senders: [ceo@example.co.jp, legal.example.co.jp]
    approvers: [sec@example.co.jp]
fallback: { approvers: [admins@example.co.jp] }
absences:
  - { who: boss, from: '2026-12-28', to: '2027-01-05', delegate: deputy }
`);
    const now = jst('2026-11-24T10:00:00');
    expect(routeApprovers(file, 'a@sales.example.co.jp', now)).toMatchObject({ approvers: ['boss'], delegates: ['deputy'], department: 'sales', fallback: false });
    expect(routeApprovers(file, 'CEO@example.co.jp', now)).toMatchObject({ approvers: ['sec@example.co.jp'], via: 'routes[0]' });
    expect(routeApprovers(file, 'x@tokyo.legal.example.co.jp', now).approvers).toEqual(['sec@example.co.jp']);
    expect(routeApprovers(file, 'other@example.co.jp', now)).toMatchObject({ approvers: ['admins@example.co.jp'], fallback: true });
    // The boss's own mail goes to the deputy.
    expect(routeApprovers(file, 'boss@example.co.jp', now).approvers).toEqual(['deputy']);
    // During the absence (JST dates), the delegate approves.
    expect(routeApprovers(file, 'a@sales.example.co.jp', jst('2027-01-05T23:00:00'))).toMatchObject({ approvers: ['deputy'], absent: ['boss'] });
    expect(routeApprovers(file, 'a@sales.example.co.jp', jst('2027-01-06T00:00:00')).approvers).toEqual(['boss']);
    expect(routeApprovers(parseApprovers(approversYaml), 'yamada.taro@example.co.jp', now).approvers).toEqual(['suzuki.ichiro']);
  });
});

describe('approval fatigue', () => {
  const base = (id: string, over: Partial<MessageRecord> & { cats?: Record<string, number>; to?: string[] }): MessageRecord => ({
    id, kind: 'mail', receivedAt: 0, updatedAt: 0, mailFrom: 'yamada.taro@example.co.jp', rcptTo: over.to ?? ['a@partner.example.jp'], size: 1,
    state: 'delivered', recipients: [], attempts: 0, nextAttemptAt: 0, lastError: null, client: {}, purged: false,
    inspection: {
      verdict: { recipients: (over.to ?? ['a@partner.example.jp']).map((address) => ({ address, class: address.endsWith('example.co.jp') ? 'internal' : 'external' })) },
      details: { summary: { categories: over.cats ?? { phone: 2, person_name: 2 } } },
    },
    hold: { stages: ['approval'], heldAt: 0, decidedAt: 100, decidedBy: 'suzuki.ichiro' },
    ...over,
  });
  it('counts same sender, same outside domain, same kinds of finding, approved by a person', () => {
    const current = base('NOW', { state: 'awaiting_approval', hold: { stages: ['approval'], heldAt: 0 } });
    const past = [
      base('P1', {}),
      base('P2', { to: ['b@partner.example.jp', 'c@example.co.jp'] }),
      base('P3', { hold: { stages: ['approval'], heldAt: 0, decidedAt: 300, decidedBy: 'takahashi.jiro' } }),
      base('X1', { mailFrom: 'other@example.co.jp' }),
      base('X2', { to: ['a@elsewhere.example.com'] }),
      base('X3', { cats: { my_number: 1 } }),
      base('X4', { state: 'denied' }),
      base('X5', { hold: { stages: ['selfCheck'], heldAt: 0, decidedAt: 1, decidedBy: 'sender:yamada.taro@example.co.jp' } }),
      base('X6', { inspection: null, purged: true }),
    ];
    const hint = computeFatigue(current, past);
    expect(hint.approvedCount).toBe(3);
    expect(hint.lastApprovedAt).toBe(300);
    expect(hint.domains).toEqual({ 'partner.example.jp': 3 });
    expect(hint.categories).toEqual(['person_name', 'phone']);
    expect(hint.text).toContain('過去 3 回承認');
    expect(hint.text).toContain('approved 3 time(s)');
    expect(computeFatigue(current, []).text).toBeNull();
  });
});
