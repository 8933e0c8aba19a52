/** The SMTP limiters alone: pure bookkeeping with an injectable clock (issue 22). */
import { describe, expect, it } from 'vitest';
import { AuthLimiter } from '../../src/receive/auth-limiter.js';
import { ClientSlots } from '../../src/receive/client-slots.js';
import { isAuthResponse } from '../../src/receive/connection-guard.js';

describe('the limiters alone (pure, injectable clock)', () => {
  const limits = { maxFailures: 3, windowMs: 10_000, lockoutMs: 60_000, delayMs: 100, maxDelayMs: 1_000, maxFailuresPerAddress: 5 };

  it('AuthLimiter: growing delays, lock-out at maxFailures, lifted after lockoutMs; failures age out of the window', () => {
    let now = 1_000_000;
    const limiter = new AuthLimiter(limits, { now: () => now });
    expect(limiter.failed('user', '192.0.2.1').delayMs).toBe(100);
    expect(limiter.failed('USER', '::ffff:192.0.2.1').delayMs).toBe(200); // one account, one client
    expect(limiter.gate('user', '192.0.2.1').kind).toBe('open');
    expect(limiter.failed('user', '192.0.2.1')).toEqual({ delayMs: 1_000, lockedOut: 'account' });
    expect(limiter.gate('user', '192.0.2.1')).toEqual({ kind: 'locked', scope: 'account', retryAfterMs: 60_000 });
    expect(limiter.gate('user', '192.0.2.99').kind).toBe('open');
    now += 60_000;
    expect(limiter.gate('user', '192.0.2.1').kind).toBe('open');
    // Two failures, then the window passes: the count starts again.
    const fresh = new AuthLimiter(limits, { now: () => now });
    fresh.failed('a', '198.51.100.7');
    fresh.failed('a', '198.51.100.7');
    now += 10_001;
    expect(fresh.failed('a', '198.51.100.7').lockedOut).toBeUndefined();
  });

  it('AuthLimiter: many accounts from one address lock the address; success clears only the pair', () => {
    const now = 5_000;
    const limiter = new AuthLimiter(limits, { now: () => now });
    limiter.failed('a', '203.0.113.5');
    limiter.failed('a', '203.0.113.5');
    limiter.succeeded('a', '203.0.113.5');
    expect(limiter.failed('a', '203.0.113.5').delayMs).toBe(100);
    expect(limiter.failed('b', '203.0.113.5').lockedOut).toBeUndefined();
    expect(limiter.failed('c', '203.0.113.5')).toEqual({ delayMs: 1_000, lockedOut: 'address' });
    expect(limiter.gate('d', '203.0.113.5')).toMatchObject({ kind: 'locked', scope: 'address' });
  });

  it('ClientSlots: a share of maxClients per address, at least one; released slots are reusable', () => {
    expect(ClientSlots.fromShare(200, 0.5).perAddress).toBe(100);
    expect(ClientSlots.fromShare(1, 0.1).perAddress).toBe(1);
    const slots = new ClientSlots(2);
    expect(slots.take('s1', '192.0.2.1')).toBe(true);
    expect(slots.take('s2', '::ffff:192.0.2.1')).toBe(true);
    expect(slots.take('s3', '192.0.2.1')).toBe(false);
    expect(slots.take('s4', '192.0.2.2')).toBe(true);
    slots.release('s3'); // never had one: no effect
    expect(slots.heldBy('192.0.2.1')).toBe(2);
    slots.release('s1');
    expect(slots.take('s5', '192.0.2.1')).toBe(true);
  });

  it('AUTH responses must be strict base64 (or * / =)', () => {
    for (const ok of ['*', '=', 'dXNlcg==', 'AHVzZXIAcGFzcw==', 'YWJj']) expect(isAuthResponse(ok), ok).toBe(true);
    for (const bad of ['!!!', 'abc', 'dXNlcg=', 'a b', 'dXNlcg==x', '%%%']) expect(isAuthResponse(bad), bad).toBe(false);
  });
});
