import { z } from "zod";
import { calendarDate, idSchema, isSafeText } from "./fields";
import { schoolInstant } from "@/lib/domain/week";
import { MAX_WEEKLY_COMMITMENT, MIN_WEEKLY_COMMITMENT } from "@/lib/domain/commitment";

// Messages are catalogue keys (sessions.errors). Numbers travel as strings
// (form fields), so the same schema serves react-hook-form and the action.

export const SESSION_KINDS = ["MENTORING", "DEFENCE"] as const;
export const SESSION_STATUSES = ["SCHEDULED", "HELD", "NO_SHOW", "CANCELLED"] as const;
export const CANCELLERS = ["LEARNER", "MENTOR", "SCHOOL"] as const;
export const DURATIONS = ["30", "45", "60", "90", "120"] as const;
export const MIN_DURATION = 15;
export const MAX_DURATION = 240;
export const LEARNER_NOTE_MAX = 2000;
export const PRIVATE_NOTE_MAX = 4000;

const id = idSchema("learner.required");

const when = {
  kind: z.enum(SESSION_KINDS, "kind.required"),
  date: calendarDate("date.invalid"),
  time: z.string().regex(/^\d{2}:\d{2}$/, "time.invalid"),
  durationMinutes: z
    .string()
    .regex(/^\d{1,3}$/, "duration.invalid")
    .refine((v) => Number(v) >= MIN_DURATION && Number(v) <= MAX_DURATION, "duration.invalid"),
};

function checkDate(value: { date: string; time: string }, ctx: z.RefinementCtx) {
  if (/^\d{4}-\d{2}-\d{2}$/.test(value.date) && /^\d{2}:\d{2}$/.test(value.time) && !schoolInstant(value.date, value.time)) {
    ctx.addIssue({ code: "custom", path: ["date"], message: "date.invalid" });
  }
}

/** "Plan it anyway" inside the learner's approved break: a checkbox shown once the warning is. */
const confirmBreak = z.union([z.literal("yes"), z.literal(""), z.literal(false), z.literal(true)]).optional();

export const planSessionSchema = z.object({ learnerId: id, ...when, confirmBreak }).superRefine(checkDate);
export type PlanSessionInput = z.infer<typeof planSessionSchema>;

const note = (max: number) => z.string().trim().max(max, "note.tooLong").refine(isSafeText, "controlChars");

/** A session that already took place, logged with its outcome (at most 14 days back: checked against the clock). */
export const logPastSessionSchema = z
  .object({
    learnerId: id,
    ...when,
    confirmBreak,
    status: z.enum(["HELD", "NO_SHOW"], "status.required"),
    learnerNote: note(LEARNER_NOTE_MAX),
    privateNote: note(PRIVATE_NOTE_MAX),
  })
  .superRefine(checkDate);
export type LogPastSessionInput = z.infer<typeof logPastSessionSchema>;

export const recordSessionSchema = z
  .object({
    id: idSchema("version.invalid"),
    version: z.string().regex(/^\d{1,9}$/, "version.invalid"),
    ...when,
    status: z.enum(SESSION_STATUSES, "status.required"),
    cancelledBy: z.union([z.enum(CANCELLERS), z.literal("")]),
    learnerNote: note(LEARNER_NOTE_MAX),
    privateNote: note(PRIVATE_NOTE_MAX),
  })
  .superRefine((value, ctx) => {
    checkDate(value, ctx);
    if (value.status === "CANCELLED" && !value.cancelledBy) {
      ctx.addIssue({ code: "custom", path: ["cancelledBy"], message: "cancelledBy.required" });
    }
    // "Held or missed only once started" is the data function's rule (updateSession), read
    // against the server's clock rather than the machine's, so tests can move time.
  });
export type RecordSessionInput = z.infer<typeof recordSessionSchema>;

export const weeklyCommitmentSchema = z.object({
  learnerId: id,
  value: z
    .string()
    .regex(/^\d{1,2}$/, "commitment.range")
    .refine((v) => Number(v) >= MIN_WEEKLY_COMMITMENT && Number(v) <= MAX_WEEKLY_COMMITMENT, "commitment.range"),
});
export type WeeklyCommitmentInput = z.infer<typeof weeklyCommitmentSchema>;
