// Service-level targets of the support inbox, in one place. Times count in
// working hours: Monday to Friday, 9:00 to 17:00 Europe/Paris, except French
// public holidays (lib/domain/holidays.ts). Change the table or the hours here.
import { TZDate } from "@date-fns/tz";
import type { Priority } from "@prisma/client";
import { SCHOOL_TIME_ZONE } from "./week";
import { isFrenchPublicHoliday } from "./holidays";

export const WORKDAY_START_HOUR = 9;
export const WORKDAY_END_HOUR = 17;
export const WORKDAY_HOURS = WORKDAY_END_HOUR - WORKDAY_START_HOUR;

/** Working hours to the first response and to resolution, per priority. */
export const SLA_TARGETS = {
  URGENT: { firstResponseHours: 4, resolutionHours: 2 * WORKDAY_HOURS },
  HIGH: { firstResponseHours: WORKDAY_HOURS, resolutionHours: 3 * WORKDAY_HOURS },
  NORMAL: { firstResponseHours: 2 * WORKDAY_HOURS, resolutionHours: 5 * WORKDAY_HOURS },
  LOW: { firstResponseHours: 3 * WORKDAY_HOURS, resolutionHours: 10 * WORKDAY_HOURS },
} as const satisfies Record<Priority, { firstResponseHours: number; resolutionHours: number }>;

/** Due soon: less than this share of the target left. */
export const DUE_SOON_SHARE = 0.25;

const HOUR = 3_600_000;

/** A weekday that is not a public holiday, both read on the Paris calendar. */
function isWorkday(local: TZDate): boolean {
  const day = local.getDay();
  if (day < 1 || day > 5) return false;
  return !isFrenchPublicHoliday({ year: local.getFullYear(), month: local.getMonth() + 1, day: local.getDate() });
}

function at(local: TZDate, hour: number): TZDate {
  const d = new TZDate(local.getTime(), SCHOOL_TIME_ZONE);
  d.setHours(hour, 0, 0, 0);
  return d;
}

/** The instant `hours` working hours after `start`. */
export function addWorkingHours(start: Date, hours: number): Date {
  let cursor = new TZDate(start.getTime(), SCHOOL_TIME_ZONE);
  let remaining = hours * HOUR;
  for (let guard = 0; guard < 3660; guard++) {
    const dayStart = at(cursor, WORKDAY_START_HOUR);
    const dayEnd = at(cursor, WORKDAY_END_HOUR);
    if (!isWorkday(cursor) || cursor.getTime() >= dayEnd.getTime()) {
      const next = at(cursor, WORKDAY_START_HOUR);
      next.setDate(next.getDate() + 1);
      cursor = next;
      continue;
    }
    if (cursor.getTime() < dayStart.getTime()) cursor = dayStart;
    const available = dayEnd.getTime() - cursor.getTime();
    if (remaining <= available) return new Date(cursor.getTime() + remaining);
    remaining -= available;
    cursor = dayEnd;
  }
  throw new Error("working-hours computation did not converge");
}

export function slaDueDates(priority: Priority, createdAt: Date) {
  const target = SLA_TARGETS[priority];
  return {
    firstResponseDueAt: addWorkingHours(createdAt, target.firstResponseHours),
    resolutionDueAt: addWorkingHours(createdAt, target.resolutionHours),
  };
}

export type SlaState = "ON_TIME" | "DUE_SOON" | "OVERDUE" | "MET";

/** Where a deadline stands at `now`: met once done, overdue past due, due soon in the last quarter. */
export function slaState(createdAt: Date, dueAt: Date | null, doneAt: Date | null, now: Date): SlaState {
  if (!dueAt) return "ON_TIME";
  if (doneAt) return doneAt <= dueAt ? "MET" : "OVERDUE";
  if (now >= dueAt) return "OVERDUE";
  const total = dueAt.getTime() - createdAt.getTime();
  return dueAt.getTime() - now.getTime() <= total * DUE_SOON_SHARE ? "DUE_SOON" : "ON_TIME";
}

// "En attente du demandeur": while a request waits for its requester the clock
// is paused, and the wait itself has an end. The same for every priority: the
// time is the requester's, not ours, and an urgent request is no more likely to
// be answered in two days than a normal one.

/** Working days of waiting before the requester is reminded, and before the request closes. */
export const WAITING_RULES = { reminderAfterWorkingDays: 3, closeAfterWorkingDays: 10 } as const;

/** Working hours (fractional) between two instants: weekends, nights and holidays do not count. */
export function workingHoursBetween(start: Date, end: Date): number {
  if (end <= start) return 0;
  let cursor = new TZDate(start.getTime(), SCHOOL_TIME_ZONE);
  let total = 0;
  for (let guard = 0; guard < 3660 * 2; guard++) {
    if (cursor.getTime() >= end.getTime()) return total / HOUR;
    const dayStart = at(cursor, WORKDAY_START_HOUR);
    const dayEnd = at(cursor, WORKDAY_END_HOUR);
    if (isWorkday(cursor) && cursor.getTime() < dayEnd.getTime()) {
      const from = Math.max(cursor.getTime(), dayStart.getTime());
      const to = Math.min(dayEnd.getTime(), end.getTime());
      if (to > from) total += to - from;
    }
    const next = at(cursor, WORKDAY_START_HOUR);
    next.setDate(next.getDate() + 1);
    next.setHours(0, 0, 0, 0);
    cursor = next;
  }
  throw new Error("working-hours computation did not converge");
}

type Clock = { firstResponseDueAt: Date | null; firstResponseAt: Date | null; resolutionDueAt: Date | null };

/**
 * The due dates once a wait that began at `waitingSince` ends at `now`: each target
 * not yet met moves later by the working time the request waited.
 */
export function resumeDueDates(clock: Clock, waitingSince: Date, now: Date): { firstResponseDueAt: Date | null; resolutionDueAt: Date | null } {
  const paused = workingHoursBetween(waitingSince, now);
  const shift = (due: Date | null) => (due && paused > 0 ? addWorkingHours(due, paused) : due);
  return {
    firstResponseDueAt: clock.firstResponseAt ? clock.firstResponseDueAt : shift(clock.firstResponseDueAt),
    resolutionDueAt: shift(clock.resolutionDueAt),
  };
}

export type WaitingStep = "wait" | "remind" | "close";

/** What the waiting job does for a request waiting since `waitingSince`: nothing yet, remind once, or close. */
export function waitingStep(waitingSince: Date, remindedAt: Date | null, now: Date): WaitingStep {
  if (addWorkingHours(waitingSince, WAITING_RULES.closeAfterWorkingDays * WORKDAY_HOURS) <= now) return "close";
  if (!remindedAt && addWorkingHours(waitingSince, WAITING_RULES.reminderAfterWorkingDays * WORKDAY_HOURS) <= now) return "remind";
  return "wait";
}

/** The instant an SLA state is read at: a waiting request's clock stands still where the wait began. */
export function slaReadAt(waitingSince: Date | null, now: Date): Date {
  return waitingSince && waitingSince < now ? waitingSince : now;
}
