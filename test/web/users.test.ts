/** Accounts in the web UI, the "approver without an account" warning, and what a department member may do. */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, createHarness, password, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('admin', ['admin']);
});
afterEach(async () => h.close());

async function admin(): Promise<Client> {
  const c = new Client(h.app);
  await c.signIn('admin');
  await c.get('/users');
  return c;
}

describe('accounts in the web UI', () => {
  it('admin adds, edits, disables, re-enables and resets a password; every change is audited', async () => {
    const c = await admin();
    const added = await c.post('/users', { _csrf: c.csrf, username: 'boss', displayName: '鈴木 部長', email: 'boss@example.co.jp', department: 'sales', roles: 'approver', password });
    expect(added.statusCode).toBe(200);
    expect(added.body).toContain('ユーザー boss を追加しました');
    expect((await new Client(h.app).signIn('boss')).statusCode).toBe(303);
    // A short password or no role is refused with a reason.
    expect((await c.post('/users', { _csrf: c.csrf, username: 'x1', email: 'x1@example.co.jp', roles: 'approver', password: 'short' })).statusCode).toBe(422);
    expect((await c.post('/users', { _csrf: c.csrf, username: 'x2', email: 'x2@example.co.jp', password })).statusCode).toBe(422);

    await c.get('/users/boss');
    await c.post('/users/boss', { _csrf: c.csrf, displayName: '鈴木 一郎', email: 'boss@example.co.jp', department: 'hr', roles: ['approver', 'auditor'] });
    expect(await h.store.getUser('boss')).toMatchObject({ displayName: '鈴木 一郎', department: 'hr', roles: ['approver', 'auditor'] });

    await c.post('/users/boss/disable', { _csrf: c.csrf });
    expect((await new Client(h.app).signIn('boss')).statusCode).toBe(401);
    await c.post('/users/boss/enable', { _csrf: c.csrf });
    await c.post('/users/boss/password', { _csrf: c.csrf, password: 'a brand new passphrase' });
    expect((await new Client(h.app).signIn('boss', 'a brand new passphrase')).statusCode).toBe(303);
    const actions = (await h.store.events({ actor: 'admin' })).map((e) => e.action);
    for (const a of ['user_created', 'user_updated', 'user_disabled', 'user_enabled', 'password_reset']) expect(actions).toContain(a);
    // Not for approvers.
    const boss = new Client(h.app);
    await boss.signIn('boss', 'a brand new passphrase');
    expect((await boss.get('/users')).statusCode).toBe(403);
  });

  it('admin unlocks a client locked out by failed sign-ins', async () => {
    await h.addUser('boss', ['approver']);
    const attacker = new Client(h.app, '203.0.113.5');
    for (let i = 0; i < 5; i++) await attacker.signIn('boss', 'wrong password 123');
    const c = await admin();
    const page = await c.get('/users/boss');
    expect(page.body).toContain('203.0.113.5');
    await c.post('/users/boss/unlock', { _csrf: c.csrf });
    expect((await attacker.signIn('boss')).statusCode).toBe(303);
    expect((await h.store.events({ action: 'sign_in_unlocked' })).length).toBe(1);
  });

  it('warns the admin about approvers and delegates in approvers.yaml without an account', async () => {
    const c = await admin();
    // The harness routing names `boss` (sales) and falls back to `admin`.
    const queue = (await c.get('/queue')).body;
    expect(queue).toContain('アカウントのない承認者がいます');
    expect(queue).toMatch(/<span class="mono">boss<\/span>[^<]*<span class="small muted">departments\.sales\.approvers/);
    await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp' });
    expect((await c.get('/queue')).body).not.toContain('アカウントのない承認者がいます');
  });

  it('a department member sees its mail and is told who decides (no 403 behind a button)', async () => {
    await h.addUser('boss', ['approver'], { email: 'boss@example.co.jp', department: 'sales' });
    await h.addUser('colleague', ['approver'], { email: 'colleague@example.co.jp', department: 'sales' });
    const m = await h.hold({});
    const c = new Client(h.app);
    await c.signIn('colleague');
    const page = (await c.get(`/messages/${m.id}`)).body;
    expect(page).toContain('部署の一員として閲覧できます');
    expect(page).toContain('（boss）');
    expect(page).not.toContain('id="approve-button"');
  });

  it('with no workflow.adminAddress, the admin accounts are told about a sender without an approver', async () => {
    const m = await h.hold({ from: 'stranger@other.example.com' });
    const notices = await h.store.list({ kind: 'notice', limit: 50 });
    const told = notices.find((n) => (n.client as Record<string, unknown>).generatedFor === m.id && (n.client as Record<string, unknown>).notice === 'admin_no_approver');
    expect(told?.rcptTo).toEqual(['admin@example.co.jp']);
  });
});
