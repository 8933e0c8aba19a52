/** What the send delay reads from a stored message: its delay settings and outside organisations. */
import type { MessageRecord } from '../../store/types.js';
import type { VerdictDelay } from '../../policy/types.js';

function obj(v: unknown): Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
}

/** The verdict's send delay as stored with the inspection (absent: no delay). */
export function storedDelay(record: MessageRecord): VerdictDelay | undefined {
  const d = obj(obj(obj(record.inspection).verdict).delay);
  if (typeof d.delayMs !== 'number' || !Number.isFinite(d.delayMs) || d.delayMs <= 0) return undefined;
  return { delayMs: d.delayMs, notify: d.notify === true, afterHold: d.afterHold === true };
}

/** Outside organisations the message goes to: partner ids, else recipient domains (distinct, in order). */
export function outsideOrganisations(record: MessageRecord): string[] {
  const recipients = obj(obj(record.inspection).verdict).recipients;
  const out = new Set<string>();
  for (const r of Array.isArray(recipients) ? recipients : []) {
    const o = obj(r);
    if (o.class === 'internal') continue;
    const name = typeof o.partner === 'string' && o.partner ? o.partner : typeof o.domain === 'string' ? o.domain : '';
    if (name) out.add(name);
  }
  return [...out];
}

/**
 * Where a held message goes when it is released (approved, or self-checked without approval):
 * straight to the relay queue, or — only when a matched delay rule says `afterHold` — into
 * `delayed` for the policy's delay, counted from the release.
 */
export function releaseTarget(record: MessageRecord, now: number): { state: 'queued' | 'delayed'; nextAttemptAt: number } {
  const delay = storedDelay(record);
  return delay?.afterHold ? { state: 'delayed', nextAttemptAt: now + delay.delayMs } : { state: 'queued', nextAttemptAt: now };
}
