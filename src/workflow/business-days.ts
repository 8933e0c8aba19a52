import { japaneseHolidays } from './japanese-holidays.js';

/** Japan has no daylight saving time: JST is always UTC+9. */
const jstOffsetMs = 9 * 60 * 60_000;
const dayMs = 24 * 60 * 60_000;

export interface BusinessCalendar {
  holidays: 'jp' | 'none';
  /** Company holidays, `YYYY-MM-DD`. */
  extraHolidays: readonly string[];
}

function jstDateKey(t: number): string {
  return new Date(t + jstOffsetMs).toISOString().slice(0, 10);
}

export function isBusinessDay(t: number, calendar: BusinessCalendar): boolean {
  const local = new Date(t + jstOffsetMs);
  const dow = local.getUTCDay();
  if (dow === 0 || dow === 6) return false;
  const k = jstDateKey(t);
  if (calendar.extraHolidays.includes(k)) return false;
  return calendar.holidays !== 'jp' || !japaneseHolidays(local.getUTCFullYear()).has(k);
}

/**
 * The same time of day `days` business days after `start` (JST calendar): held on Friday 15:00
 * with 3 days → Wednesday 15:00; held on Saturday → counting starts on Monday.
 */
export function addBusinessDays(start: number, days: number, calendar: BusinessCalendar): number {
  let t = start;
  let counted = 0;
  while (counted < days) {
    t += dayMs;
    if (isBusinessDay(t, calendar)) counted++;
  }
  return t;
}
