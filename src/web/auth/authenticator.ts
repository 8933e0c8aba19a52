/**
 * Authentication is behind this interface so that an OIDC or SAML provider can be added next to
 * the local password accounts (see docs/web.md "Adding a single sign-on provider").
 * A provider only answers "who is this?"; sessions, CSRF and roles stay the same for all.
 */
import type { Clock } from '../../clock.js';
import type { Store, UserRecord } from '../../store/types.js';
import { verifyPassword } from './password.js';

export type SignInOutcome =
  | { ok: true; user: UserRecord }
  | { ok: false; reason: 'invalid' | 'locked' | 'disabled' };

/** Username + password providers (local accounts; an LDAP bind would fit here too). */
export interface PasswordAuthenticator {
  readonly kind: 'password';
  authenticate(username: string, password: string): Promise<SignInOutcome>;
}

export const lockoutThreshold = 5;
export const lockoutMs = 15 * 60_000;

/**
 * Runs `fn` after every earlier call with the same key has finished. Sign-in attempts for one
 * account are read-modify-write on its failure count: run in parallel (many addresses guessing at
 * once), they overwrote each other's count and even a lock that had just been set.
 */
function serialiser(): <T>(key: string, fn: () => Promise<T>) => Promise<T> {
  const tails = new Map<string, Promise<void>>();
  return (key, fn) => {
    const run = (tails.get(key) ?? Promise.resolve()).then(fn);
    const tail = run.then(
      () => undefined,
      () => undefined,
    );
    tails.set(key, tail);
    void tail.then(() => {
      if (tails.get(key) === tail) tails.delete(key);
    });
    return run;
  };
}

/** Local accounts in the store: Argon2id hashes, lockout after 5 failures for 15 minutes. */
export function localPasswordAuthenticator(store: Store, clock: Clock): PasswordAuthenticator {
  const perAccount = serialiser();
  return {
    kind: 'password',
    authenticate: (username, password) => perAccount(username.toLowerCase(), () => attempt(username, password)),
  };

  async function attempt(username: string, password: string): Promise<SignInOutcome> {
    const user = await store.getUser(username);
    const now = clock.now();
    if (user && user.lockedUntil > now) {
      // Do not even check the password: a locked account cannot be probed.
      return { ok: false, reason: 'locked' };
    }
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user) return { ok: false, reason: 'invalid' };
    if (!ok) {
      const failed = user.failedLogins + 1;
      const locked = failed >= lockoutThreshold;
      await store.upsertUser({ ...user, failedLogins: locked ? 0 : failed, lockedUntil: locked ? now + lockoutMs : user.lockedUntil });
      return { ok: false, reason: locked ? 'locked' : 'invalid' };
    }
    if (user.disabled) return { ok: false, reason: 'disabled' };
    if (user.failedLogins !== 0 || user.lockedUntil !== 0) await store.upsertUser({ ...user, failedLogins: 0, lockedUntil: 0 });
    return { ok: true, user };
  }
}
