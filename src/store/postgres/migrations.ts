import type pg from 'pg';
import { directoryMigration } from './directory.js';

/**
 * Versioned PostgreSQL schema. Each step runs once, in order; append new steps, never edit a
 * released one. Times are epoch milliseconds (BIGINT), JSON is JSONB, raw mail is BYTEA so any
 * node can relay any message.
 */
export const migrations: readonly string[] = [
  `CREATE TABLE messages (
     id TEXT PRIMARY KEY,
     kind TEXT NOT NULL DEFAULT 'mail',
     received_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     mail_from TEXT NOT NULL,
     rcpt_to JSONB NOT NULL,
     size BIGINT NOT NULL,
     state TEXT NOT NULL,
     recipients JSONB NOT NULL,
     attempts INTEGER NOT NULL DEFAULT 0,
     next_attempt_at BIGINT NOT NULL DEFAULT 0,
     last_error TEXT,
     client JSONB NOT NULL,
     inspection JSONB,
     hold JSONB,
     lease_owner TEXT,
     lease_until BIGINT NOT NULL DEFAULT 0,
     purged BOOLEAN NOT NULL DEFAULT false
   );
   CREATE TABLE message_content (
     id TEXT PRIMARY KEY REFERENCES messages(id),
     raw BYTEA NOT NULL
   );
   -- Mail is mostly base64 already: skip TOAST compression, keep out-of-line storage.
   ALTER TABLE message_content ALTER COLUMN raw SET STORAGE EXTERNAL;
   -- Only work states are claimed; final messages pile up and must not slow the claim.
   CREATE INDEX messages_due ON messages (state, next_attempt_at, received_at) WHERE state IN ('received', 'queued');
   CREATE INDEX messages_state ON messages (state);
   CREATE INDEX messages_received ON messages (received_at);
   CREATE TABLE audit_events (
     id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
     at BIGINT NOT NULL,
     message_id TEXT,
     actor TEXT NOT NULL,
     action TEXT NOT NULL,
     detail JSONB NOT NULL
   );
   CREATE INDEX audit_message ON audit_events (message_id);
   CREATE INDEX audit_at ON audit_events (at);
   CREATE FUNCTION dlp_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
     BEGIN
       RAISE EXCEPTION 'audit log is append-only';
     END
   $$;
   CREATE TRIGGER audit_no_update BEFORE UPDATE OR DELETE ON audit_events
     FOR EACH ROW EXECUTE FUNCTION dlp_audit_append_only();
   CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit_events
     FOR EACH STATEMENT EXECUTE FUNCTION dlp_audit_append_only();
   CREATE TABLE known_domains (
     key TEXT NOT NULL,
     domain TEXT NOT NULL,
     first_at BIGINT NOT NULL,
     PRIMARY KEY (key, domain)
   );
   CREATE TABLE users (
     username TEXT PRIMARY KEY,
     display_name TEXT NOT NULL,
     email TEXT NOT NULL,
     roles JSONB NOT NULL,
     password_hash TEXT NOT NULL,
     department TEXT,
     failed_logins INTEGER NOT NULL DEFAULT 0,
     locked_until BIGINT NOT NULL DEFAULT 0,
     disabled BOOLEAN NOT NULL DEFAULT false,
     created_at BIGINT NOT NULL
   );
   CREATE TABLE sessions (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL,
     csrf_token TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL,
     last_seen_at BIGINT NOT NULL
   );
   CREATE INDEX sessions_expires ON sessions (expires_at);
   CREATE TABLE api_tokens (
     id TEXT PRIMARY KEY,
     username TEXT NOT NULL,
     secret_hash TEXT NOT NULL,
     label TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     last_used_at BIGINT
   );
   CREATE TABLE used_tokens (
     id TEXT PRIMARY KEY,
     used_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL
   );
   CREATE INDEX used_tokens_expires ON used_tokens (expires_at);
   CREATE TABLE health_probe (
     id INTEGER PRIMARY KEY,
     at BIGINT NOT NULL
   );`,
  // Incidents (src/incident/): the record, facts kept past the retention purge, scope lookups.
  `CREATE TABLE incidents (
     id TEXT PRIMARY KEY,
     created_at BIGINT NOT NULL,
     updated_at BIGINT NOT NULL,
     version INTEGER NOT NULL,
     status TEXT NOT NULL,
     aware_at BIGINT NOT NULL,
     anchor_message_id TEXT NOT NULL,
     data JSONB NOT NULL
   );
   CREATE INDEX incidents_created ON incidents (created_at);
   CREATE TABLE message_facts (
     id TEXT PRIMARY KEY,
     kept_at BIGINT NOT NULL,
     facts JSONB NOT NULL
   );
   CREATE INDEX messages_sender ON messages (lower(mail_from), received_at);`,
  // Send delay (issue 18): `delayed` messages are claimed by due time (next_attempt_at), under a
  // lease with SKIP LOCKED like the relay queue, so one node releases each of them once.
  `CREATE INDEX messages_delayed_due ON messages (next_attempt_at, received_at) WHERE state = 'delayed';`,
  // Single sign-on (issue 19): identities at OpenID providers linked to accounts; the provider of a session.
  `CREATE TABLE user_identities (
     provider TEXT NOT NULL,
     subject TEXT NOT NULL,
     username TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     last_sign_in_at BIGINT NOT NULL,
     PRIMARY KEY (provider, subject)
   );
   CREATE INDEX user_identities_username ON user_identities (username);
   ALTER TABLE sessions ADD COLUMN provider TEXT;
   ALTER TABLE sessions ADD COLUMN id_token TEXT;`,
  // Directory copy (issue 19): src/store/postgres/directory.ts.
  directoryMigration,
  // Released form and download links (issue 18, src/release/): the encrypted files are BYTEA rows,
  // so every node serves every link.
  `CREATE TABLE released_content (
     id TEXT PRIMARY KEY REFERENCES messages(id),
     created_at BIGINT NOT NULL,
     raw BYTEA NOT NULL
   );
   CREATE TABLE download_links (
     id TEXT PRIMARY KEY,
     message_id TEXT NOT NULL,
     created_at BIGINT NOT NULL,
     expires_at BIGINT NOT NULL,
     version INTEGER NOT NULL,
     revoked_at BIGINT,
     revoked_by TEXT,
     purged BOOLEAN NOT NULL DEFAULT false,
     data JSONB NOT NULL
   );
   CREATE INDEX download_links_message ON download_links (message_id);
   CREATE INDEX download_links_expiry ON download_links (expires_at) WHERE NOT purged;
   CREATE TABLE download_blobs (
     id TEXT PRIMARY KEY,
     bytes BYTEA NOT NULL
   );
   CREATE TABLE download_log (
     id BIGSERIAL PRIMARY KEY,
     at BIGINT NOT NULL,
     message_id TEXT NOT NULL,
     link_id TEXT NOT NULL,
     file_id TEXT NOT NULL,
     file_name TEXT NOT NULL,
     recipient TEXT,
     client_address TEXT NOT NULL,
     user_agent TEXT NOT NULL
   );
   CREATE INDEX download_log_message ON download_log (message_id);`,
  // Modifying actions (issue 18): envelope-only recipients (上長/archive Bcc) of a released form; PPAP pairing index.
  `ALTER TABLE released_content ADD COLUMN added_recipients JSONB NOT NULL DEFAULT '[]'::jsonb;
   CREATE TABLE encrypted_sends (
     message_id TEXT PRIMARY KEY,
     sender TEXT NOT NULL,
     recipients_hash TEXT NOT NULL,
     at BIGINT NOT NULL
   );
   CREATE INDEX encrypted_sends_lookup ON encrypted_sends (sender, recipients_hash, at);`,
];

/** Any constant shared by every node: the advisory lock that serialises migrations. */
export const migrationLockKey = 0x646c705f6d6967n; // "dlp_mig"

/** Who holds the migration lock while this node waits for it (for the log line and the error). */
export interface SchemaLockHolder {
  pid: number;
  application: string;
  client: string | null;
  /** Seconds since the holder's transaction began. */
  heldSeconds: number;
}

export interface MigrateOptions {
  /** Give up waiting for another node's migration after this long (default 120 s). */
  lockWaitMs?: number;
  /** Called once when the lock is busy, with its holder when PostgreSQL can tell. */
  onWait?: (holder: SchemaLockHolder | null) => void;
  /** Bound on each schema statement's wait for a table lock (default 30 s). */
  statementLockTimeoutMs?: number;
  /** How often to try the lock again (default 200 ms). */
  pollMs?: number;
}

/**
 * The session holding the migration lock in this database (an advisory lock on a bigint is
 * classid:objid; pg_locks lists every database of the server). Inside a savepoint: a failure
 * here (no right to read pg_stat_activity's details, say) must not abort the migration's
 * transaction, and only costs the holder's name.
 */
async function lockHolder(client: pg.ClientBase): Promise<SchemaLockHolder | null> {
  await client.query('SAVEPOINT dlp_lock_holder');
  try {
    const { rows } = await client.query<{ pid: number; application: string; client: string | null; held: number }>(
      `SELECT a.pid, a.application_name AS application, host(a.client_addr) AS client,
              COALESCE(EXTRACT(EPOCH FROM clock_timestamp() - a.xact_start), 0)::float8 AS held
         FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
        WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
          AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND ((l.classid::bigint << 32) | l.objid::bigint) = $1::bigint
        LIMIT 1`,
      [migrationLockKey.toString()],
    );
    await client.query('RELEASE SAVEPOINT dlp_lock_holder');
    const row = rows[0];
    return row ? { pid: row.pid, application: row.application, client: row.client, heldSeconds: Math.max(0, Math.round(row.held)) } : null;
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT dlp_lock_holder');
    return null;
  }
}

function describeHolder(holder: SchemaLockHolder | null): string {
  if (!holder) return 'a session that has since ended';
  const from = holder.client ? ` from ${holder.client}` : '';
  return `PostgreSQL backend pid ${holder.pid} (application "${holder.application}"${from}, in its transaction for ${holder.heldSeconds} s)`;
}

/**
 * Bring the schema up to date. Several nodes may start at once: each takes the same
 * transaction-scoped advisory lock first, so one migrates and the others then see the new
 * version and do nothing. A database newer than this build is refused rather than guessed at.
 * The waits are bounded: a node whose lock is held by another (say a migration stuck behind a
 * long transaction) reports who holds it, then fails its start with STORE_SCHEMA_LOCKED instead
 * of hanging; a schema statement blocked by a table lock fails after its own lock timeout.
 */
export async function migrate(client: pg.ClientBase, options: MigrateOptions = {}): Promise<number> {
  const lockWaitMs = options.lockWaitMs ?? 120_000;
  const pollMs = options.pollMs ?? 200;
  const deadline = Date.now() + lockWaitMs;
  await client.query('BEGIN');
  try {
    await client.query(`SET LOCAL lock_timeout = ${Math.max(1, Math.round(options.statementLockTimeoutMs ?? 30_000))}`);
    let reported = false;
    for (;;) {
      const { rows } = await client.query<{ ok: boolean }>('SELECT pg_try_advisory_xact_lock($1) AS ok', [migrationLockKey.toString()]);
      if (rows[0]?.ok) break;
      const expired = Date.now() >= deadline;
      if (!reported) {
        reported = true;
        options.onWait?.(await lockHolder(client));
      }
      if (expired) {
        const holder = await lockHolder(client);
        throw new Error(
          `STORE_SCHEMA_LOCKED: waited ${Math.round(lockWaitMs / 1000)} s for the schema migration lock, held by ${describeHolder(holder)}; ` +
            'another node may be stuck migrating (pg_stat_activity shows what it waits for)',
        );
      }
      await new Promise((resolve) => setTimeout(resolve, Math.min(pollMs, Math.max(0, deadline - Date.now()))));
    }
    await client.query('CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, applied_at BIGINT NOT NULL)');
    const { rows } = await client.query<{ version: number | null }>('SELECT max(version) AS version FROM schema_version');
    const current = rows[0]?.version ?? 0;
    if (current > migrations.length) {
      throw new Error(
        `STORE_SCHEMA_TOO_NEW: the PostgreSQL schema is at version ${current} but this build knows ${migrations.length}; upgrade this node`,
      );
    }
    for (let version = current; version < migrations.length; version++) {
      try {
        await client.query(migrations[version]!);
      } catch (err) {
        throw new Error(`STORE_MIGRATION_FAILED: schema step ${version + 1} of ${migrations.length}: ${(err as Error).message}`, { cause: err });
      }
      await client.query('INSERT INTO schema_version (version, applied_at) VALUES ($1, $2)', [version + 1, Date.now()]);
    }
    await client.query('COMMIT');
    return migrations.length;
  } catch (err) {
    await client.query('ROLLBACK').catch(() => undefined);
    throw err;
  }
}
