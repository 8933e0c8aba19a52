import type { Clock } from '../clock.js';
import { maskAddress, type Logger } from '../log/logger.js';
import type { MessageRecord, RecipientState, Store } from '../store/types.js';
import { buildBounce } from '../relay/bounce.js';
import { retryDelay } from '../relay/retry.js';
import { releasedFormOf } from '../release/released-form.js';
import { forcedBcc } from '../release/forced-bcc.js';
import type { ReleaseTransform } from '../release/types.js';
import type { Relay, RecipientResult } from '../relay/types.js';
import { newQueueId } from '../receive/queue-id.js';

export interface RelayStageDeps {
  store: Store;
  relay: Relay;
  clock: Clock;
  log: Logger;
  owner: string;
  hostname: string;
  retry: { initialDelayMs: number; maxDelayMs: number; maxQueueAgeMs: number };
  wakeRelay: () => void;
  /** The release chain (src/release/default-chain.ts); default: the approver's forced Bcc only. */
  transforms?: readonly ReleaseTransform[];
}

function domainOf(address: string): string {
  return address.slice(address.lastIndexOf('@') + 1).toLowerCase();
}

/** Queue a delivery status notification to the envelope sender (never for a null sender). */
export async function queueBounce(deps: RelayStageDeps, record: MessageRecord, failed: RecipientResult[], reason: 'rejected' | 'expired'): Promise<void> {
  const now = deps.clock.now();
  if (!record.mailFrom || record.kind === 'bounce') {
    await deps.store.appendEvent({ at: now, messageId: record.id, actor: 'relay', action: 'bounce_discarded', detail: { reason: 'null sender' } });
    return;
  }
  const raw = buildBounce({
    originalId: record.id,
    originalMailFrom: record.mailFrom,
    originalRaw: await deps.store.getRaw(record.id),
    receivedAt: record.receivedAt,
    failed,
    hostname: deps.hostname,
    now,
    reason,
  });
  const id = newQueueId(now);
  await deps.store.accept(
    { id, kind: 'bounce', receivedAt: now, mailFrom: '', rcptTo: [record.mailFrom], raw, client: { generatedFor: record.id }, initialState: 'queued' },
    { at: now, messageId: id, actor: 'relay', action: 'bounce_queued', detail: { for: record.id, recipients: failed.length, reason } },
  );
  deps.wakeRelay();
}

/** queued → delivered | bounced, or stays queued with the next attempt scheduled. */
export async function relayMessage(deps: RelayStageDeps, record: MessageRecord): Promise<void> {
  const { store, clock, log } = deps;
  // Unmodified mail: the accepted bytes. Modified (forced Bcc, attachments as a link, subject
  // prefix, added Bcc, DKIM): the released form, built once and stored before the first attempt,
  // the same bytes to the same envelope on every retry.
  const form = await releasedFormOf({ store, clock, transforms: deps.transforms ?? [forcedBcc] }, record);
  const raw = form.raw;
  const known = new Set(record.recipients.map((r) => r.address.toLowerCase()));
  const added = form.addedRecipients.filter((a) => !known.has(a.toLowerCase()));
  if (added.length > 0) {
    // Envelope-only (Bcc) recipients join the recipient list; it is stored with the attempt's outcome.
    record = { ...record, recipients: [...record.recipients, ...added.map((address) => ({ address, status: 'pending' as const }))] };
    log.info({ id: record.id, bcc: added.map(maskAddress) }, 'Bcc recipients added by policy');
  }
  const pending = record.recipients.filter((r) => r.status === 'pending');
  const results = pending.length
    ? await deps.relay.send({ id: record.id, mailFrom: record.mailFrom, recipients: pending.map((r) => r.address), raw })
    : [];
  const now = clock.now();
  const byAddress = new Map(results.map((r) => [r.address, r]));
  // Queue lifetime counts from release: time spent on hold waiting for people does not count.
  const releasedAt = (record.hold as { decidedAt?: number } | null)?.decidedAt ?? record.receivedAt;
  const expired = now - releasedAt >= deps.retry.maxQueueAgeMs;
  const newlyFailed: RecipientResult[] = [];
  const recipients: RecipientState[] = record.recipients.map((r) => {
    const result = byAddress.get(r.address);
    if (r.status !== 'pending' || !result) return r;
    if (result.outcome === 'delivered') return { address: r.address, status: 'delivered', response: result.response };
    if (result.outcome === 'permanent' || expired) {
      newlyFailed.push(result);
      return { address: r.address, status: 'failed', response: result.response };
    }
    return { address: r.address, status: 'pending', response: result.response };
  });
  const stillPending = recipients.filter((r) => r.status === 'pending');
  const delivered = recipients.filter((r) => r.status === 'delivered');
  const attempts = record.attempts + 1;
  const summary = {
    attempt: attempts,
    delivered: results.filter((r) => r.outcome === 'delivered').length,
    temporary: results.filter((r) => r.outcome === 'temporary').length,
    permanent: results.filter((r) => r.outcome === 'permanent').length,
    next: deps.relay.description,
  };
  // The bounce is queued before the recipients are marked failed: a crash in between repeats
  // the bounce (at-least-once) instead of losing it.
  if (newlyFailed.length > 0) {
    log.warn({ id: record.id, failed: newlyFailed.map((r) => maskAddress(r.address)), expired }, 'recipients failed permanently; bouncing');
    await queueBounce(deps, record, newlyFailed, expired && newlyFailed.every((r) => r.outcome !== 'permanent') ? 'expired' : 'rejected');
  }
  if (stillPending.length > 0) {
    const nextAttemptAt = now + retryDelay(attempts, deps.retry.initialDelayMs, deps.retry.maxDelayMs);
    const lastError = stillPending[0]?.response ?? null;
    await store.update(record.id, ['queued'], { recipients, attempts, nextAttemptAt, lastError }, {
      at: now, messageId: record.id, actor: 'relay', action: 'relay_deferred', detail: { ...summary, retryAt: nextAttemptAt },
    }, deps.owner);
    log.warn({ id: record.id, pending: stillPending.length, attempts, retryInMs: nextAttemptAt - now, response: lastError }, 'relay deferred');
  } else {
    const state = delivered.length > 0 ? 'delivered' : 'bounced';
    const moved = await store.update(record.id, ['queued'], { state, recipients, attempts, lastError: newlyFailed[0]?.response ?? null }, {
      at: now, messageId: record.id, actor: 'relay', action: state, detail: summary,
    }, deps.owner);
    if (moved && record.kind === 'mail' && delivered.length > 0) {
      const domains = [...new Set(delivered.map((r) => domainOf(r.address)))];
      await store.rememberDomains([`sender:${record.mailFrom.toLowerCase()}`, 'org'], domains, now);
    }
    log.info({ id: record.id, state, delivered: delivered.length, failed: recipients.length - delivered.length, to: deps.relay.description }, 'relay finished');
  }
}
