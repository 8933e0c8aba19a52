/**
 * Considered approval is the server's rule: a 4,000-person roster to eight outside addresses
 * cannot leave by bulk approval, the queue's shortcut form or the REST API unless this approver
 * opened it (a recorded view) and confirmed what is leaving; the audit keeps what they saw.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueApiToken } from '../../src/web/auth/api-tokens.js';
import { Client, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
});
afterEach(async () => h.close());

const eight = Array.from({ length: 8 }, (_, i) => `person${i + 1}@partner${i % 3}.example.jp`);
const statement = '4,000人分の個人データを社外 8 宛先へ送信する';

async function signedIn(): Promise<Client> {
  const c = new Client(h.app);
  await c.signIn('boss');
  await c.get('/queue');
  return c;
}

describe('considered approval of high-risk holds', () => {
  it('is never offered for bulk, and bulk or the queue shortcut cannot release it', async () => {
    const roster = await h.hold({ to: eight, personCount: 4000, subject: '職員名簿' });
    const small = await h.hold({ subject: '見積書' });
    const c = await signedIn();
    const queue = await c.get('/queue');
    expect(queue.body).toContain(`data-id="${small.id}"`);
    expect(queue.body).toMatch(new RegExp(`data-bulk-safe="0" data-id="${roster.id}"`));
    expect(queue.body).not.toContain(`value="${roster.id}" form="bulk-form"`);

    // A forged bulk form that names it anyway.
    const bulk = await c.post('/queue/approve-selected', { _csrf: c.csrf, ids: [roster.id, small.id] });
    expect(bulk.headers.location).toBe('/queue?done=bulk&n=1&skipped=1');
    // The queue's "a" shortcut posts straight to the message's approve URL.
    const shortcut = await c.post(`/messages/${roster.id}/approve`, { _csrf: c.csrf, comment: '', from: 'queue' });
    expect(shortcut.headers.location).toBe(`/messages/${roster.id}?error=view_required#decision`);
    expect((await h.store.get(roster.id))!.state).toBe('awaiting_approval');
    const refused = await h.store.events({ messageId: roster.id, action: 'approve_refused' });
    expect(refused.map((e) => e.detail.reason)).toContain('view_required');
  });

  it('opened and confirmed on the page: released, and the audit records what was seen and confirmed', async () => {
    const roster = await h.hold({ to: eight, personCount: 4000, subject: '職員名簿' });
    const c = await signedIn();
    const page = await c.get(`/messages/${roster.id}`);
    expect(page.body).toContain('慎重な承認が必要なメールです');
    expect(page.body).toContain('4,000 人分の個人データ（基準: 100 人以上）');
    expect(page.body).toContain(`確認しました: ${statement}`);
    // Opened, but the box not ticked.
    const unticked = await c.post(`/messages/${roster.id}/approve`, { _csrf: c.csrf });
    expect(unticked.headers.location).toBe(`/messages/${roster.id}?error=confirmation_required#decision`);
    expect((await c.get(unticked.headers.location as string)).body).toContain('送信される内容を確認するチェック');
    // A statement about something else does not count.
    const wrong = await c.post(`/messages/${roster.id}/approve`, { _csrf: c.csrf, confirm: '2人分の個人データを社外 1 宛先へ送信する' });
    expect(wrong.headers.location).toContain('error=confirmation_required');
    const ok = await c.post(`/messages/${roster.id}/approve`, { _csrf: c.csrf, confirm: statement });
    expect(ok.headers.location).toBe(`/messages/${roster.id}?done=approved`);
    expect((await h.store.get(roster.id))!.state).toBe('queued');
    const [approved] = await h.store.events({ messageId: roster.id, action: 'approved' });
    const considered = approved!.detail.considered as { confirmed: string; seen: { persons: number; outsideRecipients: number }; risks: Array<{ kind: string }>; viewedAt: number };
    expect(considered.confirmed).toBe(statement);
    expect(considered.seen).toMatchObject({ persons: 4000, outsideRecipients: 8 });
    expect(considered.risks.map((r) => r.kind)).toEqual(['bulk_personal_data']);
    expect(considered.viewedAt).toBeGreaterThan(0);
  });

  it('through the API: 422 until the message was fetched and the statement is sent back', async () => {
    const roster = await h.hold({ to: eight, personCount: 4000, subject: '職員名簿' });
    const special = await h.hold({ sensitive: true, subject: '健康診断' });
    const token = (await issueApiToken(h.store, h.clock, 'boss', 'test')).token;
    const api = (method: 'GET' | 'POST', url: string, body?: unknown) =>
      h.app.inject({ method, url, headers: { authorization: `Bearer ${token}`, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { payload: JSON.stringify(body) } : {}) });
    const blind = await api('POST', `/api/messages/${roster.id}/approve`, { comment: 'ok' });
    expect(blind.statusCode).toBe(422);
    expect(blind.json().error.code).toBe('view_required');
    const shown = (await api('GET', `/api/messages/${roster.id}`)).json().message;
    expect(shown.bulkSafe).toBe(false);
    expect(shown.consideredApproval).toMatchObject({ required: true, statement: { ja: statement } });
    const unconfirmed = await api('POST', `/api/messages/${roster.id}/approve`, {});
    expect(unconfirmed.json().error.code).toBe('confirmation_required');
    const confirmed = await api('POST', `/api/messages/${roster.id}/approve`, { confirm: shown.consideredApproval.statement.en });
    expect(confirmed.statusCode).toBe(200);
    expect((await h.store.get(roster.id))!.state).toBe('queued');

    // 要配慮 (special-care) data in a two-person mail is high-risk too.
    const info = (await api('GET', `/api/messages/${special.id}`)).json().message.consideredApproval;
    expect(info.risks.map((r: { kind: string }) => r.kind)).toEqual(['sensitive']);
    expect(info.statement.ja).toBe('要配慮個人情報を含む2人分の個人データを社外 1 宛先へ送信する');
  });

  it('an ordinary hold needs no confirmation (no rubber stamp where one glance is enough)', async () => {
    const small = await h.hold({ subject: '見積書' });
    const c = await signedIn();
    const page = await c.get(`/messages/${small.id}`);
    expect(page.body).not.toContain('慎重な承認');
    expect((await c.post(`/messages/${small.id}/approve`, { _csrf: c.csrf })).headers.location).toBe(`/messages/${small.id}?done=approved`);
  });
});
