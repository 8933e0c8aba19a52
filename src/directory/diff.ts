import type { DirectoryPerson, DirectorySnapshot } from './types.js';

/** A field of a person that changed between two copies (for the audit trail: names of fields only). */
export type PersonField = 'email' | 'aliases' | 'displayName' | 'department' | 'title' | 'managerDn' | 'disabled';

export interface DirectoryDiff {
  added: DirectoryPerson[];
  removed: DirectoryPerson[];
  changed: Array<{ before: DirectoryPerson; after: DirectoryPerson; fields: PersonField[] }>;
  /** Enabled before (or unknown) and disabled now, or removed while enabled: they lose access. */
  newlyDisabled: DirectoryPerson[];
  /** Groups whose (transitive) membership changed: name, who joined, who left (DNs). */
  groups: Array<{ name: string; joined: string[]; left: string[] }>;
}

const fields: readonly PersonField[] = ['email', 'aliases', 'displayName', 'department', 'title', 'managerDn', 'disabled'];

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What changes when `next` replaces `previous`. Pure. */
export function diffDirectory(previous: DirectorySnapshot, next: DirectorySnapshot): DirectoryDiff {
  const before = new Map(previous.people.map((p) => [p.dn, p]));
  const after = new Map(next.people.map((p) => [p.dn, p]));
  const added = next.people.filter((p) => !before.has(p.dn));
  const removed = previous.people.filter((p) => !after.has(p.dn));
  const changed: DirectoryDiff['changed'] = [];
  for (const p of next.people) {
    const old = before.get(p.dn);
    if (!old) continue;
    const f = fields.filter((k) => !same(old[k], p[k]));
    if (f.length) changed.push({ before: old, after: p, fields: f });
  }
  const newlyDisabled = [
    ...changed.filter((c) => c.after.disabled && !c.before.disabled).map((c) => c.after),
    // New in the directory and already disabled: an account with that address may exist locally.
    ...added.filter((p) => p.disabled),
    ...removed.filter((p) => !p.disabled),
  ];
  const oldGroups = new Map(previous.groups.map((g) => [g.name, new Set(g.members)]));
  const newGroups = new Map(next.groups.map((g) => [g.name, new Set(g.members)]));
  const groups: DirectoryDiff['groups'] = [];
  for (const name of new Set([...oldGroups.keys(), ...newGroups.keys()])) {
    const o = oldGroups.get(name) ?? new Set<string>();
    const n = newGroups.get(name) ?? new Set<string>();
    const joined = [...n].filter((m) => !o.has(m));
    const left = [...o].filter((m) => !n.has(m));
    if (joined.length || left.length) groups.push({ name, joined, left });
  }
  return { added, removed, changed, newlyDisabled, groups };
}

/** Share of the people in force who would be removed or newly disabled (mass-change guard). */
export function lossShare(previous: DirectorySnapshot, diff: DirectoryDiff): number {
  const enabledBefore = previous.people.filter((p) => !p.disabled).length;
  if (enabledBefore === 0) return 0;
  const lost = diff.newlyDisabled.filter((p) => previous.people.some((q) => q.dn === p.dn && !q.disabled)).length;
  return lost / enabledBefore;
}
