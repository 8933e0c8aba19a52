/** Send-delay statistics (一時保留): how many mis-sends the delay caught. Pure, over audit events. */
import type { AuditEvent } from '../../store/types.js';
import { jstDay } from '../format.js';

export interface DelayStats {
  /** Messages that entered a send delay in the period (on inspection, or after a hold's release). */
  delayed: number;
  /** Cancelled by the sender inside the delay: mis-sends caught. */
  cancelled: number;
  /** Sent early with 「今すぐ送信」. */
  sentNow: number;
  /** Released when the delay ended. */
  released: number;
  /** cancelled / delayed (0 when nothing was delayed). */
  cancelRate: number;
  /** Per day (JST), aligned with HoldStats.days. */
  perDay: { delayed: number[]; cancelled: number[] };
}

/** Did this event put a message into `delayed`? */
function entersDelay(e: AuditEvent): boolean {
  if (e.action === 'delayed') return true;
  if (e.action === 'approved') return typeof e.detail.delayedUntil === 'number';
  if (e.action === 'self_check_confirmed') return e.detail.next === 'delayed';
  return false;
}

export function computeDelayStats(events: readonly AuditEvent[], now: number, days: number): DelayStats {
  const dayList = Array.from({ length: days }, (_, i) => jstDay(now - (days - 1 - i) * 86_400_000));
  const dayIndex = new Map(dayList.map((d, i) => [d, i]));
  const perDay = { delayed: dayList.map(() => 0), cancelled: dayList.map(() => 0) };
  const seen = { delayed: new Set<string>(), cancelled: new Set<string>(), sentNow: new Set<string>(), released: new Set<string>() };
  for (const e of events) {
    if (!e.messageId) continue;
    const i = dayIndex.get(jstDay(e.at));
    if (i === undefined) continue;
    if (entersDelay(e) && !seen.delayed.has(e.messageId)) {
      seen.delayed.add(e.messageId);
      perDay.delayed[i]!++;
    } else if (e.action === 'delay_cancelled' && !seen.cancelled.has(e.messageId)) {
      seen.cancelled.add(e.messageId);
      perDay.cancelled[i]!++;
    } else if (e.action === 'delay_sent_now') seen.sentNow.add(e.messageId);
    else if (e.action === 'delay_released') seen.released.add(e.messageId);
  }
  const delayed = seen.delayed.size;
  return {
    delayed,
    cancelled: seen.cancelled.size,
    sentNow: seen.sentNow.size,
    released: seen.released.size,
    cancelRate: delayed ? seen.cancelled.size / delayed : 0,
    perDay,
  };
}
