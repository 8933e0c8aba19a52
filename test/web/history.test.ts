import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
  await h.addUser('admin', ['admin']);
});
afterEach(async () => h.close());

describe('history of decided mail', () => {
  it('lists decided holds with who decided and when, filtered by state, approver, sender and rule', async () => {
    const approved = await h.hold({ subject: '承認した見積書' });
    const denied = await h.hold({ subject: '却下した名簿', ruleId: 'bulk-roster' });
    const returned = await h.hold({ subject: '差し戻した請求書', from: 'kato@example.co.jp' });
    const waiting = await h.hold({ subject: 'まだ保留中' });
    const c = new Client(h.app);
    await c.signIn('boss');
    await c.get('/queue');
    await c.post(`/messages/${approved.id}/approve`, { _csrf: c.csrf });
    await c.post(`/messages/${denied.id}/reject`, { _csrf: c.csrf, reason: 'too_much_personal_data' });
    await c.post(`/messages/${returned.id}/return`, { _csrf: c.csrf, comment: '宛先を直してください' });

    const all = (await c.get('/history')).body;
    for (const m of [approved, denied, returned]) expect(all).toContain(`data-id="${m.id}"`);
    expect(all).not.toContain(`data-id="${waiting.id}"`);
    expect(all).toContain('必要以上の個人データを含む');
    expect(all).toContain('差し戻し');
    expect(all.match(/<td data-label="判断">boss/g)?.length).toBe(3);

    const onlyDenied = (await c.get('/history?state=denied')).body;
    expect(onlyDenied).toContain(`data-id="${denied.id}"`);
    expect(onlyDenied).not.toContain(`data-id="${approved.id}"`);
    expect((await c.get('/history?sender=kato')).body.match(/class="hrow"/g)?.length).toBe(1);
    expect((await c.get('/history?rule=bulk-roster')).body.match(/class="hrow"/g)?.length).toBe(1);
    expect((await c.get('/history?approver=nobody')).body).toContain('条件に合うメールはありません');
    // Dates are Japan days; a window before the mail lists nothing.
    expect((await c.get('/history?from=2026-01-01&to=2026-01-31')).body).toContain('条件に合うメールはありません');
  });
});
