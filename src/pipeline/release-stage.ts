import type { Clock } from '../clock.js';
import type { Logger } from '../log/logger.js';
import type { MessageRecord, Store } from '../store/types.js';

export interface ReleaseStageDeps {
  store: Store;
  clock: Clock;
  log: Logger;
  owner: string;
  wakeRelay: () => void;
}

/**
 * delayed → queued when the send delay is over. The message was claimed under a lease (one
 * node); the move is compare-and-set on `delayed` and the lease, so a message the sender
 * cancelled or sent meanwhile — or that another node released — is left alone. Bytes and
 * envelope are untouched: the relay stage sends exactly what was accepted.
 */
export async function releaseDelayed(deps: ReleaseStageDeps, record: MessageRecord): Promise<void> {
  const now = deps.clock.now();
  const moved = await deps.store.update(record.id, ['delayed'], { state: 'queued', nextAttemptAt: now, attempts: 0, lastError: null }, {
    at: now, messageId: record.id, actor: 'system', action: 'delay_released', detail: { dueAt: record.nextAttemptAt, lateMs: Math.max(0, now - record.nextAttemptAt) },
  }, deps.owner);
  if (moved) {
    deps.wakeRelay();
    deps.log.info({ id: record.id, lateMs: Math.max(0, now - record.nextAttemptAt) }, 'send delay over; queued for relay');
  }
}
