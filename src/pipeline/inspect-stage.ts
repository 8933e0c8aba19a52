import type { Clock } from '../clock.js';
import type { Logger } from '../log/logger.js';
import type { MessageRecord, MessageState, Store } from '../store/types.js';
import { retryDelay } from '../relay/retry.js';
import type { HoldHandler, InspectionReport, Inspector } from './types.js';

/** Inspection retries before a message that keeps crashing the inspector is held for a human. */
const maxInspectAttempts = 5;

export interface InspectStageDeps {
  store: Store;
  inspector: Inspector;
  holds: HoldHandler;
  clock: Clock;
  log: Logger;
  owner: string;
  leaseMs: number;
  /** New work for the relay stage. */
  wakeRelay: () => void;
}

function heldStateFor(stages: readonly string[]): MessageState {
  return stages[0] === 'selfCheck' ? 'awaiting_self_check' : 'awaiting_approval';
}

/**
 * received → queued | delayed | awaiting_self_check | awaiting_approval | rejected. Resolves false
 * when the message stays `received` for another attempt (the inspector failed), else true.
 */
export async function inspectMessage(deps: InspectStageDeps, record: MessageRecord): Promise<boolean> {
  const { store, clock, log } = deps;
  const raw = await store.getRaw(record.id);
  if (!raw) {
    log.error({ id: record.id }, 'message content missing; holding for approval');
    await store.update(record.id, ['received'], { state: 'awaiting_approval', lastError: 'content missing' }, {
      at: clock.now(), messageId: record.id, actor: 'system', action: 'inspection_failed', detail: { reason: 'content missing' },
    }, deps.owner);
    return true;
  }
  let report: InspectionReport;
  try {
    report = await deps.inspector.inspect(record, raw);
  } catch (err) {
    const attempts = record.attempts + 1;
    const message = (err as Error).message;
    if (attempts >= maxInspectAttempts) {
      // Never pass mail we could not inspect: a person decides.
      log.error({ id: record.id, err: message, attempts }, 'inspection keeps failing; holding for approval');
      await store.update(record.id, ['received'], { state: 'awaiting_approval', attempts, lastError: message, hold: { stages: ['approval'], reason: 'inspection_failed' } }, {
        at: clock.now(), messageId: record.id, actor: 'system', action: 'held', detail: { reason: 'inspection_failed', attempts },
      }, deps.owner);
      return true;
    }
    log.warn({ id: record.id, err: message, attempts }, 'inspection failed; will retry');
    await store.update(record.id, ['received'], { attempts, nextAttemptAt: clock.now() + retryDelay(attempts, 5_000, 60_000), lastError: message }, null, deps.owner);
    return false;
  }
  const { verdict } = report;
  const now = clock.now();
  const detail = {
    verdict: verdict.verdict,
    stages: verdict.stages,
    rules: verdict.matched.map((m) => m.id),
    monitorOnly: verdict.monitorOnly,
    wouldBe: verdict.wouldBe.verdict,
    policyVersion: verdict.policyVersion,
    durationMs: report.durationMs,
  };
  switch (verdict.verdict) {
    case 'pass': {
      if (verdict.delay) {
        // Send delay (一時保留): the message waits, unchanged, until its due time; released by release-stage.ts.
        const dueAt = now + verdict.delay.delayMs;
        const moved = await store.update(record.id, ['received'], { state: 'delayed', inspection: report, attempts: 0, nextAttemptAt: dueAt, lastError: null }, {
          at: now, messageId: record.id, actor: 'policy', action: 'delayed', detail: { ...detail, dueAt, delayMs: verdict.delay.delayMs, notify: verdict.delay.notify },
        }, deps.owner);
        log.info({ id: record.id, verdict: 'pass', delayMs: verdict.delay.delayMs, rules: detail.rules, ms: report.durationMs }, 'message inspected; delayed');
        if (moved && deps.holds.onDelayed) {
          const delayed = await store.get(record.id);
          if (delayed) await deps.holds.onDelayed(delayed, report);
        }
        return true;
      }
      // Not fsynced on its own (durability 'deferred'): lost in a power cut, the verdict is only
      // made again (the message is still `received`), and the relay's fsynced commit of the
      // outcome makes it durable first. One fsync fewer per plain message on the event loop.
      const moved = await store.update(record.id, ['received'], { state: 'queued', inspection: report, attempts: 0, nextAttemptAt: now, lastError: null }, {
        at: now, messageId: record.id, actor: 'policy', action: 'passed', detail,
      }, deps.owner, 'deferred');
      if (moved) deps.wakeRelay();
      log.info({ id: record.id, verdict: 'pass', rules: detail.rules, monitorOnly: verdict.monitorOnly, ms: report.durationMs }, 'message inspected');
      return true;
    }
    case 'hold': {
      const state = heldStateFor(verdict.stages);
      const moved = await store.update(record.id, ['received'], { state, inspection: report, attempts: 0, lastError: null, hold: { stages: verdict.stages, heldAt: now } }, {
        at: now, messageId: record.id, actor: 'policy', action: 'held', detail,
      }, deps.owner);
      log.info({ id: record.id, verdict: 'hold', stages: verdict.stages, rules: detail.rules, ms: report.durationMs }, 'message inspected');
      if (moved) {
        const held = await store.get(record.id);
        if (held) await deps.holds.onHeld(held, report);
      }
      return true;
    }
    case 'reject': {
      const moved = await store.update(record.id, ['received'], { state: 'rejected', inspection: report, lastError: null }, {
        at: now, messageId: record.id, actor: 'policy', action: 'rejected', detail,
      }, deps.owner);
      log.info({ id: record.id, verdict: 'reject', rules: detail.rules, ms: report.durationMs }, 'message inspected');
      if (moved) {
        const rejected = await store.get(record.id);
        if (rejected) await deps.holds.onRejected(rejected, report);
      }
      return true;
    }
    default: {
      const never: never = verdict.verdict;
      throw new Error(`unknown verdict ${String(never)}`);
    }
  }
}
