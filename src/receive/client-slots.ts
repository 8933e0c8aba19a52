import { normalizeAddress } from './auth-limiter.js';

/**
 * Connection slots per client address: one address may hold at most `perAddress` sessions, so a
 * single client (a stuck MTA, a slow-loris) cannot take every slot of smtp.maxClients. Pure
 * bookkeeping: the receiver asks `take` on connect and calls `release` on close.
 */
export class ClientSlots {
  private readonly held = new Map<string, number>();
  private readonly owners = new Map<string, string>();

  constructor(readonly perAddress: number) {}

  /** From smtp.maxClients and smtp.limits.perClientShare (at least one slot). */
  static fromShare(maxClients: number, share: number): ClientSlots {
    return new ClientSlots(Math.max(1, Math.floor(maxClients * share)));
  }

  /** Take a slot for this session; false when the address already holds its share. */
  take(sessionId: string, address: string): boolean {
    const key = normalizeAddress(address);
    const n = this.held.get(key) ?? 0;
    if (n >= this.perAddress) return false;
    this.held.set(key, n + 1);
    this.owners.set(sessionId, key);
    return true;
  }

  /** Give the session's slot back (no-op for a session that never got one). */
  release(sessionId: string): void {
    const key = this.owners.get(sessionId);
    if (key === undefined) return;
    this.owners.delete(sessionId);
    const n = (this.held.get(key) ?? 1) - 1;
    if (n <= 0) this.held.delete(key);
    else this.held.set(key, n);
  }

  heldBy(address: string): number {
    return this.held.get(normalizeAddress(address)) ?? 0;
  }
}
