/** Japanese mode reads as Japanese: rules, reasons, timeline, audit details, numbers, chart ticks. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stackedBarChart } from '../../src/web/stats/charts.js';
import { reasonText } from '../../src/web/words.js';
import { parsePolicyText } from '../../src/policy/parse-policy.js';
import { Client, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
  await h.addUser('admin', ['admin']);
});
afterEach(async () => h.close());

async function withRules(id: string): Promise<void> {
  const record = (await h.store.get(id))!;
  const inspection = structuredClone(record.inspection) as { verdict: { matched: Array<Record<string, unknown>> }; details: { findings: Array<Record<string, unknown>> } };
  inspection.verdict.matched = [
    { ...inspection.verdict.matched[0], description: '個人データの社外送信 / Personal data to outside', reason: '電話番号と氏名が社外宛てに含まれています / Phone numbers and names to outside' },
    { id: 'tag-finance', description: '経理の添付に印を付ける / Tag finance attachments', action: { kind: 'pass' }, reason: 'tag', monitorOnly: false, tags: ['finance'], notify: [] },
  ];
  inspection.details.findings[0]!.reason = 'format + keyword';
  inspection.details.findings[1]!.reason = 'name column';
  expect(await h.store.update(id, ['awaiting_approval'], { inspection }, null)).toBe(true);
}

describe('Japanese is Japanese', () => {
  it('message page: rule in Japanese only, reasons in words, tag-only rule not a reason, numbers with separators', async () => {
    const m = await h.hold({ personCount: 4000 });
    await withRules(m.id);
    const c = new Client(h.app);
    await c.signIn('boss');
    const page = (await c.get(`/messages/${m.id}`)).body;
    const why = page.slice(page.indexOf('o-why'), page.indexOf('o-findings'));
    expect(why).toContain('個人データの社外送信');
    expect(why).not.toContain('Personal data to outside');
    expect(why).not.toContain('tag-finance');
    expect(page).toContain('形式 + 関連語');
    expect(page).toContain('氏名の列');
    expect(page).toContain('4,000');
    expect(page).not.toMatch(/>4000</);
    // English mode gets the English half.
    const en = (await c.get(`/messages/${m.id}?lang=en`)).body;
    expect(en).toContain('Personal data to outside');
    expect(en).toContain('format + keyword');
  });

  it('timeline and audit speak in words, not codes or JSON', async () => {
    const m = await h.hold({});
    const c = new Client(h.app);
    await c.signIn('boss');
    await c.get(`/messages/${m.id}`);
    await c.post(`/messages/${m.id}/reject`, { _csrf: c.csrf }); // refused: no reason
    const page = (await c.get(`/messages/${m.id}`)).body;
    const timeline = page.slice(page.indexOf('o-timeline'));
    expect(timeline).toContain('却下を拒否');
    expect(timeline).toContain('理由: 理由なし');
    expect(timeline).not.toContain('reject_refused</b>');
    const a = new Client(h.app);
    await a.signIn('admin');
    const audit = (await a.get('/audit')).body;
    expect(audit).toContain('接続元:');
    expect(audit).not.toMatch(/\{&quot;ip&quot;/);
    expect(audit).not.toContain('{"ip"');
  });

  it('chart ticks are whole numbers and reasons translate part by part', () => {
    for (const top of [1, 3, 7, 13, 19, 25, 61, 130, 999]) {
      const svg = stackedBarChart(['2026-11-01'], [{ name: 'r', values: [top] }], 't');
      const ticks = [...svg.matchAll(/text-anchor="end"[^>]*>([^<]+)</g)].map((x) => Number(x[1]!.replace(/,/g, '')));
      expect(ticks).toHaveLength(5);
      for (const t of ticks) expect(Number.isInteger(t), `${top}: ${ticks.join(' ')}`).toBe(true);
      expect(Math.max(...ticks)).toBeGreaterThanOrEqual(top);
    }
    expect(reasonText('check digit + keyword', 'ja')).toBe('検査数字が一致 + 関連語');
    expect(reasonText('column 電話番号', 'ja')).toBe('列「電話番号」');
  });

  it('a policy may write descriptions as {ja, en}', () => {
    const policy = parsePolicyText(`
version: 1
organisation: { internalDomains: [example.co.jp] }
rules:
  - id: r1
    description: { ja: 個人データの社外送信, en: Personal data to outside }
    when: { findings: { category: phone } }
    action: { hold: [approval] }
`, { file: 'test.yaml', builtinFreemail: [] });
    expect(policy.rules[0]!.description).toBe('個人データの社外送信 / Personal data to outside');
  });
});
