import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, createHarness, selfCheckToken, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
});
afterEach(async () => h.close());

describe('sender self-check page', () => {
  it('shows what was found, requires the checklist, and confirms once', async () => {
    const m = await h.hold({ stages: ['selfCheck', 'approval'], subject: '<b>見積書</b>' });
    const token = await selfCheckToken(h, m.id);
    const c = new Client(h.app);
    const page = await c.get(`/self-check/${token}`);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain('送信前の確認');
    expect(page.body).toContain('&lt;b&gt;見積書&lt;/b&gt;');
    expect(page.body).toContain('090-****-5678');
    expect(page.body).toContain('sato@partner.example.jp');
    expect(page.body).toContain('名簿.xlsx');
    expect(page.body).toContain('name="check_recipients"');
    // Without the page's token: refused.
    expect((await c.post(`/self-check/${token}/confirm`, { check_recipients: '1', check_attachments: '1', check_body: '1' })).statusCode).toBe(403);
    // Not every box ticked: the form again, nothing consumed.
    const partial = await c.post(`/self-check/${token}/confirm`, { _csrf: c.csrf, check_recipients: '1' });
    expect(partial.statusCode).toBe(422);
    expect(partial.body).toContain('すべての確認項目');
    expect((await h.store.get(m.id))!.state).toBe('awaiting_self_check');
    const done = await c.post(`/self-check/${token}/confirm`, { _csrf: c.csrf, check_recipients: '1', check_attachments: '1', check_body: '1' });
    expect(done.statusCode).toBe(200);
    expect(done.body).toContain('上長の承認後に送信されます');
    expect((await h.store.get(m.id))!.state).toBe('awaiting_approval');
    const again = await c.get(`/self-check/${token}`);
    expect(again.body).toContain('確認は済んでいます。上長の承認後に送信されます');
  });

  it('an expired message says it expired, not that it was confirmed', async () => {
    const m = await h.hold({ stages: ['selfCheck'] });
    const token = await selfCheckToken(h, m.id);
    h.clock.advance(10 * 24 * 3600_000);
    await h.workflow.tick(h.clock.now());
    expect((await h.store.get(m.id))!.state).toBe('expired');
    const page = await new Client(h.app).get(`/self-check/${token}`);
    expect(page.body).not.toContain('既に済んでいます');
    expect(page.body).toMatch(/期限切れ|有効期限が切れています/);
  });

  it("on a phone: what happens next and the buttons first, findings grouped by file, the sender's own signature not listed", async () => {
    const m = await h.hold({ stages: ['selfCheck', 'approval'] });
    const record = (await h.store.get(m.id))!;
    const inspection = structuredClone(record.inspection) as { details: { findings: Array<Record<string, unknown>> } };
    inspection.details.findings.push(
      { category: 'person_name', confidence: 'medium', count: 1, location: 'body (text/plain)', sample: '山田 **', hashes: ['own'] },
      { category: 'phone', confidence: 'high', count: 3, location: 'attachment[1] 名簿.xlsx › Sheet1!C9', sample: '080-****-1111', hashes: ['h9'] },
    );
    expect(await h.store.update(m.id, ['awaiting_self_check'], { inspection }, null)).toBe(true);
    const token = await selfCheckToken(h, m.id);
    const page = (await new Client(h.app).get(`/self-check/${token}`)).body;
    // The decision comes before the details, and says what happens next.
    expect(page.indexOf('id="confirm-button"')).toBeLessThan(page.indexOf('class="finding-file"'));
    expect(page).toContain('上長の承認を経て送信されます');
    expect(page).toContain('確認して上長へ送る');
    // The file's path once, then the places inside it.
    expect(page.match(/<h3 class="mono">attachment\[1\] 名簿.xlsx<\/h3>/g)?.length).toBe(1);
    expect(page).toContain('Sheet1!C9');
    // 山田 太郎 is the sender: their own name (signature) is not a finding to check.
    expect(page).not.toContain('山田 **');
    expect(page).toContain('佐藤 **');
  });

  it('cancels', async () => {
    const m = await h.hold({ stages: ['selfCheck'] });
    const token = await selfCheckToken(h, m.id);
    const c = new Client(h.app);
    await c.get(`/self-check/${token}`);
    // 取消 is final: it asks once more, and nothing happens until the sender says yes.
    const ask = await c.post(`/self-check/${token}/cancel`, { _csrf: c.csrf });
    expect(ask.body).toContain('送信を取り消しますか？');
    expect((await h.store.get(m.id))!.state).toBe('awaiting_self_check');
    const res = await c.post(`/self-check/${token}/cancel`, { _csrf: c.csrf, confirmCancel: '1' });
    expect(res.body).toContain('送信を取り消しました');
    expect((await h.store.get(m.id))!.state).toBe('cancelled');
  });

  it('refuses a forged or tampered link', async () => {
    const res = await new Client(h.app).get('/self-check/eyJtIjoiWCJ9.AAAA');
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain('このリンクは無効です');
  });
});
