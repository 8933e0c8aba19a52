/**
 * Who is this person for us? A pure decision from the provider's verified claims and the
 * provider's configuration: e-mail, display name, department and local roles — or a refusal
 * with a reason for the audit log. No I/O here (see provision.ts for the account).
 */
import type { OidcProviderConfig } from '../../../config/schema.js';
import type { Role } from '../../../store/types.js';

export type Claims = Record<string, unknown>;

export interface SignInProfile {
  subject: string;
  email: string;
  displayName: string;
  department: string | null;
  roles: Role[];
  /** Provider groups/roles that produced `roles` (empty: the default role applied). */
  matchedGroups: string[];
}

export type RefusalReason =
  /** No `sub`, or no usable e-mail address in the configured claim. */
  | 'missing_claims'
  /** The provider says the address is not verified (`email_verified: false`). */
  | 'email_unverified'
  /** The address is outside web.oidc.providers[].allowedDomains. */
  | 'domain_not_allowed'
  /** A claim of requireClaims is absent or different (e.g. Google `hd`). */
  | 'claim_mismatch'
  /** No group is mapped and defaultRole is `none`. */
  | 'no_role';

export type ProfileDecision = { ok: true; profile: SignInProfile } | { ok: false; reason: RefusalReason; detail?: Record<string, unknown> };

/** Value at a dotted path (`realm_access.roles`); a claim whose own name has dots is tried whole first. */
export function claimAt(claims: Claims, path: string): unknown {
  if (path in claims) return claims[path];
  let node: unknown = claims;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  return node;
}

/** Strings of a claim that holds one string or a list of them. */
export function claimStrings(claims: Claims, path: string): string[] {
  const v = claimAt(claims, path);
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
  return [];
}

const rolesOrder: readonly Role[] = ['admin', 'approver', 'auditor', 'sender'];
const emailPattern = /^[^\s@<>"]{1,64}@[A-Za-z0-9.-]{1,253}\.[A-Za-z0-9-]{2,63}$/;

export function decideProfile(provider: OidcProviderConfig, claims: Claims): ProfileDecision {
  const subject = typeof claims.sub === 'string' ? claims.sub : '';
  const rawEmail = claimAt(claims, provider.emailClaim);
  const email = typeof rawEmail === 'string' ? rawEmail.trim().toLowerCase() : '';
  if (!subject || subject.length > 255 || !emailPattern.test(email)) {
    return { ok: false, reason: 'missing_claims', detail: { claim: !subject ? 'sub' : provider.emailClaim } };
  }
  // Entra does not send email_verified; Google and Keycloak do. Only an explicit `false` refuses.
  if (provider.emailClaim === 'email' && claims.email_verified === false) return { ok: false, reason: 'email_unverified' };
  const domain = email.slice(email.lastIndexOf('@') + 1);
  if (provider.allowedDomains.length && !provider.allowedDomains.some((d) => d.toLowerCase() === domain)) {
    return { ok: false, reason: 'domain_not_allowed', detail: { domain } };
  }
  for (const [name, expected] of Object.entries(provider.requireClaims)) {
    if (claimAt(claims, name) !== expected) return { ok: false, reason: 'claim_mismatch', detail: { claim: name } };
  }
  const paths = Array.isArray(provider.rolesClaim) ? provider.rolesClaim : [provider.rolesClaim];
  const groups = [...new Set(paths.flatMap((p) => claimStrings(claims, p)))];
  const matchedGroups = groups.filter((g) => Object.hasOwn(provider.roleMap, g));
  const mapped = new Set<Role>(matchedGroups.flatMap((g) => provider.roleMap[g] ?? []));
  if (mapped.size === 0) {
    if (provider.defaultRole === 'none') return { ok: false, reason: 'no_role', detail: { groups: groups.length } };
    mapped.add(provider.defaultRole);
  }
  const name = typeof claims.name === 'string' && claims.name.trim() ? claims.name.trim() : [claims.family_name, claims.given_name].filter((x) => typeof x === 'string' && x).join(' ');
  const dept = provider.departmentClaim ? claimAt(claims, provider.departmentClaim) : undefined;
  return {
    ok: true,
    profile: {
      subject,
      email,
      displayName: (name || email).slice(0, 200),
      department: typeof dept === 'string' && dept.trim() ? dept.trim().slice(0, 200) : null,
      roles: rolesOrder.filter((r) => mapped.has(r)),
      matchedGroups,
    },
  };
}

/**
 * Entra ID leaves `groups` out of the token when a person is in more than 200 groups and names
 * the claim in `_claim_names` instead (overage): roles then fall back to the default role.
 */
export function groupsOverage(claims: Claims): boolean {
  const names = claims._claim_names;
  return typeof names === 'object' && names !== null && Object.hasOwn(names, 'groups');
}
