import type { WebContext } from '../context.js';
import { computeHoldStats, type HoldStats } from './compute.js';
import { computeDelayStats, type DelayStats } from './delay-stats.js';

export function readDays(query: Record<string, unknown>): number {
  const n = Number(query.days);
  return Number.isInteger(n) && n >= 1 && n <= 366 ? n : 30;
}

export async function loadStats(ctx: WebContext, days: number): Promise<HoldStats & { delays: DelayStats }> {
  const now = ctx.clock.now();
  // Holds can start a little after receipt: look back one extra day for records.
  const since = now - (days + 1) * 86_400_000;
  const [records, events] = await Promise.all([ctx.store.list({ since, kind: 'mail', limit: 100_000 }), ctx.store.events({ since, limit: 200_000 })]);
  return { ...computeHoldStats(records, events, now, days), delays: computeDelayStats(events, now, days) };
}
