import { TZDate } from "@date-fns/tz";
import { SCHOOL_TIME_ZONE } from "./week";

/** Today's calendar day in Paris, as the UTC midnight a `@db.Date` column holds. */
export function parisDay(at: Date): Date {
  const local = new TZDate(at.getTime(), SCHOOL_TIME_ZONE);
  return new Date(Date.UTC(local.getFullYear(), local.getMonth(), local.getDate()));
}

/** The instants [start, end) of the Paris calendar day containing `at` (23 or 25 hours on a DST change). */
export function parisDayRange(at: Date): { start: Date; end: Date } {
  const local = new TZDate(at.getTime(), SCHOOL_TIME_ZONE);
  const start = new TZDate(local.getFullYear(), local.getMonth(), local.getDate(), SCHOOL_TIME_ZONE);
  const end = new TZDate(local.getFullYear(), local.getMonth(), local.getDate() + 1, SCHOOL_TIME_ZONE);
  return { start: new Date(start.getTime()), end: new Date(end.getTime()) };
}

/** The instant of a wall-clock date ("2026-03-29") and time ("10:30") in Paris. */
export function parisInstant(date: string, time: string): Date {
  const [y, mo, d] = date.split("-").map(Number);
  const [h, mi] = time.split(":").map(Number);
  return new Date(new TZDate(y, mo - 1, d, h, mi, SCHOOL_TIME_ZONE).getTime());
}

/** The Paris wall-clock date and time of an instant, for prefilling forms. */
export function parisWallClock(at: Date): { date: string; time: string } {
  const local = new TZDate(at.getTime(), SCHOOL_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}
