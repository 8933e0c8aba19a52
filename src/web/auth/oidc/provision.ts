/**
 * Just-in-time accounts: the first sign-in through a provider creates the local account, later
 * ones bring its e-mail, name, department and roles up to date (the provider's groups are the
 * source of truth for roles). The account is found by the linked (provider, subject), never by
 * e-mail alone: an existing local account with the same address is not taken over. Creation and
 * every role change are audited.
 */
import type { Clock } from '../../../clock.js';
import type { Role, Store, UserRecord } from '../../../store/types.js';
import type { SignInProfile } from './claims.js';

export type Provisioned =
  | { ok: true; user: UserRecord; created: boolean; rolesChanged: { from: Role[]; to: Role[] } | null }
  | { ok: false; reason: 'disabled'; user: UserRecord };

/** A free username for a new account: the address, or (taken by an unlinked account) `<provider>:<address>`. */
async function freeUsername(store: Store, provider: string, email: string): Promise<{ username: string; emailTaken: boolean }> {
  if (!(await store.getUser(email))) return { username: email, emailTaken: false };
  for (let n = 1; n < 100; n++) {
    const candidate = n === 1 ? `${provider}:${email}` : `${provider}:${email}:${n}`;
    if (!(await store.getUser(candidate))) return { username: candidate, emailTaken: true };
  }
  throw new Error(`ACCOUNT_NAME_EXHAUSTED: no free username for ${provider} ${email.replace(/^[^@]*/, '***')}`);
}

const sameRoles = (a: readonly Role[], b: readonly Role[]) => a.length === b.length && a.every((r) => b.includes(r));

export async function provisionAccount(store: Store, clock: Clock, provider: string, profile: SignInProfile, ip: string): Promise<Provisioned> {
  const now = clock.now();
  let identity = await store.getIdentity(provider, profile.subject);
  let emailTaken = false;
  if (!identity) {
    const free = await freeUsername(store, provider, profile.email);
    emailTaken = free.emailTaken;
    // Link first: of two first sign-ins racing, one link wins and both use its username.
    await store.linkIdentity({ provider, subject: profile.subject, username: free.username, createdAt: now, lastSignInAt: now });
    identity = (await store.getIdentity(provider, profile.subject))!;
  }
  const existing = await store.getUser(identity.username);
  if (!existing) {
    const user: UserRecord = {
      username: identity.username,
      displayName: profile.displayName,
      email: profile.email,
      roles: [...profile.roles],
      // No local password: this account signs in through its provider only.
      passwordHash: '',
      department: profile.department,
      failedLogins: 0,
      lockedUntil: 0,
      disabled: false,
      createdAt: now,
    };
    await store.upsertUser(user);
    await store.appendEvent({
      at: now,
      messageId: null,
      actor: user.username,
      action: 'user_provisioned',
      detail: { provider, username: user.username, roles: user.roles, groups: profile.matchedGroups, ip, ...(emailTaken ? { localAccountWithSameEmail: true } : {}) },
    });
    return { ok: true, user, created: true, rolesChanged: null };
  }
  if (existing.disabled) return { ok: false, reason: 'disabled', user: existing };
  const updated: UserRecord = {
    ...existing,
    displayName: profile.displayName,
    email: profile.email,
    roles: [...profile.roles],
    department: profile.department ?? existing.department,
  };
  const rolesChanged = sameRoles(existing.roles, updated.roles) ? null : { from: existing.roles, to: updated.roles };
  if (rolesChanged || updated.displayName !== existing.displayName || updated.email !== existing.email || updated.department !== existing.department) {
    await store.upsertUser(updated);
  }
  if (rolesChanged) {
    await store.appendEvent({
      at: now,
      messageId: null,
      actor: updated.username,
      action: 'user_roles_changed',
      detail: { provider, username: updated.username, from: rolesChanged.from, to: rolesChanged.to, groups: profile.matchedGroups, ip },
    });
  }
  await store.touchIdentity(provider, profile.subject, now);
  return { ok: true, user: updated, created: false, rolesChanged };
}
