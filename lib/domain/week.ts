import { TZDate } from "@date-fns/tz";
import { addWeeks, getISOWeek, getISOWeekYear, startOfISOWeek } from "date-fns";

/**
 * The school's clock: days and weeks in Paris (weeks start on Monday 00:00), whatever the
 * server's zone. The one home of the Paris date helpers; lib/i18n/dates.ts only formats.
 */
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

/** The week before the one containing `at`. */
export function previousIsoWeek(at: Date): WeekRange {
  return isoWeekRange(new Date(isoWeekRange(at).start.getTime() - 1));
}

/** The week after the one containing `at`. */
export function nextIsoWeek(at: Date): WeekRange {
  return isoWeekRange(isoWeekRange(at).end);
}

/** The week named "2026-W48", or null when the key is malformed or names no week (W53 of a 52-week year). */
export function isoWeekFromKey(key: string): WeekRange | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(key);
  if (!match) return null;
  const [year, week] = [Number(match[1]), Number(match[2])];
  if (week < 1 || week > 53) return null;
  // 4 January is always in week 1; noon keeps clear of any midnight offset.
  const inWeekOne = new TZDate(year, 0, 4, 12, 0, 0, SCHOOL_TIME_ZONE);
  const range = isoWeekRange(addWeeks(inWeekOne, week - 1));
  return isoWeekKey(range.start) === key ? range : null;
}

/** The Paris calendar day containing `at`, as the UTC midnight a `@db.Date` column holds. */
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

/** The Monday of a week as a calendar day (UTC midnight, like a `@db.Date` value). */
export function weekMonday(week: WeekRange): Date {
  return parisDay(week.start);
}

/**
 * The instant of a wall-clock date ("2026-11-23") and time ("18:00") in Paris, or null when
 * the date does not exist. In the spring gap (02:30 on the change day) it is the same instant as 03:30.
 */
export function schoolInstant(date: string, time: string): Date | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  const t = /^(\d{2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, day, hour, minute] = [d[1], d[2], d[3], t[1], t[2]].map(Number);
  if (hour > 23 || minute > 59) return null;
  const local = new TZDate(year, month - 1, day, hour, minute, 0, SCHOOL_TIME_ZONE);
  if (local.getFullYear() !== year || local.getMonth() !== month - 1 || local.getDate() !== day) return null;
  return new Date(local.getTime());
}

/** The Paris wall-clock date and time of an instant, as form fields hold them. */
export function schoolDateTime(at: Date): { date: string; time: string } {
  const local = new TZDate(at.getTime(), SCHOOL_TIME_ZONE);
  const pad = (n: number) => String(n).padStart(2, "0");
  return {
    date: `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`,
    time: `${pad(local.getHours())}:${pad(local.getMinutes())}`,
  };
}

/** A week with its key and Monday computed once (time-zone arithmetic is slow in bulk). */
export type IsoWeek = WeekRange & { isoWeek: string; monday: Date };

export function describeIsoWeek(at: Date): IsoWeek {
  const range = isoWeekRange(at);
  return { ...range, isoWeek: isoWeekKey(range.start), monday: weekMonday(range) };
}

/** The `count` weeks up to the one containing `at`, most recent first. */
export function lastIsoWeeks(at: Date, count: number): IsoWeek[] {
  const weeks: IsoWeek[] = [];
  for (let week = describeIsoWeek(at); weeks.length < count; week = describeIsoWeek(new Date(week.start.getTime() - 1))) weeks.push(week);
  return weeks;
}
