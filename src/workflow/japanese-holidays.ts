/**
 * Japanese national holidays (国民の祝日に関する法律), computed from the rules rather than a table,
 * for 2000–2099: fixed dates, Happy Monday days, the equinoxes (astronomical approximation used
 * by the National Astronomical Observatory's announcements), 振替休日 and 国民の休日, plus the
 * one-off moves of 2019–2021. Company holidays (年末年始) come from configuration.
 */

/** `YYYY-MM-DD` */
function key(y: number, m: number, d: number): string {
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function weekday(y: number, m: number, d: number): number {
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** Day of month of the n-th Monday. */
function nthMonday(y: number, m: number, n: number): number {
  const first = weekday(y, m, 1);
  return 1 + ((8 - first) % 7) + (n - 1) * 7;
}

function springEquinox(y: number): number {
  return Math.floor(20.8431 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));
}

function autumnEquinox(y: number): number {
  return Math.floor(23.2488 + 0.242194 * (y - 1980) - Math.floor((y - 1980) / 4));
}

function baseHolidays(y: number): Array<[number, number]> {
  const days: Array<[number, number]> = [
    [1, 1],
    [1, nthMonday(y, 1, 2)],
    [2, 11],
    [3, springEquinox(y)],
    [4, 29],
    [5, 3],
    [5, 4],
    [5, 5],
    [9, nthMonday(y, 9, 3)],
    [9, autumnEquinox(y)],
    [11, 3],
    [11, 23],
  ];
  if (y >= 2020) days.push([2, 23]);
  else if (y <= 2018) days.push([12, 23]);
  if (y === 2019) days.push([4, 30], [5, 1], [5, 2], [10, 22]);
  // 海の日・スポーツの日・山の日 (moved for the Tokyo Olympics in 2020 and 2021)
  if (y === 2020) days.push([7, 23], [7, 24], [8, 10]);
  else if (y === 2021) days.push([7, 22], [7, 23], [8, 8]);
  else {
    days.push([7, nthMonday(y, 7, 3)], [10, nthMonday(y, 10, 2)]);
    if (y >= 2016) days.push([8, 11]);
  }
  return days;
}

const cache = new Map<number, Set<string>>();

/** Every national holiday of year `y` as `YYYY-MM-DD`. */
export function japaneseHolidays(y: number): Set<string> {
  const cached = cache.get(y);
  if (cached) return cached;
  const set = new Set<string>();
  const base = baseHolidays(y);
  for (const [m, d] of base) set.add(key(y, m, d));
  const isHoliday = (t: number) => {
    const dt = new Date(t);
    return set.has(key(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()));
  };
  const dayMs = 86_400_000;
  // 国民の休日: a weekday between two holidays.
  for (const [m, d] of base) {
    const t = Date.UTC(y, m - 1, d);
    const next = new Date(t + dayMs);
    if (!isHoliday(t + dayMs) && isHoliday(t + 2 * dayMs) && next.getUTCDay() !== 0) {
      set.add(key(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate()));
    }
  }
  // 振替休日: a holiday on Sunday moves to the next day that is not a holiday.
  for (const [m, d] of base) {
    if (weekday(y, m, d) !== 0) continue;
    let t = Date.UTC(y, m - 1, d) + dayMs;
    while (isHoliday(t)) t += dayMs;
    const dt = new Date(t);
    set.add(key(dt.getUTCFullYear(), dt.getUTCMonth() + 1, dt.getUTCDate()));
  }
  cache.set(y, set);
  return set;
}
