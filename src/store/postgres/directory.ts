import type pg from 'pg';
import type { DirectorySnapshot, DirectorySyncStatus } from '../../directory/types.js';
import { emptySyncStatus, inCopyOrder } from '../../directory/types.js';

/** Directory copy (issue 19): people, groups, transitive memberships, one status row. */
export const directoryMigration = `CREATE TABLE directory_people (
     dn TEXT PRIMARY KEY,
     email TEXT NOT NULL,
     aliases JSONB NOT NULL,
     display_name TEXT NOT NULL,
     department TEXT,
     title TEXT,
     manager_dn TEXT,
     disabled BOOLEAN NOT NULL DEFAULT false
   );
   CREATE INDEX directory_people_email ON directory_people (email);
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
     last_success_at BIGINT,
     last_failure_at BIGINT,
     last_failure_reason TEXT,
     people INTEGER NOT NULL DEFAULT 0,
     groups INTEGER NOT NULL DEFAULT 0,
     disabled INTEGER NOT NULL DEFAULT 0
   );`;

/** Readers see one committed copy: read in one REPEATABLE READ transaction. */
export async function loadDirectory(client: pg.ClientBase): Promise<DirectorySnapshot> {
  const people = await client.query<{ dn: string; email: string; aliases: string[]; display_name: string; department: string | null; title: string | null; manager_dn: string | null; disabled: boolean }>(
    'SELECT * FROM directory_people ORDER BY dn',
  );
  const memberships = await client.query<{ group_dn: string; person_dn: string }>('SELECT group_dn, person_dn FROM directory_memberships ORDER BY group_dn, person_dn');
  const groups = await client.query<{ dn: string; name: string }>('SELECT dn, name FROM directory_groups ORDER BY name, dn');
  const members = new Map<string, string[]>();
  for (const m of memberships.rows) members.set(m.group_dn, [...(members.get(m.group_dn) ?? []), m.person_dn]);
  return inCopyOrder({
    people: people.rows.map((r) => ({
      dn: r.dn,
      email: r.email,
      aliases: r.aliases,
      displayName: r.display_name,
      department: r.department,
      title: r.title,
      managerDn: r.manager_dn,
      disabled: r.disabled,
    })),
    groups: groups.rows.map((g) => ({ dn: g.dn, name: g.name, members: members.get(g.dn) ?? [] })),
  });
}

export async function directoryStatus(client: pg.Pool | pg.ClientBase): Promise<DirectorySyncStatus> {
  const { rows } = await client.query<{ last_success_at: number | null; last_failure_at: number | null; last_failure_reason: string | null; people: number; groups: number; disabled: number }>(
    'SELECT * FROM directory_sync WHERE id = 1',
  );
  const r = rows[0];
  if (!r) return { ...emptySyncStatus };
  return { lastSuccessAt: r.last_success_at, lastFailureAt: r.last_failure_at, lastFailureReason: r.last_failure_reason, people: r.people, groups: r.groups, disabled: r.disabled };
}

/** Runs inside the caller's transaction; bulk inserts through unnest (one round trip per table). */
export async function replaceDirectory(client: pg.ClientBase, snapshot: DirectorySnapshot, at: number): Promise<void> {
  await client.query('DELETE FROM directory_memberships');
  await client.query('DELETE FROM directory_groups');
  await client.query('DELETE FROM directory_people');
  const p = snapshot.people;
  await client.query(
    `INSERT INTO directory_people (dn, email, aliases, display_name, department, title, manager_dn, disabled)
     SELECT dn, email, aliases::jsonb, display_name, department, title, manager_dn, disabled
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::boolean[])
       AS t(dn, email, aliases, display_name, department, title, manager_dn, disabled)`,
    [p.map((x) => x.dn), p.map((x) => x.email), p.map((x) => JSON.stringify(x.aliases)), p.map((x) => x.displayName), p.map((x) => x.department), p.map((x) => x.title), p.map((x) => x.managerDn), p.map((x) => x.disabled)],
  );
  const g = snapshot.groups;
  await client.query('INSERT INTO directory_groups (dn, name) SELECT * FROM unnest($1::text[], $2::text[])', [g.map((x) => x.dn), g.map((x) => x.name)]);
  const pairs = g.flatMap((x) => x.members.map((m) => [x.dn, m] as const));
  await client.query('INSERT INTO directory_memberships (group_dn, person_dn) SELECT * FROM unnest($1::text[], $2::text[]) ON CONFLICT DO NOTHING', [
    pairs.map((x) => x[0]),
    pairs.map((x) => x[1]),
  ]);
  await client.query(
    `INSERT INTO directory_sync (id, last_success_at, last_failure_at, last_failure_reason, people, groups, disabled) VALUES (1, $1, NULL, NULL, $2, $3, $4)
     ON CONFLICT (id) DO UPDATE SET last_success_at = EXCLUDED.last_success_at, last_failure_at = NULL, last_failure_reason = NULL,
       people = EXCLUDED.people, groups = EXCLUDED.groups, disabled = EXCLUDED.disabled`,
    [at, p.length, g.length, p.filter((x) => x.disabled).length],
  );
}

export async function recordDirectoryFailure(client: pg.ClientBase, at: number, reason: string): Promise<void> {
  await client.query(
    `INSERT INTO directory_sync (id, last_failure_at, last_failure_reason) VALUES (1, $1, $2)
     ON CONFLICT (id) DO UPDATE SET last_failure_at = EXCLUDED.last_failure_at, last_failure_reason = EXCLUDED.last_failure_reason`,
    [at, reason],
  );
}
