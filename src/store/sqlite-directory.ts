import type Database from 'better-sqlite3';
import type { DirectoryPerson, DirectorySnapshot, DirectorySyncStatus } from '../directory/types.js';
import { emptySyncStatus, inCopyOrder } from '../directory/types.js';

/** Directory copy (issue 19): people, groups, transitive memberships, one status row. */
export const directoryMigration = `CREATE TABLE directory_people (
     dn TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     aliases TEXT NOT NULL,
     display_name TEXT NOT NULL,
     department TEXT,
     title TEXT,
     manager_dn TEXT,
     disabled INTEGER NOT NULL DEFAULT 0
   );
   CREATE INDEX directory_people_email ON directory_people(email);
   CREATE TABLE directory_groups (
     dn TEXT PRIMARY KEY,
     name TEXT NOT NULL
   );
   CREATE TABLE directory_memberships (
     group_dn TEXT NOT NULL,
     person_dn TEXT NOT NULL,
     PRIMARY KEY (group_dn, person_dn)
   );
   CREATE TABLE directory_sync (
     id INTEGER PRIMARY KEY CHECK (id = 1),
     last_success_at INTEGER,
     last_failure_at INTEGER,
     last_failure_reason TEXT,
     people INTEGER NOT NULL DEFAULT 0,
     groups INTEGER NOT NULL DEFAULT 0,
     disabled INTEGER NOT NULL DEFAULT 0
   );`;

interface PersonRow {
  dn: string;
  email: string;
  aliases: string;
  display_name: string;
  department: string | null;
  title: string | null;
  manager_dn: string | null;
  disabled: number;
}

export function loadDirectory(db: Database.Database): DirectorySnapshot {
  const people = (db.prepare('SELECT * FROM directory_people ORDER BY dn').all() as PersonRow[]).map(
    (r): DirectoryPerson => ({
      dn: r.dn,
      email: r.email,
      aliases: JSON.parse(r.aliases) as string[],
      displayName: r.display_name,
      department: r.department,
      title: r.title,
      managerDn: r.manager_dn,
      disabled: r.disabled === 1,
    }),
  );
  const members = new Map<string, string[]>();
  for (const m of db.prepare('SELECT group_dn, person_dn FROM directory_memberships ORDER BY group_dn, person_dn').all() as Array<{ group_dn: string; person_dn: string }>) {
    members.set(m.group_dn, [...(members.get(m.group_dn) ?? []), m.person_dn]);
  }
  const groups = (db.prepare('SELECT dn, name FROM directory_groups ORDER BY name, dn').all() as Array<{ dn: string; name: string }>).map((g) => ({
    dn: g.dn,
    name: g.name,
    members: members.get(g.dn) ?? [],
  }));
  return inCopyOrder({ people, groups });
}

export function directoryStatus(db: Database.Database): DirectorySyncStatus {
  const r = db.prepare('SELECT * FROM directory_sync WHERE id = 1').get() as
    | { last_success_at: number | null; last_failure_at: number | null; last_failure_reason: string | null; people: number; groups: number; disabled: number }
    | undefined;
  if (!r) return { ...emptySyncStatus };
  return { lastSuccessAt: r.last_success_at, lastFailureAt: r.last_failure_at, lastFailureReason: r.last_failure_reason, people: r.people, groups: r.groups, disabled: r.disabled };
}

/** Runs inside the caller's transaction. */
export function replaceDirectory(db: Database.Database, snapshot: DirectorySnapshot, at: number): void {
  db.prepare('DELETE FROM directory_memberships').run();
  db.prepare('DELETE FROM directory_groups').run();
  db.prepare('DELETE FROM directory_people').run();
  const person = db.prepare('INSERT INTO directory_people (dn, email, aliases, display_name, department, title, manager_dn, disabled) VALUES (?, ?, ?, ?, ?, ?, ?, ?)');
  for (const p of snapshot.people) person.run(p.dn, p.email, JSON.stringify(p.aliases), p.displayName, p.department, p.title, p.managerDn, p.disabled ? 1 : 0);
  const group = db.prepare('INSERT INTO directory_groups (dn, name) VALUES (?, ?)');
  const member = db.prepare('INSERT OR IGNORE INTO directory_memberships (group_dn, person_dn) VALUES (?, ?)');
  for (const g of snapshot.groups) {
    group.run(g.dn, g.name);
    for (const m of g.members) member.run(g.dn, m);
  }
  db.prepare(
    `INSERT INTO directory_sync (id, last_success_at, last_failure_at, last_failure_reason, people, groups, disabled) VALUES (1, ?, NULL, NULL, ?, ?, ?)
     ON CONFLICT(id) DO UPDATE SET last_success_at = excluded.last_success_at, last_failure_at = NULL, last_failure_reason = NULL,
       people = excluded.people, groups = excluded.groups, disabled = excluded.disabled`,
  ).run(at, snapshot.people.length, snapshot.groups.length, snapshot.people.filter((p) => p.disabled).length);
}

export function recordDirectoryFailure(db: Database.Database, at: number, reason: string): void {
  db.prepare(
    `INSERT INTO directory_sync (id, last_failure_at, last_failure_reason) VALUES (1, ?, ?)
     ON CONFLICT(id) DO UPDATE SET last_failure_at = excluded.last_failure_at, last_failure_reason = excluded.last_failure_reason`,
  ).run(at, reason);
}
