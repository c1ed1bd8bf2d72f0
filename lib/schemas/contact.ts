import { z } from "zod";
import { attachmentIds } from "./attachments";
import { phoneField } from "./phone";
import { checkDateRange, idempotencyKey, isoDate, multiLine, optionalMultiLine, optionalSingleLine, idSchema, singleLine } from "./fields";

// One schema per form, shared by the client form (zodResolver) and the
// server action. Each topic asks for the fields it needs.

export const SUBJECT_MAX = 120;
export const MESSAGE_MAX = 4000;
export const DETAIL_MAX = 2000;

export const DUPLICATE_REASON_MAX = 500;

/**
 * The answer to "this looks like request n° X" (lib/domain/duplicates.ts):
 * add the message to it (its id), or file a new one and say why. Empty until
 * the server has shown a likely duplicate; the server checks the reason.
 */
const duplicateAnswer = {
  duplicateChoice: z.union([z.literal("add"), z.literal("new"), z.literal("")]).optional(),
  duplicateOf: z.union([idSchema("duplicateOf"), z.literal("")]).optional(),
  duplicateReason: optionalMultiLine(DUPLICATE_REASON_MAX),
};

const common = {
  idempotencyKey,
  subject: singleLine(SUBJECT_MAX),
  message: multiLine(MESSAGE_MAX),
  ...duplicateAnswer,
};

export const BREAK_KINDS = ["ILLNESS", "HOLIDAYS", "OTHER"] as const;
export const SESSION_COUNTS = ["1", "2", "3", "4"] as const;

export const REPLY_CHANNELS = ["EMAIL", "PHONE"] as const;
export const CALLBACK_WHEN_MAX = 200;

/**
 * "Call me back": the learner may prefer a phone call to a written reply, at a number
 * (validated like every phone field, libphonenumber-js) and when they are reachable.
 */
const callback = {
  /** Absent (older clients, tests): an email reply. */
  replyChannel: z.enum(REPLY_CHANNELS, "required").optional(),
  callbackPhone: phoneField.optional(),
  callbackWhen: optionalSingleLine(CALLBACK_WHEN_MAX),
};

/**
 * What the learner's form adds: the documents they uploaded for it (POST /api/attachments),
 * how to answer them, and "Je souhaite faire une réclamation" (a complaint, issue 16).
 */
const learnerCommon = { ...common, attachmentIds, ...callback, complaint: z.boolean().optional() };

/** "Contacter mon conseiller": the learner files for themselves only (no learner id). */
export const learnerRequestSchema = z.discriminatedUnion(
  "topic",
  [
    z.object({ topic: z.literal("EXTRA_RESOURCES"), ...learnerCommon, project: optionalSingleLine(120) }),
    z.object({ topic: z.literal("EXTRA_SESSIONS"), ...learnerCommon, sessionCount: z.enum(SESSION_COUNTS, "required") }),
    z
      .object({
        topic: z.literal("BREAK_REQUEST"),
        ...learnerCommon,
        breakKind: z.enum(BREAK_KINDS, "required"),
        startDate: isoDate,
        endDate: isoDate,
        /** "Yes, it started more than 7 days ago": required then (checked against today by the server). */
        confirmPastStart: z.union([z.literal("yes"), z.literal(""), z.literal(false)]).optional(),
      })
      .superRefine((value, ctx) => checkDateRange(value, ctx)),
    z.object({ topic: z.literal("ADMIN_SUPPORT"), ...learnerCommon }),
    z.object({ topic: z.literal("RQTH"), ...learnerCommon, accommodation: multiLine(DETAIL_MAX) }),
    z.object({ topic: z.literal("OTHER"), ...learnerCommon }),
  ],
  { error: "topic" },
).superRefine((value, ctx) => {
  // A call back needs the number to call.
  if (value.replyChannel === "PHONE" && !value.callbackPhone?.trim()) ctx.addIssue({ code: "custom", path: ["callbackPhone"], message: "phone.required" });
});

export type LearnerRequestInput = z.infer<typeof learnerRequestSchema>;

export const ABSENCE_KINDS = ["HOSPITAL", "BEREAVEMENT", "FORCE_MAJEURE"] as const;

const alertCommon = { ...common, learnerId: idSchema("learner") };

/** "Signaler une situation": a mentor's alert about one of their learners. */
export const mentorAlertSchema = z.discriminatedUnion(
  "topic",
  [
    z
      .object({
        topic: z.literal("UPCOMING_ABSENCE"),
        ...alertCommon,
        absenceKind: z.enum(ABSENCE_KINDS, "required"),
        startDate: isoDate,
        endDate: isoDate,
        healthDetails: optionalMultiLine(DETAIL_MAX),
      })
      .superRefine((value, ctx) => checkDateRange(value, ctx, 120)),
    z.object({ topic: z.literal("EXCEPTIONAL_CIRCUMSTANCES"), ...alertCommon }),
    z.object({ topic: z.literal("DISENGAGEMENT_RISK"), ...alertCommon }),
    z.object({ topic: z.literal("DISRESPECT"), ...alertCommon }),
    z.object({ topic: z.literal("PLAGIARISM"), ...alertCommon, project: singleLine(120), evidence: multiLine(DETAIL_MAX) }),
    z.object({ topic: z.literal("MENTOR_OTHER"), ...alertCommon }),
  ],
  { error: "topic" },
);

export type MentorAlertInput = z.infer<typeof mentorAlertSchema>;

/** The mentor's optional personal note, included in the invitation email. */
export const NUDGE_NOTE_MAX = 500;

/** What the mentor previews: the same email as the sending, nothing written. */
export const nudgePreviewSchema = z.object({
  learnerId: idSchema("learner"),
  topic: z.enum(["EXTRA_RESOURCES", "EXTRA_SESSIONS", "BREAK_REQUEST", "ADMIN_SUPPORT", "RQTH", "OTHER"], "topic"),
  note: optionalMultiLine(NUDGE_NOTE_MAX),
});

/** A mentor tells a learner to contact their advisor about a learner topic. */
export const nudgeLearnerSchema = nudgePreviewSchema.extend({ idempotencyKey });

export type NudgePreviewInput = z.infer<typeof nudgePreviewSchema>;
export type NudgeLearnerInput = z.infer<typeof nudgeLearnerSchema>;
