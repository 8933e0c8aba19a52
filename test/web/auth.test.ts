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

  it('locks the account for 15 minutes after 5 wrong passwords', async () => {
    const c = new Client(h.app);
    for (let i = 0; i < 4; i++) {
      const res = await c.signIn('admin', 'wrong password 123');
      expect(res.statusCode).toBe(401);
      expect(res.body).toContain('ユーザー名またはパスワードが正しくありません');
    }
    const fifth = await c.signIn('admin', 'wrong password 123');
    expect(fifth.body).toContain('ロックされています');
    const right = await c.signIn('admin');
    expect(right.statusCode).toBe(401);
    expect(right.body).toContain('ロックされています');
    h.clock.advance(15 * 60_000 + 1);
    expect((await c.signIn('admin')).statusCode).toBe(303);
    expect((await h.store.events({ action: 'sign_in_locked' })).length).toBeGreaterThanOrEqual(1);
  });

  it('rate-limits sign-in attempts per client address', async () => {
    const c = new Client(h.app, '203.0.113.9');
    const codes: number[] = [];
    for (let i = 0; i < 11; i++) codes.push((await c.signIn(`nobody${i}`, 'wrong password 123')).statusCode);
    expect(codes.slice(0, 10).every((x) => x === 401)).toBe(true);
    expect(codes[10]).toBe(429);
    // Another address is not affected.
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
