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

/**
 * Local accounts in the store: Argon2id hashes. Failed attempts are counted per (account, client)
 * by the sign-in page's SignInGuard, not here: an account-wide lock let anyone lock anyone out.
 * `lockedUntil` is still honoured (a lock set by an older version or by an administrator).
 */
export function localPasswordAuthenticator(store: Store, clock: Clock): PasswordAuthenticator {
  const perAccount = serialiser();
  return {
    kind: 'password',
    authenticate: (username, password) => perAccount(username.toLowerCase(), () => attempt(username, password)),
  };

  async function attempt(username: string, password: string): Promise<SignInOutcome> {
    const user = await store.getUser(username);
    const now = clock.now();
    // The hash is always checked (unknown and locked accounts too): the answer takes as long either way.
    const ok = await verifyPassword(user?.passwordHash, password);
    if (!user) return { ok: false, reason: 'invalid' };
    if (user.lockedUntil > now) return { ok: false, reason: 'locked' };
    if (!ok) return { ok: false, reason: 'invalid' };
    if (user.disabled) return { ok: false, reason: 'disabled' };
    if (user.failedLogins !== 0 || user.lockedUntil !== 0) await store.upsertUser({ ...user, failedLogins: 0, lockedUntil: 0 });
    return { ok: true, user };
  }
}
