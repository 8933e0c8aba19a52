import type { ApproversFile } from './schema.js';
import { isDirectoryRule } from './route.js';

export interface NamedPrincipal {
  /** As written in the file: a username or an e-mail address. */
  principal: string;
  /** Its address (`people:`, or the principal itself when it is one). */
  email: string | null;
  /** Where it is named, e.g. `departments.sales.approvers`. */
  where: string[];
}

/** Everyone the routing file names as an approver or delegate, with where. */
export function namedPrincipals(file: ApproversFile): NamedPrincipal[] {
  const found = new Map<string, NamedPrincipal>();
  const add = (p: string, where: string) => {
    // Directory rules (`manager`, `group:…`) are resolved per sender from the directory copy.
    if (isDirectoryRule(p)) return;
    const key = p.toLowerCase();
    const email = file.people[p]?.email.toLowerCase() ?? (p.includes('@') ? key : null);
    const entry = found.get(key) ?? { principal: p, email, where: [] };
    if (!entry.where.includes(where)) entry.where.push(where);
    found.set(key, entry);
  };
  for (const [id, d] of Object.entries(file.departments)) {
    for (const p of d.approvers) add(p, `departments.${id}.approvers`);
    for (const p of d.delegates) add(p, `departments.${id}.delegates`);
  }
  file.routes.forEach((r, i) => {
    for (const p of r.approvers) add(p, `routes[${i}].approvers`);
    for (const p of r.delegates) add(p, `routes[${i}].delegates`);
  });
  for (const p of file.directory?.approvers ?? []) add(p, 'directory.approvers');
  for (const p of file.directory?.delegates ?? []) add(p, 'directory.delegates');
  for (const p of file.fallback.approvers) add(p, 'fallback.approvers');
  for (const p of file.fallback.delegates) add(p, 'fallback.delegates');
  for (const a of file.absences) if (a.delegate) add(a.delegate, 'absences.delegate');
  return [...found.values()];
}

/** Named approvers and delegates that no enabled account can act as (they get notices, nobody can approve). */
export function principalsWithoutAccount(file: ApproversFile, users: readonly AccountLike[]): NamedPrincipal[] {
  return withoutAccount(namedPrincipals(file), users);
}

export interface AccountLike {
  username: string;
  email: string;
  disabled: boolean;
  roles: readonly string[];
}

export function withoutAccount(named: readonly NamedPrincipal[], users: readonly AccountLike[]): NamedPrincipal[] {
  const able = users.filter((u) => !u.disabled && (u.roles.includes('approver') || u.roles.includes('admin')));
  const names = new Set(able.map((u) => u.username.toLowerCase()));
  const emails = new Set(able.map((u) => u.email.toLowerCase()));
  return named.filter((p) => !names.has(p.principal.toLowerCase()) && !(p.email && emails.has(p.email)));
}
