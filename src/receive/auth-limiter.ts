import type { Clock } from '../clock.js';
import type { GatewayConfig } from '../config/schema.js';

export type AuthLimits = GatewayConfig['smtp']['limits']['auth'];

/** Before checking a password: may this (account, address) try at all? */
export type AuthGate = { kind: 'open' } | { kind: 'locked'; scope: 'account' | 'address'; retryAfterMs: number };

/** After a failure: how long to wait before answering, and whether a lock-out just began. */
export interface AuthFailureOutcome {
  delayMs: number;
  lockedOut?: 'account' | 'address';
}

interface Entry {
  /** Times of the failures still inside the window, oldest first. */
  failures: number[];
  lockedUntil: number;
}

/**
 * Failed SMTP AUTH per (account, client address), and per address across accounts: each failure
 * is answered after a growing delay; too many failures inside the window lock the pair (or the
 * address) out for a while — even the right password is then refused. Pure: time comes from the
 * injected clock, nothing here sleeps or logs. Memory is bounded (oldest keys are dropped).
 */
export class AuthLimiter {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly limits: AuthLimits,
    private readonly clock: Clock,
    private readonly maxKeys = 50_000,
  ) {}

  gate(account: string, address: string): AuthGate {
    const now = this.clock.now();
    for (const [scope, key] of this.keys(account, address)) {
      const entry = this.entries.get(key);
      if (entry && entry.lockedUntil > now) return { kind: 'locked', scope, retryAfterMs: entry.lockedUntil - now };
    }
    return { kind: 'open' };
  }

  failed(account: string, address: string): AuthFailureOutcome {
    const now = this.clock.now();
    let lockedOut: AuthFailureOutcome['lockedOut'];
    let pairFailures = 0;
    for (const [scope, key] of this.keys(account, address)) {
      const entry = this.entry(key, now);
      entry.failures.push(now);
      const limit = scope === 'account' ? this.limits.maxFailures : this.limits.maxFailuresPerAddress;
      if (entry.failures.length > limit) entry.failures.splice(0, entry.failures.length - limit);
      if (scope === 'account') pairFailures = entry.failures.length;
      if (entry.failures.length >= limit && entry.lockedUntil <= now) {
        entry.lockedUntil = now + this.limits.lockoutMs;
        entry.failures = [];
        lockedOut ??= scope;
      }
    }
    const delayMs = Math.min(this.limits.maxDelayMs, this.limits.delayMs * 2 ** Math.max(0, pairFailures - 1));
    return { delayMs: lockedOut ? this.limits.maxDelayMs : delayMs, ...(lockedOut ? { lockedOut } : {}) };
  }

  /** The right password (outside any lock-out) clears the pair's failures; the address count stays. */
  succeeded(account: string, address: string): void {
    this.entries.delete(this.pairKey(account, address));
  }

  private entry(key: string, now: number): Entry {
    let entry = this.entries.get(key);
    if (entry) {
      const since = now - this.limits.windowMs;
      while (entry.failures.length && entry.failures[0]! <= since) entry.failures.shift();
      // Refresh insertion order: the least recently failing keys are dropped first.
      this.entries.delete(key);
    } else {
      entry = { failures: [], lockedUntil: 0 };
    }
    this.entries.set(key, entry);
    if (this.entries.size > this.maxKeys) this.prune(now);
    return entry;
  }

  private prune(now: number): void {
    for (const [key, entry] of this.entries) {
      if (this.entries.size <= this.maxKeys * 0.9) break;
      const last = entry.failures.at(-1) ?? 0;
      if (entry.lockedUntil <= now && now - last > this.limits.windowMs) this.entries.delete(key);
    }
    // Still full of live keys: drop the oldest (a flood must not grow memory without bound).
    for (const key of this.entries.keys()) {
      if (this.entries.size <= this.maxKeys) break;
      this.entries.delete(key);
    }
  }

  private pairKey(account: string, address: string): string {
    return `${account.toLowerCase()}\u0000${normalizeAddress(address)}`;
  }

  private keys(account: string, address: string): Array<['account' | 'address', string]> {
    return [
      ['account', this.pairKey(account, address)],
      ['address', `\u0000${normalizeAddress(address)}`],
    ];
  }
}

/** `::ffff:192.0.2.1` and `192.0.2.1` are one client. */
export function normalizeAddress(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  return (mapped ? mapped[1]! : address).toLowerCase();
}
