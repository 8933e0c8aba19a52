import pg from 'pg';
import type {
  EncryptedSend,
  ReleasedForm,
  ApiTokenRecord,
  AuditEvent,
  ListQuery,
  MessageRecord,
  MessageState,
  MessageUpdate,
  Durability,
  NewAuditEvent,
  NewMessage,
  SessionRecord,
  Store,
  StoredIncident,
  UserRecord,
  UserIdentity,
  WorkKind,
  SizeRange,
  DownloadLinkData,
  DownloadLinkRecord,
  DownloadLogEntry,
} from './types.js';
import { finalStates } from './types.js';
import { checkBlobId } from './release-types.js';
import { claimedState } from './work-states.js';
import { migrate, type MigrateOptions } from './postgres/migrations.js';
import * as directory from './postgres/directory.js';
import type { DirectorySnapshot, DirectorySyncStatus } from '../directory/types.js';
import { WorkListener, workChannel } from './postgres/listener.js';
import {
  jsonParam,
  messageColumns,
  toApiToken,
  toAuditEvent,
  toIncident,
  toMessage,
  toSession,
  toIdentity,
  toUser,
  type ApiTokenRow,
  type AuditRow,
  type IncidentRow,
  type MessageRow,
  type SessionRow,
  type IdentityRow,
  type UserRow,
} from './postgres/rows.js';

/** BIGINT (epoch ms, counts, ids) as JS numbers: every value we store is far below 2^53. */
const int8Oid = 20;
const typeParsers: pg.CustomTypesConfig = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
    oid === int8Oid && format !== 'binary' ? (value: string) => Number(value) : pg.types.getTypeParser(oid, format as 'text')) as pg.CustomTypesConfig['getTypeParser'],
};

/** Which work a message in this state is waiting for, if any. */
function workFor(state: string): WorkKind | undefined {
  if (state === 'received') return 'inspect';
  if (state === 'queued') return 'relay';
  // `delayed` becomes due at its own time: the release loops find it by polling.
  return undefined;
}

interface DownloadLinkRow {
  id: string;
  message_id: string;
  created_at: number;
  expires_at: number;
  version: number;
  revoked_at: number | null;
  revoked_by: string | null;
  purged: boolean;
  data: DownloadLinkData;
}

function toDownloadLink(r: DownloadLinkRow): DownloadLinkRecord {
  return {
    id: r.id,
    messageId: r.message_id,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    version: r.version,
    revokedAt: r.revoked_at,
    revokedBy: r.revoked_by,
    purged: r.purged,
    data: r.data,
  };
}

/** TEXT cannot hold U+0000 (an upstream reply might); keep the rest of the text. */
function textParam(value: string | null): string | null {
  return value === null ? null : value.replaceAll('\u0000', '\uFFFD');
}

export interface PostgresStoreOptions {
  /** Pooled connections per node (default 10). */
  poolSize?: number;
  /** Errors of idle pooled connections and of the LISTEN connection (they are retried). */
  onError?: (err: Error) => void;
  /** Bounds and a report for the wait on another node's schema migration. */
  migration?: MigrateOptions;
}

/**
 * PostgreSQL store for several gateway nodes sharing one queue. Work is claimed with
 * `FOR UPDATE SKIP LOCKED` under a lease; state changes are compare-and-set in a transaction
 * with their audit event; a NOTIFY in the same transaction wakes the other nodes.
 */
export class PostgresStore implements Store {
  private listener: WorkListener | undefined;
  private readonly subscribers = new Set<(kind: WorkKind) => void>();
  private closed = false;

  private constructor(
    private readonly pool: pg.Pool,
    private readonly clientConfig: pg.ClientConfig,
    private readonly onError: (err: Error) => void,
  ) {}

  /** Connect, migrate the schema (safe when several nodes start together) and return the store. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const onError = options.onError ?? (() => undefined);
    const clientConfig: pg.ClientConfig = {
      connectionString: url,
      types: typeParsers,
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
      application_name: 'dlp-gateway',
    };
    const pool = new pg.Pool({ ...clientConfig, max: options.poolSize ?? 10, idleTimeoutMillis: 30_000 });
    // An idle pooled connection that breaks (server restart) must not crash the process.
    pool.on('error', (err) => onError(err));
    try {
      const client = await pool.connect();
      try {
        await migrate(client, options.migration);
      } finally {
        client.release();
      }
    } catch (err) {
      await pool.end().catch(() => undefined);
      throw err;
    }
    return new PostgresStore(pool, clientConfig, onError);
  }

  /** Run `fn` in one transaction on one pooled connection. */
  private async tx<T>(fn: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await this.pool.connect();
    let broken: Error | undefined;
    try {
      await client.query('BEGIN');
      const result = await fn(client);
      await client.query('COMMIT');
      return result;
    } catch (err) {
      await client.query('ROLLBACK').catch((rollbackErr: Error) => (broken = rollbackErr));
      throw err;
    } finally {
      // A connection whose ROLLBACK failed is in an unknown state: discard it.
      client.release(broken);
    }
  }

  private async insertEvent(client: pg.Pool | pg.ClientBase, event: NewAuditEvent): Promise<void> {
    await client.query('INSERT INTO audit_events (at, message_id, actor, action, detail) VALUES ($1, $2, $3, $4, $5)', [
      event.at,
      event.messageId,
      event.actor,
      event.action,
      jsonParam(event.detail ?? {}),
    ]);
  }

  /** Queued for delivery at commit, together with the change that made the work due. */
  private async notifyWork(client: pg.ClientBase, kind: WorkKind): Promise<void> {
    await client.query('SELECT pg_notify($1, $2)', [workChannel, kind]);
  }

  async accept(message: NewMessage, event: NewAuditEvent): Promise<void> {
    const state = message.initialState ?? 'received';
    const recipients = message.rcptTo.map((address) => ({ address, status: 'pending' as const }));
    // COMMIT returns after the WAL is flushed (synchronous_commit=on), before we answer 250.
    await this.tx(async (client) => {
      await client.query(
        `INSERT INTO messages (id, kind, received_at, updated_at, mail_from, rcpt_to, size, state, recipients, client, next_attempt_at)
         VALUES ($1, $2, $3, $3, $4, $5, $6, $7, $8, $9, $3)`,
        [
          message.id,
          message.kind ?? 'mail',
          message.receivedAt,
          message.mailFrom,
          jsonParam(message.rcptTo),
          message.raw.length,
          state,
          jsonParam(recipients),
          jsonParam(message.client),
        ],
      );
      await client.query('INSERT INTO message_content (id, raw) VALUES ($1, $2)', [message.id, message.raw]);
      await this.insertEvent(client, event);
      await this.notifyWork(client, workFor(state)!);
    });
  }

  async get(id: string): Promise<MessageRecord | undefined> {
    const { rows } = await this.pool.query<MessageRow>(`SELECT ${messageColumns} FROM messages WHERE id = $1`, [id]);
    return rows[0] ? toMessage(rows[0]) : undefined;
  }

  async getRaw(id: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ raw: Buffer }>('SELECT raw FROM message_content WHERE id = $1', [id]);
    return rows[0]?.raw;
  }

  async claim(kind: WorkKind, owner: string, now: number, leaseMs: number, limit: number, sizes: SizeRange = {}): Promise<MessageRecord[]> {
    const state = claimedState(kind);
    // SKIP LOCKED: nodes claiming at the same moment take different rows instead of waiting
    // for each other; a row is re-checked after its lock, so a lease cannot be taken twice.
    const { rows } = await this.pool.query<MessageRow>(
      `WITH due AS (
         SELECT id FROM messages
         WHERE state = $1 AND next_attempt_at <= $2 AND lease_until <= $2 AND size >= $6 AND size < $7
         ORDER BY next_attempt_at, received_at
         LIMIT $3
         FOR UPDATE SKIP LOCKED
       )
       UPDATE messages AS m SET lease_owner = $4, lease_until = $5
       FROM due WHERE m.id = due.id
       RETURNING ${messageColumns.split(', ').map((c) => `m.${c}`).join(', ')}`,
      [state, now, limit, owner, now + leaseMs, sizes.min ?? 0, sizes.below ?? Number.MAX_SAFE_INTEGER],
    );
    return rows.map(toMessage).sort((a, b) => a.nextAttemptAt - b.nextAttemptAt || a.receivedAt - b.receivedAt);
  }

  async extendLease(id: string, owner: string, until: number): Promise<boolean> {
    const { rowCount } = await this.pool.query('UPDATE messages SET lease_until = $1 WHERE id = $2 AND lease_owner = $3', [until, id, owner]);
    return rowCount === 1;
  }

  async releaseLease(id: string, owner: string): Promise<void> {
    await this.tx(async (client) => {
      const { rows } = await client.query<{ state: string }>(
        'UPDATE messages SET lease_owner = NULL, lease_until = 0 WHERE id = $1 AND lease_owner = $2 RETURNING state',
        [id, owner],
      );
      // The work is free again: another node may take it now rather than at its next poll.
      const kind = rows[0] ? workFor(rows[0].state) : undefined;
      if (kind) await this.notifyWork(client, kind);
    });
  }

  async update(
    id: string,
    from: readonly MessageState[],
    change: MessageUpdate,
    event: NewAuditEvent | null,
    owner?: string,
    durability: Durability = 'fsync',
  ): Promise<boolean> {
    const values: unknown[] = [event?.at ?? Date.now()];
    const param = (value: unknown) => `$${values.push(value)}`;
    const sets: string[] = [`updated_at = $1`, 'lease_owner = NULL', 'lease_until = 0'];
    if (change.state !== undefined) sets.push(`state = ${param(change.state)}`);
    if (change.recipients !== undefined) sets.push(`recipients = ${param(jsonParam(change.recipients))}`);
    if (change.attempts !== undefined) sets.push(`attempts = ${param(change.attempts)}`);
    if (change.nextAttemptAt !== undefined) sets.push(`next_attempt_at = ${param(change.nextAttemptAt)}`);
    if (change.lastError !== undefined) sets.push(`last_error = ${param(textParam(change.lastError))}`);
    if (change.inspection !== undefined) sets.push(`inspection = ${param(jsonParam(change.inspection))}`);
    if (change.hold !== undefined) sets.push(`hold = ${param(jsonParam(change.hold))}`);
    const where = [`id = ${param(id)}`, `state = ANY(${param([...from])}::text[])`];
    if (owner !== undefined) where.push(`lease_owner = ${param(owner)}`);
    // Compare-and-set: of two nodes racing (two approvals, a late worker whose lease was taken
    // over), the second waits for the first's row lock, re-checks the WHERE on the new row
    // version and matches nothing.
    return this.tx(async (client) => {
      // Deferred: COMMIT returns before the WAL flush; the next synchronous commit flushes it too.
      if (durability === 'deferred') await client.query('SET LOCAL synchronous_commit = off');
      const result = await client.query(`UPDATE messages SET ${sets.join(', ')} WHERE ${where.join(' AND ')}`, values);
      if (result.rowCount !== 1) return false;
      if (event) await this.insertEvent(client, event);
      const kind = change.state !== undefined ? workFor(change.state) : undefined;
      if (kind) await this.notifyWork(client, kind);
      return true;
    });
  }

  async list(query: ListQuery): Promise<MessageRecord[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    if (query.states?.length) where.push(`state = ANY(${param(query.states)}::text[])`);
    if (query.since !== undefined) where.push(`received_at >= ${param(query.since)}`);
    if (query.kind !== undefined) where.push(`kind = ${param(query.kind)}`);
    const sql = `SELECT ${messageColumns} FROM messages ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY received_at DESC LIMIT ${param(query.limit ?? 500)}`;
    const { rows } = await this.pool.query<MessageRow>(sql, values);
    return rows.map(toMessage);
  }

  async countByState(): Promise<Record<string, number>> {
    const { rows } = await this.pool.query<{ state: string; n: number }>('SELECT state, COUNT(*) AS n FROM messages GROUP BY state');
    return Object.fromEntries(rows.map((r) => [r.state, r.n]));
  }

  async appendEvent(event: NewAuditEvent): Promise<void> {
    await this.insertEvent(this.pool, event);
  }

  async events(query: { messageId?: string; since?: number; limit?: number; actor?: string; action?: string }): Promise<AuditEvent[]> {
    const where: string[] = [];
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    if (query.messageId !== undefined) where.push(`message_id = ${param(query.messageId)}`);
    if (query.since !== undefined) where.push(`at >= ${param(query.since)}`);
    if (query.actor !== undefined) where.push(`actor = ${param(query.actor)}`);
    if (query.action !== undefined) where.push(`action = ${param(query.action)}`);
    const sql = `SELECT id, at, message_id, actor, action, detail FROM audit_events ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
      ORDER BY id LIMIT ${param(query.limit ?? 1000)}`;
    const { rows } = await this.pool.query<AuditRow>(sql, values);
    return rows.map(toAuditEvent);
  }

  async purgeContent(before: number, now: number, retain?: (record: MessageRecord) => unknown): Promise<number> {
    return this.tx(async (client) => {
      // The row lock and the re-checked `purged = false` make two nodes purging at once
      // purge (and audit) each message once.
      const { rows } = await client.query<MessageRow>(
        `SELECT ${messageColumns} FROM messages
         WHERE purged = false AND updated_at < $1 AND state = ANY($2::text[])
         FOR UPDATE`,
        [before, [...finalStates]],
      );
      if (rows.length === 0) return 0;
      const ids = rows.map((r) => r.id);
      const kept = rows
        .map((r) => ({ id: r.id, facts: retain ? retain(toMessage(r)) : null }))
        .filter((k) => k.facts !== null && k.facts !== undefined);
      if (kept.length) {
        await client.query(
          `INSERT INTO message_facts (id, kept_at, facts)
           SELECT id, $1, facts FROM unnest($2::text[], $3::jsonb[]) AS k(id, facts)
           ON CONFLICT (id) DO UPDATE SET kept_at = EXCLUDED.kept_at, facts = EXCLUDED.facts`,
          [now, kept.map((k) => k.id), kept.map((k) => jsonParam(k.facts))],
        );
      }
      await client.query('UPDATE messages SET purged = true, inspection = NULL WHERE id = ANY($1::text[])', [ids]);
      await client.query('DELETE FROM message_content WHERE id = ANY($1::text[])', [ids]);
      await client.query('DELETE FROM released_content WHERE id = ANY($1::text[])', [ids]);
      await client.query(
        `INSERT INTO audit_events (at, message_id, actor, action, detail)
         SELECT $1, id, 'system', 'content_purged', $3::jsonb FROM unnest($2::text[]) AS id`,
        [now, ids, jsonParam({ reason: 'retention' })],
      );
      return ids.length;
    });
  }

  async retainedFacts(ids: readonly string[]): Promise<Map<string, unknown>> {
    const out = new Map<string, unknown>();
    if (ids.length === 0) return out;
    const { rows } = await this.pool.query<{ id: string; facts: unknown }>('SELECT id, facts FROM message_facts WHERE id = ANY($1::text[])', [[...ids]]);
    for (const r of rows) out.set(r.id, r.facts);
    return out;
  }

  async listBySender(mailFrom: string, from: number, to: number, limit = 1000): Promise<MessageRecord[]> {
    const { rows } = await this.pool.query<MessageRow>(
      `SELECT ${messageColumns} FROM messages WHERE lower(mail_from) = lower($1) AND received_at >= $2 AND received_at <= $3 AND kind = 'mail'
       ORDER BY received_at LIMIT $4`,
      [mailFrom, from, to, limit],
    );
    return rows.map(toMessage);
  }

  async createIncident(i: StoredIncident, event: NewAuditEvent): Promise<void> {
    await this.tx(async (client) => {
      await client.query(
        'INSERT INTO incidents (id, created_at, updated_at, version, status, aware_at, anchor_message_id, data) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
        [i.id, i.createdAt, i.updatedAt, i.version, i.status, i.awareAt, i.anchorMessageId, jsonParam(i.data)],
      );
      await this.insertEvent(client, event);
    });
  }

  async getIncident(id: string): Promise<StoredIncident | undefined> {
    const { rows } = await this.pool.query<IncidentRow>('SELECT * FROM incidents WHERE id = $1', [id]);
    return rows[0] ? toIncident(rows[0]) : undefined;
  }

  async listIncidents(query: { statuses?: readonly string[]; limit?: number }): Promise<StoredIncident[]> {
    const values: unknown[] = [];
    const param = (value: unknown) => `$${values.push(value)}`;
    const where = query.statuses?.length ? `WHERE status = ANY(${param([...query.statuses])}::text[])` : '';
    const { rows } = await this.pool.query<IncidentRow>(`SELECT * FROM incidents ${where} ORDER BY created_at DESC, id DESC LIMIT ${param(query.limit ?? 500)}`, values);
    return rows.map(toIncident);
  }

  async updateIncident(id: string, version: number, change: { status?: string; awareAt?: number; data?: unknown; at: number }, event: NewAuditEvent): Promise<boolean> {
    const values: unknown[] = [change.at];
    const param = (value: unknown) => `$${values.push(value)}`;
    const sets = ['updated_at = $1', 'version = version + 1'];
    if (change.status !== undefined) sets.push(`status = ${param(change.status)}`);
    if (change.awareAt !== undefined) sets.push(`aware_at = ${param(change.awareAt)}`);
    if (change.data !== undefined) sets.push(`data = ${param(jsonParam(change.data))}`);
    return this.tx(async (client) => {
      const result = await client.query(`UPDATE incidents SET ${sets.join(', ')} WHERE id = ${param(id)} AND version = ${param(version)}`, values);
      if (result.rowCount !== 1) return false;
      await this.insertEvent(client, event);
      return true;
    });
  }

  async knownDomains(keys: string[]): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const { rows } = await this.pool.query<{ domain: string }>('SELECT DISTINCT domain FROM known_domains WHERE key = ANY($1::text[])', [keys]);
    return new Set(rows.map((r) => r.domain));
  }

  async rememberDomains(keys: string[], domains: string[], at: number): Promise<void> {
    if (keys.length === 0 || domains.length === 0) return;
    await this.pool.query(
      `INSERT INTO known_domains (key, domain, first_at)
       SELECT k, d, $3 FROM unnest($1::text[]) AS k CROSS JOIN unnest($2::text[]) AS d
       ON CONFLICT (key, domain) DO NOTHING`,
      [keys, domains, at],
    );
  }

  async rememberEncryptedSend(send: EncryptedSend, forgetBefore: number): Promise<void> {
    await this.pool.query('DELETE FROM encrypted_sends WHERE at < $1', [forgetBefore]);
    await this.pool.query(
      `INSERT INTO encrypted_sends (message_id, sender, recipients_hash, at) VALUES ($1, $2, $3, $4)
       ON CONFLICT (message_id) DO UPDATE SET sender = EXCLUDED.sender, recipients_hash = EXCLUDED.recipients_hash, at = EXCLUDED.at`,
      [send.messageId, send.sender, send.recipientsHash, send.at],
    );
  }

  async findEncryptedSend(sender: string, recipientsHash: string, since: number, excludeId?: string): Promise<EncryptedSend | undefined> {
    const { rows } = await this.pool.query<{ message_id: string; sender: string; recipients_hash: string; at: string }>(
      `SELECT message_id, sender, recipients_hash, at FROM encrypted_sends
       WHERE sender = $1 AND recipients_hash = $2 AND at >= $3 AND message_id <> $4 ORDER BY at DESC LIMIT 1`,
      [sender, recipientsHash, since, excludeId ?? ''],
    );
    const r = rows[0];
    return r ? { messageId: r.message_id, sender: r.sender, recipientsHash: r.recipients_hash, at: Number(r.at) } : undefined;
  }

  async upsertUser(u: UserRecord): Promise<void> {
    await this.pool.query(
      `INSERT INTO users (username, display_name, email, roles, password_hash, department, failed_logins, locked_until, disabled, created_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
       ON CONFLICT (username) DO UPDATE SET display_name = EXCLUDED.display_name, email = EXCLUDED.email, roles = EXCLUDED.roles,
         password_hash = EXCLUDED.password_hash, department = EXCLUDED.department, failed_logins = EXCLUDED.failed_logins,
         locked_until = EXCLUDED.locked_until, disabled = EXCLUDED.disabled`,
      [u.username, u.displayName, u.email, jsonParam(u.roles), u.passwordHash, u.department, u.failedLogins, u.lockedUntil, u.disabled, u.createdAt],
    );
  }

  async getUser(username: string): Promise<UserRecord | undefined> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users WHERE username = $1', [username]);
    return rows[0] ? toUser(rows[0]) : undefined;
  }

  async listUsers(): Promise<UserRecord[]> {
    const { rows } = await this.pool.query<UserRow>('SELECT * FROM users ORDER BY username');
    return rows.map(toUser);
  }

  async getIdentity(provider: string, subject: string): Promise<UserIdentity | undefined> {
    const { rows } = await this.pool.query<IdentityRow>('SELECT * FROM user_identities WHERE provider = $1 AND subject = $2', [provider, subject]);
    return rows[0] ? toIdentity(rows[0]) : undefined;
  }

  async linkIdentity(i: UserIdentity): Promise<boolean> {
    const result = await this.pool.query(
      'INSERT INTO user_identities (provider, subject, username, created_at, last_sign_in_at) VALUES ($1, $2, $3, $4, $5) ON CONFLICT (provider, subject) DO NOTHING',
      [i.provider, i.subject, i.username, i.createdAt, i.lastSignInAt],
    );
    return result.rowCount === 1;
  }

  async touchIdentity(provider: string, subject: string, at: number): Promise<void> {
    await this.pool.query('UPDATE user_identities SET last_sign_in_at = $1 WHERE provider = $2 AND subject = $3', [at, provider, subject]);
  }

  async createSession(s: SessionRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO sessions (id, username, csrf_token, created_at, expires_at, last_seen_at, provider, id_token) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [s.id, s.username, s.csrfToken, s.createdAt, s.expiresAt, s.lastSeenAt, s.provider ?? null, s.idToken ?? null],
    );
  }

  async getSession(id: string): Promise<SessionRecord | undefined> {
    const { rows } = await this.pool.query<SessionRow>('SELECT * FROM sessions WHERE id = $1', [id]);
    return rows[0] ? toSession(rows[0]) : undefined;
  }

  async touchSession(id: string, at: number, expiresAt: number): Promise<void> {
    await this.pool.query('UPDATE sessions SET last_seen_at = $1, expires_at = $2 WHERE id = $3', [at, expiresAt, id]);
  }

  async deleteSession(id: string): Promise<void> {
    await this.pool.query('DELETE FROM sessions WHERE id = $1', [id]);
  }

  async deleteExpiredSessions(now: number): Promise<number> {
    const result = await this.pool.query('DELETE FROM sessions WHERE expires_at < $1', [now]);
    return result.rowCount ?? 0;
  }

  async deleteSessionsOf(username: string): Promise<number> {
    const result = await this.pool.query('DELETE FROM sessions WHERE username = $1', [username]);
    return result.rowCount ?? 0;
  }

  async loadDirectory(): Promise<DirectorySnapshot> {
    const client = await this.pool.connect();
    try {
      await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      const snapshot = await directory.loadDirectory(client);
      await client.query('COMMIT');
      return snapshot;
    } catch (err) {
      await client.query('ROLLBACK').catch(() => undefined);
      throw err;
    } finally {
      client.release();
    }
  }

  async directoryStatus(): Promise<DirectorySyncStatus> {
    return directory.directoryStatus(this.pool);
  }

  async replaceDirectory(snapshot: DirectorySnapshot, at: number, events: readonly NewAuditEvent[]): Promise<void> {
    await this.tx(async (client) => {
      // Two nodes syncing at once: one replaces after the other, never interleaved.
      await client.query('LOCK TABLE directory_people IN EXCLUSIVE MODE');
      await directory.replaceDirectory(client, snapshot, at);
      for (const e of events) await this.insertEvent(client, e);
    });
  }

  async recordDirectoryFailure(at: number, reason: string, event: NewAuditEvent): Promise<void> {
    await this.tx(async (client) => {
      await directory.recordDirectoryFailure(client, at, reason);
      await this.insertEvent(client, event);
    });
  }

  async createApiToken(t: ApiTokenRecord): Promise<void> {
    await this.pool.query(
      'INSERT INTO api_tokens (id, username, secret_hash, label, created_at, last_used_at) VALUES ($1, $2, $3, $4, $5, $6)',
      [t.id, t.username, t.secretHash, t.label, t.createdAt, t.lastUsedAt],
    );
  }

  async getApiToken(id: string): Promise<ApiTokenRecord | undefined> {
    const { rows } = await this.pool.query<ApiTokenRow>('SELECT * FROM api_tokens WHERE id = $1', [id]);
    return rows[0] ? toApiToken(rows[0]) : undefined;
  }

  async deleteApiToken(id: string): Promise<void> {
    await this.pool.query('DELETE FROM api_tokens WHERE id = $1', [id]);
  }

  async consumeToken(tokenId: string, at: number, expiresAt: number): Promise<boolean> {
    // Forget expired records first (SKIP LOCKED: nodes cleaning up at once never deadlock).
    await this.pool.query(
      'DELETE FROM used_tokens WHERE id IN (SELECT id FROM used_tokens WHERE expires_at < $1 FOR UPDATE SKIP LOCKED)',
      [at],
    );
    // The primary key decides: of racing inserts one wins, the others wait for it and do nothing.
    const result = await this.pool.query('INSERT INTO used_tokens (id, used_at, expires_at) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING', [
      tokenId,
      at,
      expiresAt,
    ]);
    return result.rowCount === 1;
  }

  async health(): Promise<{ ok: boolean; detail?: string }> {
    const probe = this.pool.query('INSERT INTO health_probe (id, at) VALUES (1, $1) ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at', [Date.now()]);
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('PostgreSQL did not answer within 5 s')), 5_000);
    });
    try {
      await Promise.race([probe, timeout]);
      return { ok: true };
    } catch (err) {
      probe.catch(() => undefined);
      return { ok: false, detail: (err as Error).message };
    } finally {
      clearTimeout(timer);
    }
  }

  /**
   * Call `onNotify` when work became due on any node (LISTEN/NOTIFY on a dedicated connection
   * that reconnects by itself). Returns the function that unsubscribes.
   */
  async subscribe(channel: 'work', onNotify: (kind: WorkKind) => void): Promise<() => Promise<void>> {
    if (channel !== 'work') throw new Error(`STORE_CHANNEL_UNKNOWN: ${String(channel)}`);
    if (this.closed) throw new Error('STORE_CLOSED: cannot subscribe to a closed store');
    this.subscribers.add(onNotify);
    if (!this.listener) {
      this.listener = new WorkListener({
        config: { ...this.clientConfig, application_name: 'dlp-gateway-listen' },
        onWork: (kind) => {
          for (const subscriber of this.subscribers) subscriber(kind);
        },
        onError: this.onError,
      });
      await this.listener.start();
    }
    return async () => {
      this.subscribers.delete(onNotify);
      if (this.subscribers.size === 0 && this.listener) {
        const listener = this.listener;
        this.listener = undefined;
        await listener.stop();
      }
    };
  }

  // ---- issue 18: released form and download links (src/release/, src/download/) ----

  async saveReleasedForm(id: string, form: ReleasedForm, event: NewAuditEvent): Promise<ReleasedForm> {
    return this.tx(async (client) => {
      const inserted = await client.query(
        'INSERT INTO released_content (id, created_at, raw, added_recipients) VALUES ($1, $2, $3, $4) ON CONFLICT (id) DO NOTHING',
        [id, event.at, form.raw, jsonParam(form.addedRecipients)],
      );
      if (inserted.rowCount === 1) await this.insertEvent(client, event);
      const { rows } = await client.query<{ raw: Buffer; added_recipients: string[] }>('SELECT raw, added_recipients FROM released_content WHERE id = $1', [id]);
      return { raw: rows[0]!.raw, addedRecipients: rows[0]!.added_recipients };
    });
  }

  async getReleasedForm(id: string): Promise<ReleasedForm | undefined> {
    const { rows } = await this.pool.query<{ raw: Buffer; added_recipients: string[] }>('SELECT raw, added_recipients FROM released_content WHERE id = $1', [id]);
    const r = rows[0];
    return r ? { raw: r.raw, addedRecipients: r.added_recipients } : undefined;
  }

  async createDownloadLink(link: DownloadLinkRecord, event: NewAuditEvent): Promise<DownloadLinkRecord> {
    return this.tx(async (client) => {
      const inserted = await client.query(
        `INSERT INTO download_links (id, message_id, created_at, expires_at, version, revoked_at, revoked_by, purged, data)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (id) DO NOTHING`,
        [link.id, link.messageId, link.createdAt, link.expiresAt, link.version, link.revokedAt, link.revokedBy, link.purged, jsonParam(link.data)],
      );
      if (inserted.rowCount === 1) await this.insertEvent(client, event);
      const { rows } = await client.query<DownloadLinkRow>('SELECT * FROM download_links WHERE id = $1', [link.id]);
      return toDownloadLink(rows[0]!);
    });
  }

  async getDownloadLink(id: string): Promise<DownloadLinkRecord | undefined> {
    const { rows } = await this.pool.query<DownloadLinkRow>('SELECT * FROM download_links WHERE id = $1', [id]);
    return rows[0] ? toDownloadLink(rows[0]) : undefined;
  }

  async downloadLinksForMessage(messageId: string): Promise<DownloadLinkRecord[]> {
    const { rows } = await this.pool.query<DownloadLinkRow>('SELECT * FROM download_links WHERE message_id = $1 ORDER BY created_at', [messageId]);
    return rows.map(toDownloadLink);
  }

  async updateDownloadLink(
    id: string,
    version: number,
    change: { data?: DownloadLinkData; revokedAt?: number; revokedBy?: string },
    event: NewAuditEvent | null,
  ): Promise<boolean> {
    return this.tx(async (client) => {
      const values: unknown[] = [id, version];
      const sets = ['version = version + 1'];
      if (change.data) sets.push(`data = $${values.push(jsonParam(change.data))}`);
      if (change.revokedAt !== undefined) sets.push(`revoked_at = $${values.push(change.revokedAt)}`);
      if (change.revokedBy !== undefined) sets.push(`revoked_by = $${values.push(change.revokedBy)}`);
      const result = await client.query(`UPDATE download_links SET ${sets.join(', ')} WHERE id = $1 AND version = $2`, values);
      if (result.rowCount === 1 && event) await this.insertEvent(client, event);
      return result.rowCount === 1;
    });
  }

  async appendDownloadLog(e: DownloadLogEntry): Promise<void> {
    await this.pool.query(
      'INSERT INTO download_log (at, message_id, link_id, file_id, file_name, recipient, client_address, user_agent) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)',
      [e.at, e.messageId, e.linkId, e.fileId, textParam(e.fileName), e.recipient, e.clientAddress, textParam(e.userAgent)],
    );
  }

  async downloadLog(messageId: string): Promise<DownloadLogEntry[]> {
    const { rows } = await this.pool.query<{
      at: number; message_id: string; link_id: string; file_id: string; file_name: string; recipient: string | null; client_address: string; user_agent: string;
    }>('SELECT * FROM download_log WHERE message_id = $1 ORDER BY id', [messageId]);
    return rows.map((r) => ({ at: r.at, messageId: r.message_id, linkId: r.link_id, fileId: r.file_id, fileName: r.file_name, recipient: r.recipient, clientAddress: r.client_address, userAgent: r.user_agent }));
  }

  async putDownloadBlob(id: string, bytes: Buffer): Promise<void> {
    await this.pool.query('INSERT INTO download_blobs (id, bytes) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET bytes = EXCLUDED.bytes', [checkBlobId(id), bytes]);
  }

  async getDownloadBlob(id: string): Promise<Buffer | undefined> {
    const { rows } = await this.pool.query<{ bytes: Buffer }>('SELECT bytes FROM download_blobs WHERE id = $1', [id]);
    return rows[0]?.bytes;
  }

  async purgeDownloads(before: number, now: number): Promise<number> {
    return this.tx(async (client) => {
      // Row locks: two nodes purging at once purge (and audit) each link once.
      const { rows } = await client.query<DownloadLinkRow>('SELECT * FROM download_links WHERE NOT purged AND expires_at < $1 FOR UPDATE SKIP LOCKED', [before]);
      for (const row of rows) {
        await client.query('DELETE FROM download_blobs WHERE id = ANY($1::text[])', [row.data.files.map((f) => f.id)]);
        await client.query('UPDATE download_links SET purged = true, version = version + 1 WHERE id = $1', [row.id]);
        await this.insertEvent(client, { at: now, messageId: row.message_id, actor: 'system', action: 'download_files_purged', detail: { files: row.data.files.length, expiredAt: row.expires_at } });
      }
      return rows.length;
    });
  }

  // ---- end issue 18 block ----

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.subscribers.clear();
    const listener = this.listener;
    this.listener = undefined;
    await listener?.stop();
    await this.pool.end();
  }
}
