import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueApiToken } from '../../src/web/auth/api-tokens.js';
import { Client, createHarness, selfCheckToken, type Harness } from './harness.js';

let h: Harness;
let bossToken: string;
let auditToken: string;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
  await h.addUser('audit', ['auditor']);
  bossToken = (await issueApiToken(h.store, h.clock, 'boss', 'test')).token;
  auditToken = (await issueApiToken(h.store, h.clock, 'audit', 'test')).token;
});
afterEach(async () => h.close());

const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

describe('REST API', () => {
  it('requires authentication and answers errors as JSON with a code', async () => {
    const c = new Client(h.app);
    const res = await c.json('GET', '/api/messages');
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ error: { code: 'unauthorized', message: expect.any(String) } });
    const bad = await c.json('GET', '/api/messages', undefined, bearer(`${bossToken.split('.')[0]}.wrongsecret`));
    expect(bad.statusCode).toBe(401);
    expect((await c.json('GET', '/api/nothing', undefined, bearer(bossToken))).json().error.code).toBe('not_found');
  });

  it('lists, shows and approves with an API token', async () => {
    const m = await h.hold({ subject: 'API で承認' });
    const c = new Client(h.app);
    const list = await c.json('GET', '/api/messages?status=awaiting_approval', undefined, bearer(bossToken));
    expect(list.statusCode).toBe(200);
    const body = list.json() as { messages: Array<Record<string, unknown>> };
    expect(body.messages).toHaveLength(1);
    expect(body.messages[0]).toMatchObject({ id: m.id, subject: 'API で承認', state: 'awaiting_approval', personCount: 2 });
    const one = await c.json('GET', `/api/messages/${m.id}`, undefined, bearer(bossToken));
    expect(one.json().message.findings[0]).toMatchObject({ category: 'phone', sample: '090-****-5678' });
    expect(one.json().message.findings[0].hashes).toBeUndefined();
    expect(one.json().timeline.some((e: { action: string }) => e.action === 'held')).toBe(true);
    expect((await h.store.events({ messageId: m.id, action: 'message_viewed' }))[0]!.detail.via).toBe('api');
    const approved = await c.json('POST', `/api/messages/${m.id}/approve`, { comment: 'ok' }, bearer(bossToken));
    expect(approved.statusCode).toBe(200);
    expect(approved.json().message.state).toBe('queued');
    const again = await c.json('POST', `/api/messages/${m.id}/approve`, {}, bearer(bossToken));
    expect(again.statusCode).toBe(409);
    expect(again.json().error.code).toBe('wrong_state');
  });

  it('rejects with a comment; auditors may read but not decide', async () => {
    const m = await h.hold({});
    const c = new Client(h.app);
    const forbidden = await c.json('POST', `/api/messages/${m.id}/reject`, { comment: 'no' }, bearer(auditToken));
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json().error.code).toBe('forbidden');
    expect((await c.json('GET', '/api/audit', undefined, bearer(auditToken))).statusCode).toBe(200);
    expect((await c.json('GET', '/api/audit', undefined, bearer(bossToken))).statusCode).toBe(403);
    const bad = await c.json('POST', `/api/messages/${m.id}/reject`, { comment: 42 }, bearer(bossToken));
    expect(bad.json().error.code).toBe('bad_request');
    const ok = await c.json('POST', `/api/messages/${m.id}/reject`, { comment: '宛先違い' }, bearer(bossToken));
    expect(ok.json().message.state).toBe('denied');
  });

  it('with a session cookie, a POST needs the X-CSRF-Token header', async () => {
    const m = await h.hold({});
    const c = new Client(h.app);
    await c.signIn('boss');
    await c.get('/queue');
    const without = await c.json('POST', `/api/messages/${m.id}/approve`, {});
    expect(without.statusCode).toBe(403);
    expect(without.json().error.code).toBe('csrf_failed');
    const withToken = await c.json('POST', `/api/messages/${m.id}/approve`, {}, { 'x-csrf-token': c.csrf });
    expect(withToken.statusCode).toBe(200);
  });

  it('confirms a self-check with the token (JSON only) and refuses a replay', async () => {
    const m = await h.hold({ stages: ['selfCheck', 'approval'] });
    const token = await selfCheckToken(h, m.id);
    const c = new Client(h.app);
    const form = await h.app.inject({ method: 'POST', url: `/api/self-check/${token}`, payload: 'action=confirm', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(form.statusCode).toBe(415);
    const res = await c.json('POST', `/api/self-check/${token}`, { action: 'confirm' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ id: m.id, state: 'awaiting_approval' });
    const replay = await c.json('POST', `/api/self-check/${token}`, { action: 'cancel' });
    expect(replay.statusCode).toBe(410);
    expect(replay.json().error.code).toBe('token_used');
    expect((await c.json('POST', '/api/self-check/abc.def', { action: 'confirm' })).json().error.code).toBe('token_invalid');
  });

  it('serves statistics to auditors', async () => {
    await h.hold({});
    const res = await new Client(h.app).json('GET', '/api/stats?days=7', undefined, bearer(auditToken));
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ period: 7, totalHeld: 1, outcomes: { pending: 1 } });
  });
});
