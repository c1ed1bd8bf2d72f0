// What may be done with a phone appointment, and when (Europe/Paris). Pure:
// the caller passes the instant it is; data functions apply the answer.
import type { AppointmentStatus } from "@prisma/client";
import { parisDay } from "./week";

/** How far back a call that already took place may be logged, in Paris calendar days. */
export const PAST_CALL_MAX_DAYS = 14;

const DAY = 86_400_000;

/** Held or no-show can be recorded only once the call's start time has passed. */
export function recordRefusal(a: { status: AppointmentStatus; startsAt: Date }, now: Date): "conflict" | "notYet" | null {
  if (a.status !== "SCHEDULED") return "conflict";
  return now.getTime() < a.startsAt.getTime() ? "notYet" : null;
}

/**
 * A call logged after the fact: it has started already, and its Paris day is at
 * most 14 calendar days before today's (a DST change does not shift the limit).
 */
export function pastCallRefusal(startsAt: Date, now: Date): "future" | "tooOld" | null {
  if (startsAt.getTime() > now.getTime()) return "future";
  const daysBack = Math.round((parisDay(now).getTime() - parisDay(startsAt).getTime()) / DAY);
  return daysBack > PAST_CALL_MAX_DAYS ? "tooOld" : null;
}

export type ScheduledCall = { status: AppointmentStatus; startsAt: Date; icsSequence: number };

/** Moving a call: only a call still to come, to a time still to come; the invite keeps its UID, one sequence up. */
export function rescheduleCall(a: ScheduledCall, startsAt: Date, now: Date): { refusal: "conflict" | "past" } | { startsAt: Date; icsSequence: number } {
  if (a.status !== "SCHEDULED" || a.startsAt.getTime() <= now.getTime()) return { refusal: "conflict" };
  if (startsAt.getTime() <= now.getTime()) return { refusal: "past" };
  return { startsAt, icsSequence: a.icsSequence + 1 };
}

/** Cancelling a call: only a call still to come; the cancellation is the same event, one sequence up. */
export function cancelCall(a: ScheduledCall, now: Date): { refusal: "conflict" } | { status: "CANCELLED"; icsSequence: number } {
  if (a.status !== "SCHEDULED" || a.startsAt.getTime() <= now.getTime()) return { refusal: "conflict" };
  return { status: "CANCELLED", icsSequence: a.icsSequence + 1 };
}
