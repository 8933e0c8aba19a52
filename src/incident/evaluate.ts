import { categoryLabel } from '../policy/categories.js';
import type { BusinessCalendar } from '../workflow/business-days.js';
import { deadlineState, incidentDeadlines, type DeadlineState, type IncidentDeadlines } from './deadlines.js';
import { assessReportability } from './reportability.js';
import type { Incident, Reportability } from './types.js';

const dayMs = 24 * 60 * 60_000;

export interface IncidentEvaluation {
  reportability: Reportability;
  deadlines: IncidentDeadlines;
  preliminary: DeadlineState;
  final: DeadlineState;
}

export const categoryLabels = { ja: (c: string) => categoryLabel(c).ja, en: (c: string) => categoryLabel(c).en };

/** Reportability, deadlines and where each deadline stands, for one incident at `now`. Pure. */
export function evaluateIncident(incident: Incident, calendar: BusinessCalendar, now: number): IncidentEvaluation {
  const reportability = assessReportability(incident.data, categoryLabels);
  const deadlines = incidentDeadlines(incident.data.awareAt, reportability.longDeadline, calendar);
  const closed = incident.status === 'closed';
  const required = reportability.reportable && !closed;
  return {
    reportability,
    deadlines,
    preliminary: deadlineState(deadlines.preliminary.due.at, incident.data.preliminarySentAt, now, 2 * dayMs, required),
    final: deadlineState(deadlines.final.at, incident.data.finalSentAt, now, 7 * dayMs, required),
  };
}
