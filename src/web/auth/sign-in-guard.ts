/**
 * Failed sign-ins, counted per (account, client address) — never successful ones. Five failures
 * from one client lock that account *for that client* (15 minutes, doubling on each further lock,
 * at most a day); the same account from any other network is unaffected, so an outsider cannot
 * lock a supervisor out. A client that fails against many accounts is slowed down as a whole.
 * Attempts still being checked count as failures until they end, so N guesses sent at once get no
 * more tries than N guesses in a row. In memory, per node (several nodes: each keeps its own
 * count); an admin can unlock.
 */
export interface SignInGuardSettings {
  failuresPerLock: number;
  lockMs: number;
  maxLockMs: number;
  /** Failures from one client, whatever the account, before it gets 429 for the window. */
  clientFailures: number;
  clientWindowMs: number;
}

export const defaultGuardSettings: SignInGuardSettings = {
  failuresPerLock: 5,
  lockMs: 15 * 60_000,
  maxLockMs: 24 * 60 * 60_000,
  clientFailures: 50,
  clientWindowMs: 15 * 60_000,
};

interface AccountClientState {
  failures: number;
  lockedUntil: number;
  /** Locks so far: each one lasts twice as long as the one before. */
  locks: number;
  lastAt: number;
  /** Attempts let through by `begin` whose password is still being checked. */
  pending: number;
}

interface ClientState {
  start: number;
  failures: number;
  pending: number;
}

export type GuardVerdict = 'allowed' | 'locked' | 'client_limited';

export interface LockInfo {
  client: string;
  lockedUntil: number;
  failures: number;
}

export class SignInGuard {
  private readonly pairs = new Map<string, AccountClientState>();
  private readonly clients = new Map<string, ClientState>();

  constructor(private readonly settings: SignInGuardSettings = defaultGuardSettings) {}

  private key(username: string, client: string): string {
    return `${username.trim().toLowerCase()}\u0000${client}`;
  }

  check(username: string, client: string, now: number): GuardVerdict {
    const c = this.clients.get(client);
    const clientFailures = c && now - c.start < this.settings.clientWindowMs ? c.failures : 0;
    if (clientFailures + (c?.pending ?? 0) >= this.settings.clientFailures) return 'client_limited';
    const pair = this.pairs.get(this.key(username, client));
    if (!pair) return 'allowed';
    return pair.lockedUntil > now || pair.failures + pair.pending >= this.settings.failuresPerLock ? 'locked' : 'allowed';
  }

  /**
   * `check`, and when allowed reserve the attempt until `failure`, `success` or `release` ends it:
   * parallel guesses cannot all pass the check before the first of them is counted.
   */
  begin(username: string, client: string, now: number): GuardVerdict {
    const verdict = this.check(username, client, now);
    if (verdict !== 'allowed') return verdict;
    const c = this.clients.get(client);
    if (!c || now - c.start >= this.settings.clientWindowMs) this.clients.set(client, { start: now, failures: 0, pending: (c?.pending ?? 0) + 1 });
    else c.pending++;
    const key = this.key(username, client);
    const pair = this.pairs.get(key) ?? { failures: 0, lockedUntil: 0, locks: 0, lastAt: now, pending: 0 };
    pair.pending++;
    this.pairs.set(key, pair);
    return verdict;
  }

  /** End a reserved attempt without counting it (the check could not be made). */
  release(username: string, client: string): void {
    const c = this.clients.get(client);
    if (c && c.pending > 0) c.pending--;
    const pair = this.pairs.get(this.key(username, client));
    if (pair && pair.pending > 0) pair.pending--;
  }

  /** Count a failure (ending its reservation); `lockedUntil` is set when this failure locked the pair. */
  failure(username: string, client: string, now: number): { lockedUntil?: number } {
    this.release(username, client);
    const c = this.clients.get(client);
    if (!c || now - c.start >= this.settings.clientWindowMs) this.clients.set(client, { start: now, failures: 1, pending: c?.pending ?? 0 });
    else c.failures++;
    if (this.pairs.size > 50_000) this.prune(now);
    const key = this.key(username, client);
    const pair = this.pairs.get(key) ?? { failures: 0, lockedUntil: 0, locks: 0, lastAt: now, pending: 0 };
    // A quiet day forgives earlier locks.
    if (now - pair.lastAt > this.settings.maxLockMs) Object.assign(pair, { failures: 0, locks: 0 });
    pair.failures++;
    pair.lastAt = now;
    this.pairs.set(key, pair);
    if (pair.failures < this.settings.failuresPerLock) return {};
    pair.failures = 0;
    pair.lockedUntil = now + Math.min(this.settings.maxLockMs, this.settings.lockMs * 2 ** pair.locks);
    pair.locks++;
    return { lockedUntil: pair.lockedUntil };
  }

  /** A good sign-in clears this pair only (it proves nothing about other clients). */
  success(username: string, client: string): void {
    this.release(username, client);
    const pair = this.pairs.get(this.key(username, client));
    // Other attempts of this pair still in flight keep their reservation.
    if (pair?.pending) Object.assign(pair, { failures: 0, lockedUntil: 0, locks: 0 });
    else this.pairs.delete(this.key(username, client));
  }

  /** Admin unlock: every client's lock and count for this account. */
  unlock(username: string): number {
    const prefix = `${username.trim().toLowerCase()}\u0000`;
    let n = 0;
    for (const key of [...this.pairs.keys()]) if (key.startsWith(prefix)) (this.pairs.delete(key), n++);
    return n;
  }

  locks(username: string, now: number): LockInfo[] {
    const prefix = `${username.trim().toLowerCase()}\u0000`;
    return [...this.pairs].filter(([k, v]) => k.startsWith(prefix) && v.lockedUntil > now).map(([k, v]) => ({ client: k.slice(prefix.length), lockedUntil: v.lockedUntil, failures: v.failures }));
  }

  private prune(now: number): void {
    for (const [k, v] of this.pairs) if (v.pending === 0 && v.lockedUntil <= now && now - v.lastAt > this.settings.maxLockMs) this.pairs.delete(k);
    for (const [k, v] of this.clients) if (v.pending === 0 && now - v.start >= this.settings.clientWindowMs) this.clients.delete(k);
  }
}
