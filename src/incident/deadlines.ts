import { isBusinessDay, type BusinessCalendar } from '../workflow/business-days.js';
import type { IncidentData, IncidentStatus } from './types.js';

const jstOffsetMs = 9 * 60 * 60_000;
const dayMs = 24 * 60 * 60_000;

/** YYYY-MM-DD in Japan time. */
export function jstDate(t: number): string {
  return new Date(t + jstOffsetMs).toISOString().slice(0, 10);
}

/** The last millisecond of the JST calendar day that is day `n` counted from the day of `start` (= day 1). */
export function endOfDayN(start: number, n: number): number {
  const startOfDay1 = Math.floor((start + jstOffsetMs) / dayMs) * dayMs - jstOffsetMs;
  return startOfDay1 + n * dayMs - 1;
}

export interface DueDate {
  /** Last moment (23:59:59.999 JST of the day). */
  at: number;
  /** YYYY-MM-DD (JST). */
  date: string;
  /** Day n counted with the day of awareness as day 1 (calendar days: weekends and holidays count). */
  day: number;
  /** The due day is a weekend or holiday: file on the business day before to be safe. */
  nonBusinessDay: boolean;
}

export interface IncidentDeadlines {
  /** 速報: about 3–5 days after becoming aware. `from` is day 3, `due` day 5. */
  preliminary: { from: DueDate; due: DueDate };
  /** 確報: 30 days (60 when an improper purpose is suspected). */
  final: DueDate & { days: 30 | 60 };
}

function dueDate(start: number, day: number, calendar: BusinessCalendar): DueDate {
  const at = endOfDayN(start, day);
  return { at, date: jstDate(at), day, nonBusinessDay: !isBusinessDay(at, calendar) };
}

/**
 * Deadlines of 規則 第8条, counted in calendar days from the day the organisation became aware
 * (that day is day 1; weekends and holidays count). The due date is never moved to a later
 * business day: a weekend or holiday due date is flagged so the report goes out before it.
 */
export function incidentDeadlines(awareAt: number, improperPurpose: boolean, calendar: BusinessCalendar): IncidentDeadlines {
  const days = improperPurpose ? 60 : 30;
  return {
    preliminary: { from: dueDate(awareAt, 3, calendar), due: dueDate(awareAt, 5, calendar) },
    final: { ...dueDate(awareAt, days, calendar), days },
  };
}

export type DeadlineState = 'done' | 'open' | 'due_soon' | 'overdue' | 'not_required';

/** Where one deadline stands at `now`: due soon = within 2 days (速報) / 7 days (確報). */
export function deadlineState(due: number, doneAt: number | undefined, now: number, soonMs: number, required: boolean): DeadlineState {
  if (doneAt !== undefined) return 'done';
  if (!required) return 'not_required';
  if (now > due) return 'overdue';
  return due - now <= soonMs ? 'due_soon' : 'open';
}

export interface Reminder {
  key: string;
  /** Earlier reminders this one makes unnecessary (recorded as sent with it). */
  covers: string[];
  which: 'preliminary' | 'final';
  due: DueDate;
}

/**
 * Reminders due at `now` to the admin address, each once (keys in data.reminders): the 速報 from
 * day 2 while it is not sent, the 確報 7 days and 1 day before it is due (only the later one when
 * both thresholds have passed). Nothing after closing,
 * nothing for an incident that is not reportable.
 */
export function dueReminders(data: Pick<IncidentData, 'reminders' | 'preliminarySentAt' | 'finalSentAt'>, status: IncidentStatus, deadlines: IncidentDeadlines, reportable: boolean, awareAt: number, now: number): Reminder[] {
  if (!reportable || status === 'closed') return [];
  const out: Reminder[] = [];
  const sent = new Set(data.reminders);
  if (data.preliminarySentAt === undefined && status === 'draft' && now >= endOfDayN(awareAt, 1) + 1 && !sent.has('preliminary')) {
    out.push({ key: 'preliminary', covers: [], which: 'preliminary', due: deadlines.preliminary.due });
  }
  if (data.finalSentAt === undefined && status !== 'final_sent') {
    // The latest threshold passed wins: a late first tick sends one reminder, not two.
    const steps = [['final-1d', dayMs], ['final-7d', 7 * dayMs]] as const;
    const reached = steps.findIndex(([, before]) => now >= deadlines.final.at - before);
    if (reached >= 0 && !sent.has(steps[reached]![0])) {
      out.push({ key: steps[reached]![0], covers: steps.slice(reached + 1).map(([k]) => k), which: 'final', due: deadlines.final });
    }
  }
  return out;
}
