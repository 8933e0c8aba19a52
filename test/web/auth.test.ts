import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Client, createHarness, type Harness } from './harness.js';

let h: Harness;
beforeEach(async () => {
  h = await createHarness();
  await h.addUser('admin', ['admin']);
});
afterEach(async () => h.close());

describe('sign-in and sessions', () => {
  it('redirects to sign-in, signs in with the right password, and sets a strict HttpOnly cookie', async () => {
    const c = new Client(h.app);
    const first = await c.get('/queue');
    expect(first.statusCode).toBe(303);
    expect(first.headers.location).toMatch(/^\/sign-in\?next=%2Fqueue/);
    const res = await c.signIn('admin');
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe('/queue');
    const cookie = ([] as string[]).concat(res.headers['set-cookie'] as string | string[]).find((x) => x.startsWith('dlp_session='))!;
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    expect(cookie).not.toMatch(/Secure/); // plain http in this test
    expect((await c.get('/queue')).statusCode).toBe(200);
    // The store keeps a hash of the session id, not the cookie value.
    const value = c.cookies.get('dlp_session')!;
    expect(await h.store.getSession(value)).toBeUndefined();
    const events = await h.store.events({ action: 'signed_in' });
    expect(events.map((e) => e.actor)).toEqual(['admin']);
  });

  it('sends security headers (CSP without inline scripts, no framing, no referrer, nosniff)', async () => {
    const res = await new Client(h.app).get('/sign-in');
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['content-security-policy']).not.toContain('unsafe-inline');
    expect(res.headers['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res.headers['x-frame-options']).toBe('DENY');
    expect(res.headers['referrer-policy']).toBe('no-referrer');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.body).not.toMatch(/<script>(?!<\/)/);
    expect(res.body).not.toMatch(/ on[a-z]+="/);
  });

  it('five wrong passwords lock the account for that client only; the same answer for unknown, wrong and locked', async () => {
    await h.addUser('boss', ['approver']);
    const attacker = new Client(h.app, '203.0.113.66');
    const answers: string[] = [];
    const text = (body: string) => /class="alert error" role="alert">([^<]*)</.exec(body)?.[1] ?? '';
    for (let i = 0; i < 5; i++) {
      const res = await attacker.signIn('boss', 'wrong password 123');
      expect(res.statusCode).toBe(401);
      answers.push(text(res.body));
    }
    // Locked for the attacker's address: even the right password does not get in, and the answer is the same.
    const locked = await attacker.signIn('boss');
    expect(locked.statusCode).toBe(401);
    answers.push(text(locked.body));
    const unknown = await attacker.signIn('nobody-here', 'wrong password 123');
    answers.push(text(unknown.body));
    expect(new Set(answers)).toEqual(new Set(['ユーザー名またはパスワードが正しくありません。']));
    // The supervisor, from the office network, is not locked out.
    expect((await new Client(h.app, '198.51.100.20').signIn('boss')).statusCode).toBe(303);
    // The owner was told, at the account's own address.
    const notices = await h.store.list({ kind: 'notice', limit: 10 });
    const lockNotice = notices.find((n) => (n.client as Record<string, unknown>).notice === 'sign_in_locked');
    expect(lockNotice?.rcptTo).toEqual(['boss@example.co.jp']);
    const audit = await h.store.events({ action: 'sign_in_locked' });
    expect(audit.some((e) => e.actor === 'boss' && e.detail.ip === '203.0.113.66')).toBe(true);
    // After the lock the attacker's address may try again; the next lock lasts twice as long.
    h.clock.advance(15 * 60_000 + 1);
    for (let i = 0; i < 5; i++) await attacker.signIn('boss', 'wrong password 123');
    h.clock.advance(15 * 60_000 + 1);
    expect((await attacker.signIn('boss')).statusCode).toBe(401);
    h.clock.advance(15 * 60_000);
    expect((await attacker.signIn('boss')).statusCode).toBe(303);
  });

  it('never counts successful sign-ins: many people behind one address sign in all day', async () => {
    for (let i = 0; i < 30; i++) await h.addUser(`user${i}`, ['approver']);
    const codes: number[] = [];
    for (let i = 0; i < 30; i++) codes.push((await new Client(h.app, '192.0.2.1').signIn(`user${i}`)).statusCode);
    expect(codes.every((x) => x === 303)).toBe(true);
  });

  it('slows a client that fails against many accounts (429), without affecting other clients', async () => {
    const c = new Client(h.app, '203.0.113.9');
    const codes: number[] = [];
    for (let i = 0; i < 51; i++) codes.push((await c.signIn(`nobody${i}`, 'wrong password 123')).statusCode);
    expect(codes.slice(0, 50).every((x) => x === 401)).toBe(true);
    expect(codes[50]).toBe(429);
    expect((await new Client(h.app, '203.0.113.10').signIn('admin')).statusCode).toBe(303);
  });

  it('refuses a sign-in POST without the page token', async () => {
    const c = new Client(h.app);
    const res = await c.post('/sign-in', { username: 'admin', password: 'correct horse battery' });
    expect(res.statusCode).toBe(403);
  });

  it('expires sessions after 30 idle minutes and after 12 hours in any case', async () => {
    const c = new Client(h.app);
    await c.signIn('admin');
    h.clock.advance(29 * 60_000);
    expect((await c.get('/queue')).statusCode).toBe(200);
    h.clock.advance(31 * 60_000);
    const idle = await c.get('/queue');
    expect(idle.statusCode).toBe(303);
    expect(idle.headers.location).toContain('expired=1');

    const d = new Client(h.app);
    await d.signIn('admin');
    for (let i = 0; i < 25; i++) {
      h.clock.advance(29 * 60_000);
      const res = await d.get('/queue');
      if (i < 24) expect(res.statusCode).toBe(200);
      else expect(res.statusCode).toBe(303); // 25 × 29 min > 12 h
    }
  });

  it('signs out (POST with CSRF) and the session is gone', async () => {
    const c = new Client(h.app);
    await c.signIn('admin');
    await c.get('/queue');
    expect((await c.post('/sign-out', {})).statusCode).toBe(403);
    expect((await c.post('/sign-out', { _csrf: c.csrf })).statusCode).toBe(303);
    expect((await c.get('/queue')).statusCode).toBe(303);
  });

  it('does not redirect off-site after sign-in', async () => {
    const c = new Client(h.app);
    await c.get('/sign-in?next=//evil.example/');
    const res = await c.post('/sign-in', { _csrf: c.csrf, username: 'admin', password: 'correct horse battery', next: '//evil.example/' });
    expect(res.headers.location).toBe('/queue');
  });
});

describe('behind a reverse proxy (web.trustProxy)', () => {
  let p: Harness;
  beforeEach(async () => {
    p = await createHarness({ trustProxy: ['10.0.0.5'] });
    await p.addUser('boss', ['approver']);
  });
  afterEach(async () => p.close());

  it('counts failures per real client (X-Forwarded-For from the trusted proxy), and ignores the header from anyone else', async () => {
    const viaProxy = (client: string) => {
      const c = new Client(p.app, '10.0.0.5');
      const post = c.post.bind(c);
      c.post = (url, form, headers = {}) => post(url, form, { 'x-forwarded-for': client, ...headers });
      return c;
    };
    const attacker = viaProxy('203.0.113.66');
    for (let i = 0; i < 5; i++) await attacker.signIn('boss', 'wrong password 123');
    expect((await attacker.signIn('boss')).statusCode).toBe(401);
    // The supervisor comes through the same proxy from another address: not locked out.
    expect((await viaProxy('198.51.100.20').signIn('boss')).statusCode).toBe(303);
    const locked = await p.store.events({ action: 'sign_in_locked' });
    expect(locked[0]!.detail.ip).toBe('203.0.113.66');
    // A client that is not the proxy cannot choose its address with the header.
    const direct = new Client(p.app, '203.0.113.99');
    const post = direct.post.bind(direct);
    direct.post = (url, form, headers = {}) => post(url, form, { 'x-forwarded-for': '198.51.100.20', ...headers });
    await direct.signIn('boss', 'wrong password 123');
    const failed = await p.store.events({ action: 'sign_in_failed' });
    expect(failed.at(-1)!.detail.ip).toBe('203.0.113.99');
  });
});
