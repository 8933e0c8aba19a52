import type { ApiTokenRecord, AuditEvent, MessageRecord, MessageState, SessionRecord, StoredIncident, UserIdentity, UserRecord } from '../types.js';

/** Row shapes as node-postgres returns them (BIGINT parsed to number, JSONB parsed to values). */
export interface MessageRow {
  id: string;
  kind: string;
  received_at: number;
  updated_at: number;
  mail_from: string;
  rcpt_to: string[];
  size: number;
  state: string;
  recipients: MessageRecord['recipients'];
  attempts: number;
  next_attempt_at: number;
  last_error: string | null;
  client: Record<string, unknown>;
  inspection: unknown;
  hold: unknown;
  purged: boolean;
}

export const messageColumns =
  'id, kind, received_at, updated_at, mail_from, rcpt_to, size, state, recipients, attempts, next_attempt_at, last_error, client, inspection, hold, purged';

export function toMessage(row: MessageRow): MessageRecord {
  return {
    id: row.id,
    kind: row.kind as MessageRecord['kind'],
    receivedAt: row.received_at,
    updatedAt: row.updated_at,
    mailFrom: row.mail_from,
    rcptTo: row.rcpt_to,
    size: row.size,
    state: row.state as MessageState,
    recipients: row.recipients,
    attempts: row.attempts,
    nextAttemptAt: row.next_attempt_at,
    lastError: row.last_error,
    client: row.client,
    inspection: row.inspection ?? null,
    hold: row.hold ?? null,
    purged: row.purged,
  };
}

export interface UserRow {
  username: string;
  display_name: string;
  email: string;
  roles: UserRecord['roles'];
  password_hash: string;
  department: string | null;
  failed_logins: number;
  locked_until: number;
  disabled: boolean;
  created_at: number;
}

export function toUser(r: UserRow): UserRecord {
  return {
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    roles: r.roles,
    passwordHash: r.password_hash,
    department: r.department,
    failedLogins: r.failed_logins,
    lockedUntil: r.locked_until,
    disabled: r.disabled,
    createdAt: r.created_at,
  };
}

export interface SessionRow {
  id: string;
  username: string;
  csrf_token: string;
  created_at: number;
  expires_at: number;
  last_seen_at: number;
  provider: string | null;
  id_token: string | null;
}

export function toSession(r: SessionRow): SessionRecord {
  return {
    id: r.id,
    username: r.username,
    csrfToken: r.csrf_token,
    createdAt: r.created_at,
    expiresAt: r.expires_at,
    lastSeenAt: r.last_seen_at,
    provider: r.provider,
    idToken: r.id_token,
  };
}

export interface IdentityRow {
  provider: string;
  subject: string;
  username: string;
  created_at: number;
  last_sign_in_at: number;
}

export function toIdentity(r: IdentityRow): UserIdentity {
  return { provider: r.provider, subject: r.subject, username: r.username, createdAt: r.created_at, lastSignInAt: r.last_sign_in_at };
}

export interface ApiTokenRow {
  id: string;
  username: string;
  secret_hash: string;
  label: string;
  created_at: number;
  last_used_at: number | null;
}

export function toApiToken(r: ApiTokenRow): ApiTokenRecord {
  return { id: r.id, username: r.username, secretHash: r.secret_hash, label: r.label, createdAt: r.created_at, lastUsedAt: r.last_used_at };
}

export interface AuditRow {
  id: number;
  at: number;
  message_id: string | null;
  actor: string;
  action: string;
  detail: Record<string, unknown>;
}

export function toAuditEvent(r: AuditRow): AuditEvent {
  return { id: r.id, at: r.at, messageId: r.message_id, actor: r.actor, action: r.action, detail: r.detail };
}

/**
 * JSON text for a JSONB parameter. JSONB cannot hold U+0000, which extracted document text may
 * contain; it becomes U+FFFD so the update is stored instead of failing forever. `null` and
 * `undefined` become SQL NULL.
 */
export function jsonParam(value: unknown): string | null {
  if (value === null || value === undefined) return null;
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' && v.includes('\u0000') ? v.replaceAll('\u0000', '\uFFFD') : v));
}

export interface IncidentRow {
  id: string;
  created_at: number;
  updated_at: number;
  version: number;
  status: string;
  aware_at: number;
  anchor_message_id: string;
  data: unknown;
}

export function toIncident(r: IncidentRow): StoredIncident {
  return {
    id: r.id,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    version: r.version,
    status: r.status,
    awareAt: r.aware_at,
    anchorMessageId: r.anchor_message_id,
    data: r.data,
  };
}
