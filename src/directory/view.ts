import type { DirectoryGroup, DirectoryPerson, DirectorySnapshot } from './types.js';

/**
 * A snapshot indexed for lookups: person by address (primary or alias) and by DN, group by name.
 * Built once per sync; routing and policy read it synchronously.
 */
export interface DirectoryView {
  readonly snapshot: DirectorySnapshot;
  personByAddress(address: string): DirectoryPerson | undefined;
  personByDn(dn: string): DirectoryPerson | undefined;
  group(name: string): DirectoryGroup | undefined;
  /** Names of the groups this person is in (transitively). */
  groupsOf(dn: string): string[];
}

export function directoryView(snapshot: DirectorySnapshot): DirectoryView {
  const byAddress = new Map<string, DirectoryPerson>();
  const byDn = new Map<string, DirectoryPerson>();
  for (const p of snapshot.people) {
    byDn.set(p.dn, p);
    // The primary address wins over someone else's alias.
    byAddress.set(p.email, p);
  }
  for (const p of snapshot.people) for (const a of p.aliases) if (!byAddress.has(a)) byAddress.set(a, p);
  const groups = new Map<string, DirectoryGroup>();
  const memberOf = new Map<string, string[]>();
  for (const g of snapshot.groups) {
    groups.set(g.name.toLowerCase(), g);
    for (const m of g.members) memberOf.set(m, [...(memberOf.get(m) ?? []), g.name]);
  }
  return {
    snapshot,
    personByAddress: (address) => byAddress.get(address.trim().toLowerCase()),
    personByDn: (dn) => byDn.get(dn),
    group: (name) => groups.get(name.trim().toLowerCase()),
    groupsOf: (dn) => memberOf.get(dn) ?? [],
  };
}

export const emptyDirectoryView: DirectoryView = directoryView({ people: [], groups: [] });

/** Why a step up the chain was passed over (for the audit trail of a route). */
export type SkippedManager = { dn: string; why: 'disabled' | 'is_sender' | 'absent' };

/**
 * The sender's approving manager: their `manager`, walking up the chain while that person is
 * disabled, is the sender themself, or is `absent(email)` today. Stops (nobody) when a manager DN
 * points to no one in the copy, or the chain ends; cycle-safe (each DN is visited once). Pure.
 */
export function managerFor(
  view: DirectoryView,
  sender: string,
  absent: (email: string) => boolean = () => false,
): { manager: DirectoryPerson | undefined; skipped: SkippedManager[] } {
  const skipped: SkippedManager[] = [];
  const me = view.personByAddress(sender);
  if (!me) return { manager: undefined, skipped };
  const visited = new Set<string>([me.dn]);
  let next = me.managerDn;
  while (next !== null) {
    if (visited.has(next)) {
      // A cycle (A → B → A) or the sender named as their own manager.
      if (next === me.dn) skipped.push({ dn: next, why: 'is_sender' });
      return { manager: undefined, skipped };
    }
    visited.add(next);
    const m = view.personByDn(next);
    if (!m) return { manager: undefined, skipped };
    const why = m.disabled ? 'disabled' : m.email === me.email ? 'is_sender' : absent(m.email) ? 'absent' : undefined;
    if (!why) return { manager: m, skipped };
    skipped.push({ dn: m.dn, why });
    next = m.managerDn;
  }
  return { manager: undefined, skipped };
}

/** Enabled members' addresses of a directory group (empty when there is no such group). */
export function groupAddresses(view: DirectoryView, name: string): string[] {
  const g = view.group(name);
  if (!g) return [];
  return g.members.map((dn) => view.personByDn(dn)).filter((p): p is DirectoryPerson => !!p && !p.disabled).map((p) => p.email);
}

/** Policy facts about a sender (PolicyInput.senderDirectory): undefined when not in the directory. */
export function senderDirectoryFacts(view: DirectoryView, address: string): { groups: string[]; department: string | null } | undefined {
  const person = view.personByAddress(address);
  return person ? { groups: view.groupsOf(person.dn), department: person.department } : undefined;
}
