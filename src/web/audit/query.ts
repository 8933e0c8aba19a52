import type { AuditEvent } from '../../store/types.js';
import type { WebContext } from '../context.js';
import { jstDay, jstDayStart } from '../format.js';

export interface AuditFilters {
  /** JST days, inclusive (YYYY-MM-DD). */
  from: string;
  to: string;
  actor?: string;
  action?: string;
  messageId?: string;
}

export function readAuditFilters(query: Record<string, unknown>, now: number): AuditFilters {
  const s = (v: unknown) => (typeof v === 'string' && v.trim() !== '' ? v.trim().slice(0, 200) : undefined);
  const from = s(query.from);
  const to = s(query.to);
  return {
    from: from && jstDayStart(from) !== undefined ? from : jstDay(now - 7 * 86_400_000),
    to: to && jstDayStart(to) !== undefined ? to : jstDay(now),
    ...(s(query.actor) ? { actor: s(query.actor)! } : {}),
    ...(s(query.action) ? { action: s(query.action)! } : {}),
    ...(s(query.messageId) ? { messageId: s(query.messageId)! } : {}),
  };
}

/** Events in the filter's JST day range, oldest first; `truncated` when more than `limit` matched. */
export async function loadAudit(ctx: WebContext, f: AuditFilters, limit: number): Promise<{ events: AuditEvent[]; truncated: boolean }> {
  const since = jstDayStart(f.from)!;
  const until = jstDayStart(f.to)! + 86_400_000;
  const events = await ctx.store.events({
    since,
    limit: limit + 1,
    ...(f.actor ? { actor: f.actor } : {}),
    ...(f.action ? { action: f.action } : {}),
    ...(f.messageId ? { messageId: f.messageId } : {}),
  });
  const inRange = events.filter((e) => e.at < until);
  return { events: inRange.slice(0, limit), truncated: inRange.length > limit };
}

export function auditRow(e: AuditEvent): unknown[] {
  return [new Date(e.at + 9 * 3_600_000).toISOString().replace('Z', '+09:00'), e.actor, e.action, e.messageId ?? '', e.detail];
}

export const auditCsvHeader = ['at', 'actor', 'action', 'message_id', 'detail'] as const;
