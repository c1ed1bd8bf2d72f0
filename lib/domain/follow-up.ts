// Follow-up cases: the first phone appointment identifies the blocker, the
// follow-up appointment checks it is solved; no case closes without its outcome.
import type { AppointmentKind, AppointmentStatus, CaseOutcome, ContactReason } from "@prisma/client";

export const CONTACT_REASONS = ["OBSERVED_DELAY", "ATTENDANCE_PROBLEM", "MENTOR_ALERT", "CHECK_IN", "END_OF_TRAINING"] as const satisfies readonly ContactReason[];

/** The end-of-training next-steps checklist. */
export const END_OF_TRAINING_CHECKLIST = ["finalDefence", "certificate", "jobSearch", "stakeholdersInformed", "feedback"] as const;
export type ChecklistKey = (typeof END_OF_TRAINING_CHECKLIST)[number];

export type CaseAppointment = { kind: AppointmentKind; status: AppointmentStatus };

/**
 * Which appointment may be scheduled next, or null: first call until one is
 * held (a no-show offers to reschedule it), then the follow-up call the same
 * way. Never two scheduled at once.
 */
export function nextAppointmentKind(appointments: CaseAppointment[]): AppointmentKind | null {
  if (appointments.some((a) => a.status === "SCHEDULED")) return null;
  const firstHeld = appointments.some((a) => a.kind === "FIRST" && a.status === "HELD");
  if (!firstHeld) return "FIRST";
  const followUpHeld = appointments.some((a) => a.kind === "FOLLOW_UP" && a.status === "HELD");
  return followUpHeld ? null : "FOLLOW_UP";
}

export type CloseCheck = { outcome: CaseOutcome | null | undefined; nextStep: string | null | undefined };

/** A case closes only with its outcome (blocker solved or not) and the next step. */
export function closeRefusal(input: CloseCheck): "outcome.required" | "nextStep.required" | null {
  if (!input.outcome) return "outcome.required";
  if (!input.nextStep || input.nextStep.trim().length === 0) return "nextStep.required";
  return null;
}

export function initialChecklist(reason: ContactReason): { key: ChecklistKey; done: boolean }[] | null {
  return reason === "END_OF_TRAINING" ? END_OF_TRAINING_CHECKLIST.map((key) => ({ key, done: false })) : null;
}
