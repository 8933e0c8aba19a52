/** Statistics over held mail, computed from store.list / store.events (pure functions). */
import type { AuditEvent, MessageRecord } from '../../store/types.js';
import { readHold, readReport } from '../view/report.js';
import { jstDay } from '../format.js';

/** `returned` is 差し戻し: sent back to the sender to fix, not a rejection. */
export type Outcome = 'released' | 'denied' | 'returned' | 'cancelled' | 'expired' | 'pending';

export interface Series {
  name: string;
  values: number[];
}

export interface HoldStats {
  days: string[];
  byRule: Series[];
  byCategory: Series[];
  outcomes: Record<Outcome, number>;
  approvers: Array<{ approver: string; decisions: number; medianMs: number }>;
  falsePositiveCandidates: Array<{ rule: string; held: number; decided: number; approved: number; approvalRate: number }>;
  totalHeld: number;
  /** Rule id → its description (as the policy wrote it), for legends. */
  ruleDescriptions: Record<string, string>;
}

/** Actions the workflow records when a person decides (approve / reject). */
const decisionActions = new Set(['approved', 'denied', 'returned', 'rejected_by_approver']);

export function outcomeOf(record: MessageRecord): Outcome | undefined {
  switch (record.state) {
    // Approved, then waiting out a send delay (afterHold): the decision was to release.
    case 'delayed':
    case 'queued':
    case 'delivered':
    case 'bounced':
      return 'released';
    case 'denied':
      return 'denied';
    case 'returned':
      return 'returned';
    case 'cancelled':
      return 'cancelled';
    case 'expired':
      return 'expired';
    case 'awaiting_self_check':
    case 'awaiting_approval':
      return 'pending';
    case 'received':
    case 'rejected':
      return undefined;
    default: {
      const never: never = record.state;
      return never;
    }
  }
}

function wasHeld(record: MessageRecord): boolean {
  if (record.hold !== null && record.hold !== undefined) return true;
  return readReport(record.inspection).verdict?.verdict === 'hold';
}

export function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Top `n` series by total; the rest summed into one named `otherName`. */
export function topSeries(counts: Map<string, number[]>, n: number, otherName: string, length: number): Series[] {
  const ranked = [...counts.entries()].map(([name, values]) => ({ name, values, total: values.reduce((a, b) => a + b, 0) })).sort((a, b) => b.total - a.total || a.name.localeCompare(b.name));
  const top = ranked.slice(0, n).map(({ name, values }) => ({ name, values }));
  const rest = ranked.slice(n);
  if (rest.length) top.push({ name: otherName, values: Array.from({ length }, (_, i) => rest.reduce((sum, s) => sum + (s.values[i] ?? 0), 0)) });
  return top;
}

export function computeHoldStats(records: readonly MessageRecord[], events: readonly AuditEvent[], now: number, days: number): HoldStats {
  const dayList = Array.from({ length: days }, (_, i) => jstDay(now - (days - 1 - i) * 86_400_000));
  const dayIndex = new Map(dayList.map((d, i) => [d, i]));
  const byRule = new Map<string, number[]>();
  const ruleDescriptions: Record<string, string> = {};
  const byCategory = new Map<string, number[]>();
  const outcomes: Record<Outcome, number> = { released: 0, denied: 0, returned: 0, cancelled: 0, expired: 0, pending: 0 };
  const decisionTimes = new Map<string, number[]>();
  const ruleOutcomes = new Map<string, { held: number; approved: number; decided: number }>();
  const decisionEvents = new Map<string, AuditEvent>();
  for (const e of events) {
    if (e.messageId && decisionActions.has(e.action) && !decisionEvents.has(e.messageId)) decisionEvents.set(e.messageId, e);
  }
  const bump = (map: Map<string, number[]>, key: string, i: number) => {
    const values = map.get(key) ?? Array.from({ length: days }, () => 0);
    values[i] = (values[i] ?? 0) + 1;
    map.set(key, values);
  };
  let totalHeld = 0;
  for (const record of records) {
    if (record.kind !== 'mail' || !wasHeld(record)) continue;
    const hold = readHold(record.hold);
    const report = readReport(record.inspection);
    const heldAt = hold.heldAt ?? record.receivedAt;
    const i = dayIndex.get(jstDay(heldAt));
    if (i === undefined) continue;
    totalHeld++;
    const rules = report.rules.filter((r) => !r.monitorOnly && r.action?.kind !== 'pass').map((r) => String(r.id));
    for (const r of report.rules) if (r.description) ruleDescriptions[String(r.id)] = String(r.description);
    for (const rule of new Set(rules)) bump(byRule, rule, i);
    for (const category of Object.keys(report.categories)) bump(byCategory, category, i);
    const outcome = outcomeOf(record) ?? 'pending';
    outcomes[outcome]++;
    const decided = outcome === 'released' || outcome === 'denied' || outcome === 'returned' || outcome === 'cancelled';
    for (const rule of new Set(rules)) {
      const r = ruleOutcomes.get(rule) ?? { held: 0, approved: 0, decided: 0 };
      r.held++;
      if (decided) r.decided++;
      if (outcome === 'released') r.approved++;
      ruleOutcomes.set(rule, r);
    }
    // Who decided and how long it took (from hold bookkeeping, else the decision event).
    const event = decisionEvents.get(record.id);
    const decidedBy = hold.decidedBy ?? event?.actor;
    const decidedAt = hold.decidedAt ?? event?.at;
    if ((outcome === 'released' || outcome === 'denied' || outcome === 'returned') && decidedBy && decidedAt !== undefined && !decidedBy.startsWith('sender') && decidedBy !== 'system') {
      const start = hold.selfCheckedAt ?? heldAt;
      const list = decisionTimes.get(decidedBy) ?? [];
      list.push(Math.max(0, decidedAt - start));
      decisionTimes.set(decidedBy, list);
    }
  }
  return {
    days: dayList,
    byRule: topSeries(byRule, 5, 'other', days),
    ruleDescriptions,
    byCategory: topSeries(byCategory, 5, 'other', days),
    outcomes,
    approvers: [...decisionTimes.entries()]
      .map(([approver, times]) => ({ approver, decisions: times.length, medianMs: median(times) }))
      .sort((a, b) => b.decisions - a.decisions || a.approver.localeCompare(b.approver)),
    falsePositiveCandidates: [...ruleOutcomes.entries()]
      .map(([rule, r]) => ({ rule, held: r.held, decided: r.decided, approved: r.approved, approvalRate: r.decided ? r.approved / r.decided : 0 }))
      .filter((r) => r.decided >= 5 && r.approvalRate >= 0.9)
      .sort((a, b) => b.approvalRate - a.approvalRate || b.decided - a.decided),
    totalHeld,
  };
}
