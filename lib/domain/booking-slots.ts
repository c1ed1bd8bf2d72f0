// The slots a learner may book with their advisor. Pure: the caller passes the
// advisor's rules, their scheduled calls and the instant it is.
//
// Windows are Paris wall-clock times on a weekday ("Tuesday 9:00–12:00"); a
// window's start and end are turned into instants on each day, and slots step
// through the real time in between. On the spring DST Sunday a 01:00–04:00
// window is two real hours (02:00–03:00 does not exist), on the autumn one four.
import type { AppointmentKind } from "@prisma/client";
import { isFrenchPublicHoliday } from "./holidays";
import { parisDay, schoolInstant } from "./week";

/** ISO weekday (1 = Monday … 7 = Sunday), minutes after local midnight, end excluded. */
export type WeeklyWindow = { weekday: number; startMinute: number; endMinute: number };
/** Days without calls, both ends included, as `YYYY-MM-DD`. */
export type DaysOff = { startDate: string; endDate: string };

export type BookingRules = {
  windows: readonly WeeklyWindow[];
  exceptions: readonly DaysOff[];
  durations: Record<AppointmentKind, number>;
  bufferMinutes: number;
  minNoticeHours: number;
  /** The last bookable day is today + horizonDays (Paris calendar days). */
  horizonDays: number;
  /** At most this many scheduled calls on one Paris day. */
  dailyCap: number;
};

export type BusyCall = { startsAt: Date; durationMinutes: number };
export type Slot = { startsAt: Date; endsAt: Date };

export const DEFAULT_RULES: Omit<BookingRules, "windows" | "exceptions"> = {
  durations: { FIRST: 45, FOLLOW_UP: 30 },
  bufferMinutes: 15,
  minNoticeHours: 24,
  horizonDays: 21,
  dailyCap: 6,
};

const MINUTE = 60_000;
const DAY = 86_400_000;

const pad = (n: number) => String(n).padStart(2, "0");
const hhmm = (minute: number) => `${pad(Math.floor(minute / 60))}:${pad(minute % 60)}`;

/** "09:00" → 540; "24:00" is the end of the day. */
export function minuteOf(time: string): number | null {
  const match = /^(\d{2}):(\d{2})$/.exec(time);
  if (!match) return null;
  const [h, m] = [Number(match[1]), Number(match[2])];
  if (m > 59 || h > 24 || (h === 24 && m > 0)) return null;
  return h * 60 + m;
}

export function timeOf(minute: number): string {
  return hhmm(minute);
}

/** The instant of a wall-clock minute on a Paris calendar day (1440: the next midnight). */
function localInstant(date: string, minute: number): Date {
  if (minute >= 1440) {
    const next = new Date(Date.parse(`${date}T00:00:00Z`) + DAY).toISOString().slice(0, 10);
    return localInstant(next, minute - 1440);
  }
  const at = schoolInstant(date, hhmm(minute));
  if (!at) throw new Error(`no instant for ${date} ${hhmm(minute)}`);
  return at;
}

type Day = { date: string; weekday: number; start: Date; end: Date };

/** The Paris calendar days from today to today + horizonDays. */
function bookableDays(now: Date, horizonDays: number): Day[] {
  const today = parisDay(now).getTime();
  const days: Day[] = [];
  for (let d = 0; d <= horizonDays; d += 1) {
    const utc = new Date(today + d * DAY);
    const date = utc.toISOString().slice(0, 10);
    days.push({ date, weekday: utc.getUTCDay() || 7, start: localInstant(date, 0), end: localInstant(date, 1440) });
  }
  return days;
}

function dayOff(day: Day, exceptions: readonly DaysOff[]): boolean {
  const [year, month, dayOfMonth] = day.date.split("-").map(Number);
  if (isFrenchPublicHoliday({ year, month, day: dayOfMonth })) return true;
  return exceptions.some((e) => e.startDate <= day.date && day.date <= e.endDate);
}

const overlaps = (slot: Slot, call: BusyCall, buffer: number) => {
  const callStart = call.startsAt.getTime();
  const callEnd = callStart + call.durationMinutes * MINUTE;
  return slot.startsAt.getTime() < callEnd + buffer * MINUTE && callStart < slot.endsAt.getTime() + buffer * MINUTE;
};

/** Every slot of the advisor's windows within notice and horizon, busy or not, in time order. */
function gridSlots(rules: BookingRules, kind: AppointmentKind, now: Date): { day: Day; slot: Slot }[] {
  const duration = rules.durations[kind] * MINUTE;
  const step = duration + rules.bufferMinutes * MINUTE;
  const earliest = now.getTime() + rules.minNoticeHours * 60 * MINUTE;
  const out: { day: Day; slot: Slot }[] = [];
  for (const day of bookableDays(now, rules.horizonDays)) {
    if (dayOff(day, rules.exceptions)) continue;
    const windows = rules.windows.filter((w) => w.weekday === day.weekday).sort((a, b) => a.startMinute - b.startMinute);
    for (const w of windows) {
      const end = localInstant(day.date, w.endMinute).getTime();
      for (let start = localInstant(day.date, w.startMinute).getTime(); start + duration <= end; start += step) {
        if (start < earliest) continue;
        out.push({ day, slot: { startsAt: new Date(start), endsAt: new Date(start + duration) } });
      }
    }
  }
  return out.sort((a, b) => a.slot.startsAt.getTime() - b.slot.startsAt.getTime());
}

/** The free slots for a call of `kind`: not over a scheduled call (with the buffer), not on a day at its cap. */
export function freeSlots(rules: BookingRules, kind: AppointmentKind, busy: readonly BusyCall[], now: Date): Slot[] {
  const perDay = (day: Day) => busy.filter((c) => c.startsAt >= day.start && c.startsAt < day.end).length;
  const capped = new Map<string, boolean>();
  return gridSlots(rules, kind, now)
    .filter(({ day, slot }) => {
      if (!capped.has(day.date)) capped.set(day.date, perDay(day) >= rules.dailyCap);
      return !capped.get(day.date) && !busy.some((c) => overlaps(slot, c, rules.bufferMinutes));
    })
    .map(({ slot }) => slot);
}

export type SlotRefusal = "notice" | "horizon" | "taken" | "unavailable";

/** Why a chosen start cannot be booked now, or null when it is one of the free slots. */
export function slotRefusal(rules: BookingRules, kind: AppointmentKind, busy: readonly BusyCall[], now: Date, startsAt: Date): SlotRefusal | null {
  const at = startsAt.getTime();
  if (at < now.getTime() + rules.minNoticeHours * 60 * MINUTE) return "notice";
  const lastDay = bookableDays(now, rules.horizonDays).at(-1);
  if (!lastDay || at >= lastDay.end.getTime()) return "horizon";
  if (freeSlots(rules, kind, busy, now).some((s) => s.startsAt.getTime() === at)) return null;
  return gridSlots(rules, kind, now).some(({ slot }) => slot.startsAt.getTime() === at) ? "taken" : "unavailable";
}

/** Whether a call starting at `startsAt` is inside the minimum notice (cancelling then asks for a reason). */
export function insideNotice(startsAt: Date, minNoticeHours: number, now: Date): boolean {
  return startsAt.getTime() - now.getTime() < minNoticeHours * 60 * MINUTE;
}

/** A call may be moved at most this many times. */
export const MAX_RESCHEDULES = 2;

/** The slots grouped by Paris day, in order (the picker shows one group per day). */
export function slotsByDay(slots: readonly Slot[]): { date: string; slots: Slot[] }[] {
  const groups = new Map<string, Slot[]>();
  for (const slot of slots) {
    const date = parisDay(slot.startsAt).toISOString().slice(0, 10);
    groups.set(date, [...(groups.get(date) ?? []), slot]);
  }
  return [...groups].map(([date, list]) => ({ date, slots: list }));
}
