// What each report figure counts, as plain functions over plain records. The SQL in
// lib/server/data/report-figures.ts computes the same figures in aggregates; the
// integration tests check that both agree on the same records.
import type { AppointmentKind, AppointmentStatus, CaseOutcome, SessionKind, SessionStatus } from "@prisma/client";
import { workingHoursBetween } from "../sla";

/** A mentor alert should lead to a first contact with the learner within 2 working days. */
export const FIRST_CONTACT_TARGET_HOURS = 16;

/**
 * Percentile with linear interpolation between closest ranks (PostgreSQL's percentile_cont):
 * p in [0, 1]; null for no values.
 */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = p * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

/** A contact with the learner: a phone appointment held, or a reply sent to one of their own requests. */
export type LearnerContact = { at: Date; kind: "CALL" | "REPLY" };

/**
 * The first contact with the learner after a mentor alert: the earliest held appointment
 * (at its start) or staff reply to a request the learner filed, at or after the alert.
 * A reply to the mentor, a note, a stakeholder exchange or a no-show is not a contact.
 */
export function firstContactAfter(alertAt: Date, contacts: readonly LearnerContact[]): LearnerContact | null {
  let first: LearnerContact | null = null;
  for (const contact of contacts) {
    if (contact.at.getTime() < alertAt.getTime()) continue;
    if (!first || contact.at.getTime() < first.at.getTime()) first = contact;
  }
  return first;
}

/**
 * Whether a deadline was met, read at `now`: met when done by the due date, missed when
 * done late or still open past it; not judged (null) while open and not yet due.
 */
export function deadlineMet(doneAt: Date | null, dueAt: Date | null, now: Date): boolean | null {
  if (!dueAt) return null;
  if (doneAt) return doneAt.getTime() <= dueAt.getTime();
  return now.getTime() >= dueAt.getTime() ? false : null;
}

/** Working hours from an alert to its first contact, and whether that was within target (null: not judged yet). */
export function alertContact(alertAt: Date, contact: LearnerContact | null, now: Date): { hours: number | null; withinTarget: boolean | null } {
  if (contact) {
    const hours = workingHoursBetween(alertAt, contact.at);
    return { hours, withinTarget: hours <= FIRST_CONTACT_TARGET_HOURS };
  }
  return { hours: null, withinTarget: workingHoursBetween(alertAt, now) >= FIRST_CONTACT_TARGET_HOURS ? false : null };
}

export type CaseAppointment = { kind: AppointmentKind; status: AppointmentStatus };

/** A closed case whose blocker is solved and whose second (follow-up) call was held. */
export function solvedAtSecondCall(outcome: CaseOutcome | null, appointments: readonly CaseAppointment[]): boolean {
  return outcome === "BLOCKER_SOLVED" && appointments.some((a) => a.kind === "FOLLOW_UP" && a.status === "HELD");
}

/** A case whose learner could not be reached: at least one call missed, none held. */
export function unreachable(appointments: readonly CaseAppointment[]): boolean {
  return appointments.some((a) => a.status === "NO_SHOW") && !appointments.some((a) => a.status === "HELD");
}

export type AttendanceKind = `APPOINTMENT_${AppointmentKind}` | `SESSION_${SessionKind}`;

/** Held or missed: only these count towards a no-show rate (planned and cancelled ones do not). */
export function attendanceOutcome(status: AppointmentStatus | SessionStatus): "HELD" | "NO_SHOW" | null {
  return status === "HELD" || status === "NO_SHOW" ? status : null;
}

/**
 * End of training without completion (drop-out): the planned end has passed with a
 * milestone still not completed. Not judged before the end, nor for a path without milestones.
 */
export function droppedOut(plannedEnd: Date, milestones: readonly { completedAt: Date | null }[], now: Date): boolean | null {
  if (plannedEnd.getTime() >= now.getTime() || milestones.length === 0) return null;
  return milestones.some((m) => m.completedAt === null);
}

/** A figure's numbers over its records: how many, how many judged, how many hits, median and 90th percentile. */
export type FigureSummary = { total: number; judged: number; hits: number; median: number | null; p90: number | null };

export function summarize(records: readonly { hit: boolean | null; value: number | null }[]): FigureSummary {
  const values = records.flatMap((r) => (r.value === null ? [] : [r.value]));
  return {
    total: records.length,
    judged: records.filter((r) => r.hit !== null).length,
    hits: records.filter((r) => r.hit === true).length,
    median: percentile(values, 0.5),
    p90: percentile(values, 0.9),
  };
}

/** A share as a fraction, or null when nothing was judged. */
export function share(hits: number, judged: number): number | null {
  return judged === 0 ? null : hits / judged;
}
