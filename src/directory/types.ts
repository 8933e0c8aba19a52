/**
 * The organisation's directory as the gateway keeps it: people (with their addresses, manager and
 * disabled flag) and groups with their transitive members. Filled by a sync (src/directory/sync.ts)
 * from LDAP / Active Directory; read by approver routing and policy sender groups.
 */

/** One person (a user entry) after mapping. Addresses are lowercased. */
export interface DirectoryPerson {
  /** Distinguished name, normalised (lowercase, no spaces after commas): the key. */
  dn: string;
  /** Primary address (`mail`, else the `SMTP:` proxy address). */
  email: string;
  /** Every other address that reaches this person (`smtp:` proxy addresses). */
  aliases: string[];
  displayName: string;
  department: string | null;
  title: string | null;
  /** Normalised DN of the manager, as the directory says (may point to nobody). */
  managerDn: string | null;
  /** Disabled in the directory (AD userAccountControl bit 2, or the configured attribute). */
  disabled: boolean;
}

/** A group with its members, nested groups expanded (people only, by DN). */
export interface DirectoryGroup {
  dn: string;
  /** `cn` (or the configured name attribute): what `group:<name>` refers to. */
  name: string;
  /** People DNs, transitively through nested groups. */
  members: string[];
}

/** One complete copy of the directory: replaced as a whole, only by a successful sync. */
export interface DirectorySnapshot {
  people: DirectoryPerson[];
  groups: DirectoryGroup[];
}

/** What /healthz and the admin page say about the sync. */
export interface DirectorySyncStatus {
  /** Last successful sync (epoch ms), null before the first. */
  lastSuccessAt: number | null;
  /** Last failed sync and why (cleared by a later success). */
  lastFailureAt: number | null;
  lastFailureReason: string | null;
  /** Counts of the copy in force. */
  people: number;
  groups: number;
  disabled: number;
}

export const emptySyncStatus: DirectorySyncStatus = { lastSuccessAt: null, lastFailureAt: null, lastFailureReason: null, people: 0, groups: 0, disabled: 0 };

/** An LDAP entry as the source returns it: attribute name → values (strings; binary as base64 is never needed here). */
export interface RawEntry {
  dn: string;
  attributes: Record<string, string[]>;
}

/** What one fetch of the directory returned, before mapping. */
export interface RawDirectory {
  people: RawEntry[];
  groups: RawEntry[];
}

/** The one order of a copy (JS code-unit order, as mapDirectory and both stores return it). */
export function inCopyOrder(snapshot: DirectorySnapshot): DirectorySnapshot {
  const by = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
  return {
    people: [...snapshot.people].sort(by((p) => p.dn)),
    groups: [...snapshot.groups].sort(by((g) => `${g.name}\u0000${g.dn}`)).map((g) => ({ ...g, members: [...g.members].sort() })),
  };
}
