// When a mentor may put a session in the calendar (Europe/Paris). Pure: the data
// function feeds it the mentor's other sessions, the learner's approved breaks and
// the clock's "now".
// - Planning: never in the past, never over another of the mentor's sessions;
//   inside the learner's approved break, only once the mentor has confirmed.
// - Logging a session that already took place: its start has passed, and it is at
//   most 14 Paris calendar days back.
import { parisDay } from "./week";

export const PAST_SESSION_MAX_DAYS = 14;

const MINUTE = 60_000;
const DAY = 86_400_000;

export type Slot = { scheduledAt: Date; durationMinutes: number };
export type BusySlot = Slot & { id: string };
/** An approved break: calendar days, both included (UTC midnights, as `@db.Date` holds them). */
export type BreakSpan = { startDate: Date; endDate: Date };

export function sessionEnd(slot: Slot): Date {
  return new Date(slot.scheduledAt.getTime() + slot.durationMinutes * MINUTE);
}

/** The first session that shares time with `slot` (one ending as the other starts does not), ignoring `exceptId`. */
export function overlappingSession<T extends BusySlot>(slot: Slot, busy: readonly T[], exceptId?: string): T | null {
  const start = slot.scheduledAt.getTime();
  const end = sessionEnd(slot).getTime();
  return (
    [...busy]
      .sort((a, b) => a.scheduledAt.getTime() - b.scheduledAt.getTime())
      .find((other) => other.id !== exceptId && other.scheduledAt.getTime() < end && sessionEnd(other).getTime() > start) ?? null
  );
}

/** The approved break whose days hold any part of the session (Paris calendar days). */
export function breakDuring<T extends BreakSpan>(slot: Slot, breaks: readonly T[]): T | null {
  const first = parisDay(slot.scheduledAt).getTime();
  const last = parisDay(new Date(sessionEnd(slot).getTime() - 1)).getTime();
  return breaks.find((b) => b.startDate.getTime() <= last && b.endDate.getTime() >= first) ?? null;
}

/** Planning starts from now: a start time already passed is refused (log it as held instead). */
export function planTimeRefusal(slot: Slot, now: Date): "past" | null {
  return slot.scheduledAt.getTime() < now.getTime() ? "past" : null;
}

/** A session logged after the fact: it must have started, at most 14 Paris days back. */
export function pastSessionRefusal(slot: Slot, now: Date): "notYet" | "tooOld" | null {
  if (slot.scheduledAt.getTime() > now.getTime()) return "notYet";
  const days = (parisDay(now).getTime() - parisDay(slot.scheduledAt).getTime()) / DAY;
  return days > PAST_SESSION_MAX_DAYS ? "tooOld" : null;
}
