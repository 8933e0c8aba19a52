import type { Clock } from '../clock.js';
import type { Store } from '../store/types.js';

/**
 * Keep a claimed message's lease alive while work on it runs longer than a lease (a slow
 * upstream, a big attachment), so another node does not start the same work in parallel.
 */
export async function withLease<T>(store: Store, id: string, owner: string, leaseMs: number, clock: Clock, work: () => Promise<T>): Promise<T> {
  const timer = setInterval(() => {
    store.extendLease(id, owner, clock.now() + leaseMs).catch(() => {});
  }, Math.max(100, Math.floor(leaseMs / 3)));
  timer.unref();
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
