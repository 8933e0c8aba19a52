/** The profile decision from verified claims (pure) and the configuration checks of web.oidc / web.localSignIn. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config/load.js';
import { oidcProviderSchema } from '../../src/config/schema.js';
import { decideProfile, groupsOverage } from '../../src/web/auth/oidc/claims.js';

const provider = (extra: Record<string, unknown> = {}) =>
  oidcProviderSchema.parse({ id: 'p', label: 'P', issuer: 'https://idp.example.co.jp', clientId: 'c', roleMap: { 'dlp-approvers': ['approver'], 'dlp-admins': ['admin', 'auditor'] }, ...extra });

describe('decideProfile', () => {
  it('maps groups to roles (several groups add up) and keeps department and name', () => {
    const d = decideProfile(provider({ departmentClaim: 'department' }), { sub: 's1', email: 'Taro@Example.co.jp', name: '山田 太郎', groups: ['dlp-admins', 'dlp-approvers', 'x'], department: '総務部' });
    expect(d).toEqual({
      ok: true,
      profile: { subject: 's1', email: 'taro@example.co.jp', displayName: '山田 太郎', department: '総務部', roles: ['admin', 'approver', 'auditor'], matchedGroups: ['dlp-admins', 'dlp-approvers'] },
    });
  });

  it('reads roles at a dotted path (Keycloak realm roles) and from several claims (Entra groups and app roles)', () => {
    expect(decideProfile(provider({ rolesClaim: 'realm_access.roles' }), { sub: 's', email: 'a@example.co.jp', realm_access: { roles: ['dlp-approvers'] } })).toMatchObject({ ok: true, profile: { roles: ['approver'] } });
    expect(decideProfile(provider({ rolesClaim: ['groups', 'roles'] }), { sub: 's', email: 'a@example.co.jp', groups: ['g'], roles: ['dlp-admins'] })).toMatchObject({ ok: true, profile: { roles: ['admin', 'auditor'] } });
  });

  it('gives the default role when nothing is mapped, or refuses when the default is none', () => {
    expect(decideProfile(provider(), { sub: 's', email: 'a@example.co.jp', groups: ['sales'] })).toMatchObject({ ok: true, profile: { roles: ['sender'], matchedGroups: [] } });
    expect(decideProfile(provider({ defaultRole: 'none' }), { sub: 's', email: 'a@example.co.jp' })).toMatchObject({ ok: false, reason: 'no_role' });
  });

  it('refuses unverified addresses, other domains, missing claims and a wrong required claim (Google hd)', () => {
    expect(decideProfile(provider(), { sub: 's', email: 'a@example.co.jp', email_verified: false })).toMatchObject({ ok: false, reason: 'email_unverified' });
    expect(decideProfile(provider({ allowedDomains: ['example.co.jp'] }), { sub: 's', email: 'a@gmail.com' })).toMatchObject({ ok: false, reason: 'domain_not_allowed' });
    expect(decideProfile(provider(), { email: 'a@example.co.jp' })).toMatchObject({ ok: false, reason: 'missing_claims' });
    expect(decideProfile(provider(), { sub: 's' })).toMatchObject({ ok: false, reason: 'missing_claims' });
    const google = provider({ requireClaims: { hd: 'example.co.jp' } });
    expect(decideProfile(google, { sub: 's', email: 'a@example.co.jp' })).toMatchObject({ ok: false, reason: 'claim_mismatch' });
    expect(decideProfile(google, { sub: 's', email: 'a@example.co.jp', hd: 'example.co.jp' })).toMatchObject({ ok: true });
  });

  it('notices an Entra groups overage (groups named in _claim_names, not sent)', () => {
    const claims = { sub: 's', email: 'a@example.co.jp', _claim_names: { groups: 'src1' }, _claim_sources: { src1: { endpoint: 'https://graph.microsoft.com/…' } } };
    expect(groupsOverage(claims)).toBe(true);
    expect(groupsOverage({ sub: 's', groups: ['g'] })).toBe(false);
    expect(decideProfile(provider(), claims)).toMatchObject({ ok: true, profile: { roles: ['sender'] } });
  });

  it('takes the address from another claim when configured (Entra preferred_username)', () => {
    expect(decideProfile(provider({ emailClaim: 'preferred_username' }), { sub: 's', preferred_username: 'suzuki@example.co.jp' })).toMatchObject({ ok: true, profile: { email: 'suzuki@example.co.jp', displayName: 'suzuki@example.co.jp' } });
  });
});

describe('configuration', () => {
  const p = { id: 'entra', label: 'Microsoft', issuer: 'https://login.microsoftonline.com/t/v2.0', clientId: 'c' };
  it('refuses an http issuer unless marked as a test provider, and local sign-in limits without a provider', async () => {
    await expect(loadConfig({ env: {}, overrides: { 'web.oidc.providers': [{ ...p, issuer: 'http://idp.local' }] } })).rejects.toThrow(/must be https/);
    await expect(loadConfig({ env: {}, overrides: { 'web.localSignIn': 'admins' } })).rejects.toThrow(/needs at least one web.oidc.providers/);
    await expect(loadConfig({ env: {}, overrides: { 'web.oidc.providers': [p, p] } })).rejects.toThrow(/duplicate provider id/);
    const { config } = await loadConfig({ env: {}, overrides: { 'web.localSignIn': 'admins', 'web.oidc.providers': [p] } });
    expect(config.web.oidc.providers[0]).toMatchObject({ scopes: ['openid', 'profile', 'email'], defaultRole: 'sender', rolesClaim: ['groups'] });
  });
});
