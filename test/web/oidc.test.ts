/**
 * Single sign-on against a real OpenID Provider (oidc-provider on a free port): the gateway's
 * web UI in process (app.inject), the provider over real HTTP with its own login and consent
 * forms. Asserts what a person and an auditor see: where they land, with which roles, what is
 * refused, and the audit rows.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { Client, createHarness, password, type Harness } from './harness.js';
import { boundToken } from '../../src/web/auth/csrf.js';
import { signInAtProvider as atProvider, startTestOp, testAccounts, type TestAccount, type TestOp } from '../helpers/oidc-provider.js';

const base = 'http://dlp.test';
const secretEnv = 'DLP_TEST_OIDC_SECRET';
const clientSecret = 'test-client-secret-0123456789abcdef';
const signInAtProvider = (url: string, login: string, opts: { abort?: boolean } = {}) => atProvider(url, login, base, opts);

function providerConfig(op: TestOp, extra: Record<string, unknown> = {}) {
  return {
    id: 'corp',
    label: { ja: 'テスト IdP', en: 'Test IdP' },
    issuer: op.issuer,
    clientId: 'dlp-gateway',
    clientSecretEnv: secretEnv,
    scopes: ['openid', 'profile', 'email', 'groups'],
    rolesClaim: 'groups',
    roleMap: { 'dlp-approvers': ['approver'], 'dlp-admins': ['admin'] },
    allowedDomains: ['example.co.jp'],
    departmentClaim: 'department',
    allowInsecureHttp: true,
    ...extra,
  };
}

describe('single sign-on with OpenID Connect (real provider)', () => {
  let op: TestOp;
  let h: Harness;
  const accounts: TestAccount[] = testAccounts.map((a) => ({ ...a, groups: [...a.groups] }));

  beforeAll(async () => {
    process.env[secretEnv] = clientSecret;
    op = await startTestOp(accounts);
    op.configure({ clientId: 'dlp-gateway', clientSecret, redirectUris: [`${base}/sign-in/oidc/corp/callback`], postLogoutRedirectUris: [`${base}/sign-in`] });
    h = await createHarness({ config: { 'web.baseUrl': base, 'web.localSignIn': 'admins', 'web.oidc.providers': [providerConfig(op)] } });
    await h.addUser('breakglass', ['admin']);
    await h.addUser('tanaka', ['approver']);
  });
  afterAll(async () => {
    await h?.close();
    await op?.close();
  });

  /** Button → provider → callback; returns the gateway client (signed in or not) and the callback answer. */
  async function ssoSignIn(login: string, next = '/queue') {
    const gw = new Client(h.app);
    const page = await gw.get(`/sign-in?next=${encodeURIComponent(next)}`);
    const href = /id="sso-corp" href="([^"]+)"/.exec(page.body)![1]!.replace(/&amp;/g, '&');
    const start = await gw.get(href);
    expect(start.statusCode).toBe(303);
    const authUrl = new URL(start.headers.location as string);
    expect(authUrl.origin).toBe(op.issuer);
    expect(authUrl.searchParams.get('code_challenge_method')).toBe('S256');
    const callback = await signInAtProvider(authUrl.href, login);
    const pendingCookie = gw.cookies.get('dlp_oidc');
    const done = await gw.get(callback.slice(base.length));
    return { gw, done, callback, pendingCookie };
  }

  it('shows one button per provider, Japanese first and in English on request', async () => {
    const gw = new Client(h.app);
    expect((await gw.get('/sign-in')).body).toContain('テスト IdPでサインイン');
    expect((await gw.get('/sign-in?lang=en')).body).toContain('Sign in with Test IdP');
  });

  it('signs a mapped approver in, creates the account just in time and returns to the page they came from', async () => {
    const { gw, done } = await ssoSignIn('yamada', '/history?state=approved');
    expect(done.statusCode).toBe(200);
    expect(done.headers.refresh).toBe('0;url=/history?state=approved');
    const user = await h.store.getUser('yamada.taro@example.co.jp');
    expect(user).toMatchObject({ email: 'yamada.taro@example.co.jp', displayName: '山田 太郎', roles: ['approver'], department: '営業部', passwordHash: '' });
    expect(await h.store.getIdentity('corp', 'yamada')).toMatchObject({ username: 'yamada.taro@example.co.jp' });
    const queue = await gw.get('/queue');
    expect(queue.statusCode).toBe(200);
    expect(queue.body).toContain('山田 太郎');
    const signedIn = await h.store.events({ action: 'signed_in', actor: 'yamada.taro@example.co.jp' });
    expect(signedIn.at(-1)?.detail).toMatchObject({ method: 'oidc', provider: 'corp', roles: ['approver'], created: true });
    expect(await h.store.events({ action: 'user_provisioned', actor: 'yamada.taro@example.co.jp' })).toHaveLength(1);
  });

  it('gives people whose groups are not mapped the default role (sender)', async () => {
    const { done } = await ssoSignIn('sato');
    expect(done.statusCode).toBe(200);
    expect(done.headers.refresh).toBe('0;url=/queue');
    expect((await h.store.getUser('sato.hanako@example.co.jp'))?.roles).toEqual(['sender']);
  });

  it('updates roles from the groups at the next sign-in and audits the change', async () => {
    await ssoSignIn('sato');
    accounts.find((a) => a.sub === 'sato')!.groups.push('dlp-approvers');
    await ssoSignIn('sato');
    expect((await h.store.getUser('sato.hanako@example.co.jp'))?.roles).toEqual(['approver']);
    const changed = await h.store.events({ action: 'user_roles_changed', actor: 'sato.hanako@example.co.jp' });
    expect(changed.at(-1)?.detail).toMatchObject({ provider: 'corp', from: ['sender'], to: ['approver'] });
    expect(await h.store.events({ action: 'user_provisioned', actor: 'sato.hanako@example.co.jp' })).toHaveLength(1);
  });

  it('rejects a callback whose state does not match, and one without a pending sign-in', async () => {
    const gw = new Client(h.app);
    const start = await gw.get('/sign-in/oidc/corp');
    const callback = new URL(await signInAtProvider(start.headers.location as string, 'yamada'));
    callback.searchParams.set('state', 'forged-state');
    const before = (await h.store.events({ action: 'sign_in_failed' })).length;
    const res = await gw.get(callback.pathname + callback.search);
    expect(res.statusCode).toBe(400);
    expect(gw.cookies.has('dlp_session')).toBe(false);
    // Login CSRF: someone else's callback URL opened in a browser that started no sign-in.
    const victim = new Client(h.app);
    const start2 = await new Client(h.app).get('/sign-in/oidc/corp');
    const foreign = await signInAtProvider(start2.headers.location as string, 'yamada');
    expect((await victim.get(foreign.slice(base.length))).statusCode).toBe(400);
    expect(victim.cookies.has('dlp_session')).toBe(false);
    const reasons = (await h.store.events({ action: 'sign_in_failed' })).slice(before).map((e) => e.detail.reason);
    expect(reasons).toEqual(['state_mismatch', 'no_pending_sign_in']);
  });

  it('refuses a replayed callback (same URL, same cookie)', async () => {
    const { done, callback, pendingCookie } = await ssoSignIn('yamada');
    expect(done.statusCode).toBe(200);
    const attacker = new Client(h.app);
    attacker.cookies.set('dlp_oidc', pendingCookie!);
    const replay = await attacker.get(callback.slice(base.length));
    expect(replay.statusCode).toBe(400);
    expect(attacker.cookies.has('dlp_session')).toBe(false);
    expect((await h.store.events({ action: 'sign_in_failed' })).at(-1)?.detail).toMatchObject({ method: 'oidc', reason: 'replayed' });
  });

  it('refuses an address outside the allowed domains, and audits why', async () => {
    const { gw, done } = await ssoSignIn('outsider');
    expect(done.statusCode).toBe(403);
    expect(gw.cookies.has('dlp_session')).toBe(false);
    expect(await h.store.getUser('guest@other.example')).toBeUndefined();
    expect((await h.store.events({ action: 'sign_in_failed' })).at(-1)?.detail).toMatchObject({ reason: 'domain_not_allowed', domain: 'other.example', email: 'g***@other.example' });
  });

  it('audits a sign-in cancelled at the provider', async () => {
    const gw = new Client(h.app);
    const start = await gw.get('/sign-in/oidc/corp');
    const callback = await signInAtProvider(start.headers.location as string, 'yamada', { abort: true });
    const res = await gw.get(callback.slice(base.length));
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('サインインが取り消されました');
    expect((await h.store.events({ action: 'sign_in_failed' })).at(-1)?.detail).toMatchObject({ reason: 'provider_error', error: 'access_denied' });
  });

  it('does not take over a local account with the same address: the identity gets its own account', async () => {
    await h.addUser('kimura@example.co.jp', ['auditor'], { email: 'kimura@example.co.jp' });
    const { done } = await ssoSignIn('kimura');
    expect(done.statusCode).toBe(200);
    expect((await h.store.getUser('kimura@example.co.jp'))?.roles).toEqual(['auditor']);
    expect((await h.store.getIdentity('corp', 'kimura'))?.username).toBe('corp:kimura@example.co.jp');
    expect((await h.store.getUser('corp:kimura@example.co.jp'))?.roles).toEqual(['admin']);
  });

  it('refuses a linked account that an administrator disabled', async () => {
    await ssoSignIn('yamada');
    const user = (await h.store.getUser('yamada.taro@example.co.jp'))!;
    await h.store.upsertUser({ ...user, disabled: true });
    const { gw, done } = await ssoSignIn('yamada');
    expect(done.statusCode).toBe(403);
    expect(gw.cookies.has('dlp_session')).toBe(false);
    expect((await h.store.events({ action: 'sign_in_failed', actor: 'yamada.taro@example.co.jp' })).at(-1)?.detail).toMatchObject({ reason: 'disabled' });
    await h.store.upsertUser({ ...user, disabled: false });
  });

  it('with localSignIn "admins": refuses a non-admin local password (even the right one), lets the break-glass admin in', async () => {
    const staff = new Client(h.app);
    const refused = await staff.signIn('tanaka');
    expect(refused.statusCode).toBe(401);
    expect(staff.cookies.has('dlp_session')).toBe(false);
    expect((await h.store.events({ action: 'sign_in_failed', actor: 'tanaka' })).at(-1)?.detail).toMatchObject({ method: 'password', reason: 'local_sign_in_not_allowed' });
    const admin = new Client(h.app);
    const ok = await admin.signIn('breakglass');
    expect(ok.statusCode).toBe(303);
    expect((await admin.get('/queue')).statusCode).toBe(200);
    expect((await h.store.events({ action: 'signed_in', actor: 'breakglass' })).at(-1)?.detail).toMatchObject({ method: 'password' });
  });

  it('signs out: the session ends here and the browser is sent to end the provider session', async () => {
    const { gw } = await ssoSignIn('yamada');
    const queue = await gw.get('/queue');
    const csrf = /name="_csrf" value="([^"]+)"/.exec(queue.body)![1]!;
    const out = await gw.post('/sign-out', { _csrf: csrf });
    expect(out.statusCode).toBe(200);
    const endSession = new URL(String(out.headers.refresh).replace(/^0;url=/, ''));
    expect(endSession.origin + endSession.pathname).toBe(`${op.issuer}/session/end`);
    expect(endSession.searchParams.get('post_logout_redirect_uri')).toBe(`${base}/sign-in`);
    expect(endSession.searchParams.get('id_token_hint')).toMatch(/^eyJ/);
    // The provider accepts it (shows its sign-out confirmation).
    expect((await fetch(endSession)).status).toBe(200);
    const after = await gw.get('/queue');
    expect(after.statusCode).toBe(303);
    expect(after.headers.location).toMatch(/^\/sign-in/);
    expect((await h.store.events({ action: 'signed_out', actor: 'yamada.taro@example.co.jp' })).at(-1)?.detail).toMatchObject({ provider: 'corp', providerSignOut: true });
  });
});

describe('local sign-in switched off', () => {
  let op: TestOp;
  let h: Harness;
  afterEach(async () => {
    await h?.close();
    await op?.close();
  });

  it('refuses every local password, administrators too, and hides the form', async () => {
    process.env[secretEnv] = clientSecret;
    op = await startTestOp();
    op.configure({ clientId: 'dlp-gateway', clientSecret, redirectUris: [`${base}/sign-in/oidc/corp/callback`], postLogoutRedirectUris: [`${base}/sign-in`] });
    h = await createHarness({ config: { 'web.baseUrl': base, 'web.localSignIn': 'off', 'web.oidc.providers': [providerConfig(op)] } });
    await h.addUser('breakglass', ['admin']);
    const c = new Client(h.app);
    const page = await c.get('/sign-in');
    expect(page.body).not.toContain('id="password"');
    // The form is gone, but a hand-made post (with a valid page token) is refused too.
    const res = await c.post('/sign-in', { _csrf: boundToken(decodeURIComponent(c.cookies.get('dlp_signin')!), 'sign-in'), username: 'breakglass', password });
    expect(res.statusCode).toBe(403);
    expect(c.cookies.has('dlp_session')).toBe(false);
    expect((await h.store.events({ action: 'sign_in_failed' })).at(-1)?.detail).toMatchObject({ reason: 'local_sign_in_off' });
  });
});

describe('provider unreachable', () => {
  it('answers 503 on the sign-in page and audits provider_unavailable; local admins still sign in', async () => {
    const h = await createHarness({
      config: { 'web.baseUrl': base, 'web.localSignIn': 'admins', 'web.oidc.providers': [{ id: 'down', label: 'Down IdP', issuer: 'http://127.0.0.1:1', clientId: 'x', allowInsecureHttp: true }] },
    });
    try {
      await h.addUser('breakglass', ['admin']);
      const c = new Client(h.app);
      const res = await c.get('/sign-in/oidc/down?next=/history');
      expect(res.statusCode).toBe(503);
      expect(res.body).toContain('認証サービスに接続できませんでした');
      expect(res.body).toContain('value="/history"');
      expect((await h.store.events({ action: 'sign_in_failed' })).at(-1)?.detail).toMatchObject({ method: 'oidc', provider: 'down', reason: 'provider_unavailable' });
      expect((await c.signIn('breakglass')).statusCode).toBe(303);
    } finally {
      await h.close();
    }
  });
});

describe('claims at the userinfo endpoint only', () => {
  let op: TestOp;
  afterEach(async () => {
    await op?.close();
  });

  it('refuses for missing claims unless userinfo is read, then signs in with the groups from userinfo', async () => {
    process.env[secretEnv] = clientSecret;
    op = await startTestOp(testAccounts, { claimsAtUserinfoOnly: true });
    op.configure({ clientId: 'dlp-gateway', clientSecret, redirectUris: [`${base}/sign-in/oidc/corp/callback`], postLogoutRedirectUris: [`${base}/sign-in`] });
    for (const userinfo of [false, true]) {
      const h = await createHarness({ config: { 'web.baseUrl': base, 'web.oidc.providers': [providerConfig(op, { userinfo })] } });
      try {
        const gw = new Client(h.app);
        const start = await gw.get('/sign-in/oidc/corp');
        const done = await gw.get((await signInAtProvider(start.headers.location as string, 'yamada')).slice(base.length));
        if (!userinfo) {
          expect(done.statusCode).toBe(403);
          expect((await h.store.events({ action: 'sign_in_failed' })).at(-1)?.detail).toMatchObject({ reason: 'missing_claims', claim: 'email' });
        } else {
          expect(done.statusCode).toBe(200);
          expect(await h.store.getUser('yamada.taro@example.co.jp')).toMatchObject({ roles: ['approver'], displayName: '山田 太郎' });
        }
      } finally {
        await h.close();
      }
    }
  });
});
