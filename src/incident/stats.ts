import type { BusinessCalendar } from '../workflow/business-days.js';
import { evaluateIncident } from './evaluate.js';
import type { Incident } from './types.js';

export interface IncidentStats {
  /** YYYY-MM (JST, by awareness) → incidents and how many were reportable, oldest first. */
  perMonth: Array<{ month: string; count: number; reportable: number }>;
  /** Messages in incidents that passed a control: approved by whom, after how long held. */
  bypassed: Array<{ incidentId: string; messageId: string; approvedBy: string; waitMs: number | null; selfChecked: boolean; rules: string[] }>;
  /** Approvals per approver among them (who let the most incidents through). */
  byApprover: Array<{ approver: string; count: number }>;
  /** Messages in incidents that left without any hold (no rule matched). */
  notHeld: number;
}

/** Incident statistics for the last `months` months (the current one included). Pure. */
export function incidentStats(incidents: readonly Incident[], calendar: BusinessCalendar, now: number, months: number): IncidentStats {
  const month = (t: number) => new Date(t + 9 * 3_600_000).toISOString().slice(0, 7);
  const keys: string[] = [];
  const d = new Date(now + 9 * 3_600_000);
  for (let i = months - 1; i >= 0; i--) keys.push(new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() - i, 1)).toISOString().slice(0, 7));
  const perMonth = new Map(keys.map((k) => [k, { month: k, count: 0, reportable: 0 }]));
  const bypassed: IncidentStats['bypassed'] = [];
  let notHeld = 0;
  for (const incident of incidents) {
    const bucket = perMonth.get(month(incident.data.awareAt));
    if (!bucket) continue;
    bucket.count++;
    if (evaluateIncident(incident, calendar, now).reportability.reportable) bucket.reportable++;
    for (const m of incident.data.messages) {
      if (m.approvedBy) {
        bypassed.push({ incidentId: incident.id, messageId: m.id, approvedBy: m.approvedBy, waitMs: m.approvedAt !== null && m.heldAt !== null ? m.approvedAt - m.heldAt : null, selfChecked: m.selfCheckedAt !== null, rules: m.rules.map((r) => r.id) });
      } else if (!m.held) notHeld++;
    }
  }
  const counts = new Map<string, number>();
  for (const b of bypassed) counts.set(b.approvedBy, (counts.get(b.approvedBy) ?? 0) + 1);
  return {
    perMonth: [...perMonth.values()],
    bypassed,
    byApprover: [...counts].map(([approver, count]) => ({ approver, count })).sort((a, b) => b.count - a.count || a.approver.localeCompare(b.approver)),
    notHeld,
  };
}
