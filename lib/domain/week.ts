import { TZDate } from "@date-fns/tz";
import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";

/** The school's clock: weeks start on Monday 00:00 in Paris, whatever the server's zone. */
export const SCHOOL_TIME_ZONE = "Europe/Paris";

export type WeekRange = { start: Date; end: Date };

/** The ISO week containing `at`, as a [start, end) instant range in Europe/Paris. */
export function isoWeekRange(at: Date): WeekRange {
  const start = startOfISOWeek(new TZDate(at.getTime(), SCHOOL_TIME_ZONE));
  const end = addWeeks(start, 1);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** "2026-W48" for the ISO week containing `at` in Europe/Paris. */
export function isoWeekKey(at: Date): string {
  const local = new TZDate(at.getTime(), SCHOOL_TIME_ZONE);
  return `${getISOWeekYear(local)}-W${String(getISOWeek(local)).padStart(2, "0")}`;
}
