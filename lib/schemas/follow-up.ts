import { z } from "zod";
import { calendarDate, idSchema, isSafeLine, isSafeText, multiLine } from "./fields";
import { schoolInstant } from "@/lib/domain/week";
import { CONTACT_REASONS } from "@/lib/domain/follow-up";

const id = idSchema("id.invalid");
/** One line: no control characters, CR or LF. */
const line = (max: number, required: string) =>
  z.string().trim().min(1, required).max(max, "text.tooLong").refine(isSafeLine, "text.invalid");
const paragraph = (max: number) => z.string().trim().max(max, "text.tooLong").refine(isSafeText, "controlChars");

export const openCaseSchema = z.object({
  learnerId: id,
  reason: z.enum(CONTACT_REASONS, "reason.required"),
  sourceRequestId: z.union([id, z.literal("")]).optional(),
});
export type OpenCaseInput = z.infer<typeof openCaseSchema>;

export const DURATIONS = ["15", "20", "30", "45", "60"] as const;

// A day that exists in the calendar (not 2026-02-30): the time is checked on its own.
const date = calendarDate("date.required").refine((d) => schoolInstant(d, "12:00") !== null, "date.required");
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, "time.required");
const durationMinutes = z.enum(DURATIONS, "duration.required");

export const scheduleAppointmentSchema = z.object({ caseId: id, date, time, durationMinutes });
export type ScheduleAppointmentInput = z.infer<typeof scheduleAppointmentSchema>;

export const recordAppointmentSchema = z
  .object({
    appointmentId: id,
    /** The appointment's kind, sent back by the form: the server checks it again. */
    kind: z.enum(["FIRST", "FOLLOW_UP"]),
    status: z.enum(["HELD", "NO_SHOW"], "attendance.required"),
    blocker: paragraph(2000),
    notes: paragraph(2000),
  })
  .refine((v) => v.status !== "HELD" || v.kind !== "FIRST" || v.blocker.length > 0, {
    path: ["blocker"],
    message: "blocker.required",
  });
export type RecordAppointmentInput = z.infer<typeof recordAppointmentSchema>;

/** A call moved to another time: the same event, an updated invite. */
export const rescheduleAppointmentSchema = z.object({ appointmentId: id, date, time, durationMinutes });
export type RescheduleAppointmentInput = z.infer<typeof rescheduleAppointmentSchema>;

export const cancelAppointmentSchema = z.object({ appointmentId: id });
export type CancelAppointmentInput = z.infer<typeof cancelAppointmentSchema>;

/** A call that already took place, logged without an invitation (up to 14 days back). */
export const logPastCallSchema = z
  .object({
    caseId: id,
    /** The kind the page offers, sent back by the form: the server checks it again. */
    kind: z.enum(["FIRST", "FOLLOW_UP"]),
    date,
    time,
    durationMinutes,
    blocker: paragraph(2000),
    notes: paragraph(2000),
  })
  .refine((v) => v.kind !== "FIRST" || v.blocker.length > 0, { path: ["blocker"], message: "blocker.required" });
export type LogPastCallInput = z.infer<typeof logPastCallSchema>;

export const closeCaseSchema = z.object({
  caseId: id,
  outcome: z.enum(["BLOCKER_SOLVED", "BLOCKER_NOT_SOLVED"], "outcome.required"),
  nextStep: line(500, "nextStep.required"),
  /** What the requester (the mentor who raised the alert) may read: never health details. */
  sharedOutcome: paragraph(1000),
});
export type CloseCaseInput = z.infer<typeof closeCaseSchema>;

export const checklistSchema = z.object({
  caseId: id,
  done: z.array(z.string().max(40).refine(isSafeLine)).max(20),
});
export type ChecklistInput = z.infer<typeof checklistSchema>;

export const decideBreakSchema = z
  .object({
    breakId: id,
    decision: z.enum(["APPROVED", "REFUSED"], "decision.required"),
    startDate: calendarDate("startDate.required"),
    endDate: calendarDate("endDate.required"),
    /** To the learner: why a break is refused (required), or a word with an approval. */
    note: paragraph(1000).optional(),
  })
  .refine((v) => v.endDate >= v.startDate, { path: ["endDate"], message: "endDate.beforeStart" })
  .refine((v) => v.decision !== "REFUSED" || Boolean(v.note?.trim()), { path: ["note"], message: "note.requiredToRefuse" });
export type DecideBreakInput = z.infer<typeof decideBreakSchema>;

export const SIGNAL_NOTE_MAX = 500;

export const resolveSignalSchema = z.object({
  signalId: id,
  /** The page of the list the advisor was on, to come back to it. */
  after: z.union([id, z.literal("")]),
  /** What was done: kept on the signal and shown in the learner file's timeline. */
  note: multiLine(SIGNAL_NOTE_MAX),
});
export type ResolveSignalInput = z.infer<typeof resolveSignalSchema>;
