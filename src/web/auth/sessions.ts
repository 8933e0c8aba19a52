import { createHash, randomBytes } from 'node:crypto';
import type { Clock } from '../../clock.js';
import type { SessionRecord, Store, UserRecord } from '../../store/types.js';

export const sessionIdleMs = 30 * 60_000;
export const sessionAbsoluteMs = 12 * 60 * 60_000;
/** Skip the store write when the session was touched this recently. */
const touchGranularityMs = 15_000;

/**
 * The cookie carries 32 random bytes; the store keeps only their SHA-256, so a copy of the
 * database does not hand out live sessions.
 */
function storeKey(cookieValue: string): string {
  return createHash('sha256').update(cookieValue).digest('base64url');
}

export interface LiveSession {
  session: SessionRecord;
  user: UserRecord;
}

export class SessionManager {
  constructor(
    private readonly store: Store,
    private readonly clock: Clock,
  ) {}

  /** New session after a successful sign-in (by any provider). Returns the cookie value. */
  async create(username: string, via: { provider: string; idToken: string } | null = null): Promise<{ cookieValue: string; session: SessionRecord }> {
    const cookieValue = randomBytes(32).toString('base64url');
    const now = this.clock.now();
    const session: SessionRecord = {
      id: storeKey(cookieValue),
      username,
      csrfToken: randomBytes(32).toString('base64url'),
      createdAt: now,
      lastSeenAt: now,
      expiresAt: Math.min(now + sessionIdleMs, now + sessionAbsoluteMs),
      provider: via?.provider ?? null,
      idToken: via?.idToken ?? null,
    };
    await this.store.createSession(session);
    if (Math.random() < 0.05) void this.store.deleteExpiredSessions(now).catch(() => undefined);
    return { cookieValue, session };
  }

  /** The session and its (enabled) user, or undefined when absent, expired or the user is gone. */
  async load(cookieValue: string | undefined): Promise<LiveSession | undefined> {
    if (!cookieValue || cookieValue.length > 100) return undefined;
    const id = storeKey(cookieValue);
    const session = await this.store.getSession(id);
    if (!session) return undefined;
    const now = this.clock.now();
    if (now >= session.expiresAt || now >= session.createdAt + sessionAbsoluteMs || now - session.lastSeenAt >= sessionIdleMs) {
      await this.store.deleteSession(id);
      return undefined;
    }
    const user = await this.store.getUser(session.username);
    if (!user || user.disabled) {
      await this.store.deleteSession(id);
      return undefined;
    }
    if (now - session.lastSeenAt >= touchGranularityMs) {
      const expiresAt = Math.min(now + sessionIdleMs, session.createdAt + sessionAbsoluteMs);
      await this.store.touchSession(id, now, expiresAt);
      session.lastSeenAt = now;
      session.expiresAt = expiresAt;
    }
    return { session, user };
  }

  async destroy(cookieValue: string | undefined): Promise<void> {
    if (cookieValue) await this.store.deleteSession(storeKey(cookieValue));
  }
}
