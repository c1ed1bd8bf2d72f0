// Report periods: an ISO week ("2026-W48"), a month ("2026-11") or a quarter ("2026-Q4"),
// each a [start, end) range of instants in Europe/Paris, whatever the server's zone.
import { TZDate } from "@date-fns/tz";
import { describeIsoWeek, isoWeekFromKey, isoWeekKey, isoWeekRange, SCHOOL_TIME_ZONE, type IsoWeek } from "../week";

export const GRANULARITIES = ["week", "month", "quarter"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

export type Period = { granularity: Granularity; key: string; start: Date; end: Date };

function monthStart(year: number, monthIndex: number): Date {
  return new Date(new TZDate(year, monthIndex, 1, SCHOOL_TIME_ZONE).getTime());
}

/** The period of a granularity that contains `at`. */
export function periodContaining(granularity: Granularity, at: Date): Period {
  if (granularity === "week") {
    const range = isoWeekRange(at);
    return { granularity, key: isoWeekKey(range.start), ...range };
  }
  const local = new TZDate(at.getTime(), SCHOOL_TIME_ZONE);
  const year = local.getFullYear();
  if (granularity === "month") {
    const month = local.getMonth();
    return { granularity, key: `${year}-${String(month + 1).padStart(2, "0")}`, start: monthStart(year, month), end: monthStart(year, month + 1) };
  }
  const quarter = Math.floor(local.getMonth() / 3);
  return { granularity, key: `${year}-Q${quarter + 1}`, start: monthStart(year, quarter * 3), end: monthStart(year, quarter * 3 + 3) };
}

/** The period a key names ("2026-W48", "2026-11", "2026-Q4"), or null when it names none. */
export function periodFromKey(key: string): Period | null {
  const week = isoWeekFromKey(key);
  if (week) return { granularity: "week", key, ...week };
  const month = /^(\d{4})-(\d{2})$/.exec(key);
  if (month) {
    const [year, m] = [Number(month[1]), Number(month[2])];
    if (m < 1 || m > 12 || year < 2000 || year > 2100) return null;
    return { granularity: "month", key, start: monthStart(year, m - 1), end: monthStart(year, m) };
  }
  const quarter = /^(\d{4})-Q([1-4])$/.exec(key);
  if (quarter) {
    const [year, q] = [Number(quarter[1]), Number(quarter[2])];
    if (year < 2000 || year > 2100) return null;
    return { granularity: "quarter", key, start: monthStart(year, (q - 1) * 3), end: monthStart(year, q * 3) };
  }
  return null;
}

/** The period before. */
export function previousPeriod(period: Period): Period {
  return periodContaining(period.granularity, new Date(period.start.getTime() - 1));
}

/** The `count` periods up to and including `period`, oldest first (for trends). */
export function periodsUpTo(period: Period, count: number): Period[] {
  const periods = [period];
  while (periods.length < count) periods.unshift(previousPeriod(periods[0]));
  return periods;
}

/** The ISO weeks that begin in [start, end), oldest first. */
export function isoWeeksBetween(start: Date, end: Date): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  // Mid-week steps keep clear of the DST hour.
  for (let week = describeIsoWeek(start); week.start.getTime() < end.getTime(); week = describeIsoWeek(new Date(week.end.getTime() + 3 * 86_400_000))) {
    if (week.start.getTime() >= start.getTime()) weeks.push(week);
  }
  return weeks;
}
