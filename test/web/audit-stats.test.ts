import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/web/audit/csv.js';
import { computeHoldStats, median } from '../../src/web/stats/compute.js';
import { isBulkSafe } from '../../src/web/view/bulk-safety.js';
import type { MessageRecord } from '../../src/store/types.js';
import { Client, createHarness, reportFor, type Harness } from './harness.js';

describe('CSV export format', () => {
  it('quotes, doubles quotes, neutralises formulas, and starts with a BOM', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line\nbreak')).toBe('"line\nbreak"');
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell('-1+2')).toBe("'-1+2");
    expect(csvCell({ a: 1 })).toBe('"{""a"":1}"');
    const csv = toCsv(['h1', 'h2'], [['山田', null]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv).toBe('\uFEFFh1,h2\r\n山田,\r\n');
  });
});

describe('statistics', () => {
  const day = 86_400_000;
  const now = Date.parse('2026-11-24T12:00:00+09:00');
  function rec(id: string, state: MessageRecord['state'], rule: string, heldAt: number, decided?: { by: string; at: number }): MessageRecord {
    return {
      id, kind: 'mail', receivedAt: heldAt, updatedAt: heldAt, mailFrom: 'a@example.co.jp', rcptTo: ['b@x.example'], size: 1, state, recipients: [],
      attempts: 0, nextAttemptAt: 0, lastError: null, client: {}, purged: false,
      inspection: reportFor(['b@x.example'], ['approval'], { ruleId: rule }),
      hold: { stages: ['approval'], heldAt, ...(decided ? { decidedBy: decided.by, decidedAt: decided.at } : {}) },
    };
  }

  it('counts per day by rule and category, outcomes, approver medians and false-positive candidates', () => {
    const records = [
      ...Array.from({ length: 6 }, (_, i) => rec(`n${i}`, 'delivered', 'noisy-rule', now - day, { by: 'boss', at: now - day + (i + 1) * 60_000 })),
      rec('d1', 'denied', 'strict-rule', now, { by: 'chief', at: now + 600_000 }),
      rec('x1', 'expired', 'strict-rule', now - 2 * day),
      rec('p1', 'awaiting_approval', 'strict-rule', now),
      rec('c1', 'cancelled', 'strict-rule', now),
      rec('r1', 'returned', 'strict-rule', now, { by: 'chief', at: now + 300_000 }),
    ];
    const s = computeHoldStats(records, [], now, 7);
    expect(s.days).toHaveLength(7);
    expect(s.days[6]).toBe('2026-11-24');
    expect(s.totalHeld).toBe(11);
    expect(s.byRule.find((r) => r.name === 'noisy-rule')!.values[5]).toBe(6);
    expect(s.byRule.find((r) => r.name === 'strict-rule')!.values[6]).toBe(4);
    expect(s.byCategory.find((r) => r.name === 'phone')!.values.reduce((a, b) => a + b)).toBe(11);
    expect(s.outcomes).toEqual({ released: 6, denied: 1, returned: 1, cancelled: 1, expired: 1, pending: 1 });
    expect(s.approvers[0]).toEqual({ approver: 'boss', decisions: 6, medianMs: 3.5 * 60_000 });
    expect(s.approvers[1]).toEqual({ approver: 'chief', decisions: 2, medianMs: 450_000 });
    expect(s.falsePositiveCandidates.map((r) => r.rule)).toEqual(['noisy-rule']);
    expect(median([3, 1, 2])).toBe(2);
  });

  it('bulk safety excludes special-care data, My Number and lookalikes', () => {
    const base = { state: 'awaiting_approval', categories: [{ category: 'phone', count: 1 }], recipients: [{}], attachments: [{}], report: { findings: [] } };
    expect(isBulkSafe(base)).toBe(true);
    expect(isBulkSafe({ ...base, state: 'awaiting_self_check' })).toBe(false);
    expect(isBulkSafe({ ...base, categories: [{ category: 'sensitive.medical', count: 1 }] })).toBe(false);
    expect(isBulkSafe({ ...base, categories: [{ category: 'my_number', count: 1 }] })).toBe(false);
    expect(isBulkSafe({ ...base, recipients: [{ lookalikeOf: 'example.co.jp' }] })).toBe(false);
    expect(isBulkSafe({ ...base, attachments: [{ encrypted: true }] })).toBe(false);
  });
});

describe('audit and statistics pages', () => {
  let h: Harness;
  beforeEach(async () => {
    h = await createHarness();
    await h.addUser('audit', ['auditor']);
    await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
  });
  afterEach(async () => h.close());

  it('filters the audit log and exports CSV for Excel; approvers may not see it', async () => {
    const m = await h.hold({ subject: 'x' });
    await h.store.appendEvent({ at: h.clock.now(), messageId: m.id, actor: 'boss', action: 'approved', detail: { comment: '=cmd|"/c calc"!A1, "quoted"' } });
    const c = new Client(h.app);
    await c.signIn('audit');
    const page = await c.get('/audit?action=approved');
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(m.id);
    expect(page.body).not.toContain('signed_in</span>');
    const byActor = await c.get('/audit?actor=nobody');
    expect(byActor.body).toContain('該当するログはありません');
    const csv = await c.get(`/audit.csv?messageId=${m.id}`);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toContain('attachment');
    expect(csv.rawPayload.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf]))).toBe(true);
    const lines = csv.body.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('at,actor,action,message_id,detail');
    expect(csv.body).toContain('"{""comment"":""=cmd|\\""/c calc\\""!A1, \\""quoted\\""""}"');
    expect(lines.some((l) => l.includes(',boss,approved,'))).toBe(true);
    const future = await c.get('/audit?from=2030-01-01&to=2030-01-02');
    expect(future.body).toContain('該当するログはありません');

    const b = new Client(h.app);
    await b.signIn('boss');
    expect((await b.get('/audit')).statusCode).toBe(403);
  });

  it('renders the statistics page with inline SVG charts', async () => {
    await h.hold({});
    const c = new Client(h.app);
    await c.signIn('audit');
    const res = await c.get('/stats?days=7');
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<svg class="chart"');
    expect(res.body).toContain('日別の保留件数（ルール別）');
    expect(res.body).not.toContain('style=');
  });
});
