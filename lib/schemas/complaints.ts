import { z } from "zod";
import "./zod-config";
import { calendarDate, idSchema, multiLine } from "./fields";

// Complaints (issue 16): staff requalify a request, the Mentorship Manager or an
// administrator answers it and records its corrective action.

export const REQUALIFY_REASON_MAX = 500;
export const COMPLAINT_ANSWER_MAX = 4000;
export const CORRECTIVE_ACTION_MAX = 2000;

export const requalifyComplaintSchema = z.object({ id: idSchema("notFound"), reason: multiLine(REQUALIFY_REASON_MAX) });
export type RequalifyComplaintInput = z.infer<typeof requalifyComplaintSchema>;

export const answerComplaintSchema = z.object({ id: idSchema("notFound"), answer: multiLine(COMPLAINT_ANSWER_MAX) });
export type AnswerComplaintInput = z.infer<typeof answerComplaintSchema>;

export const correctiveActionSchema = z.object({
  id: idSchema("notFound"),
  correctiveAction: multiLine(CORRECTIVE_ACTION_MAX),
  /** The day it was done (YYYY-MM-DD, the date input's value), empty while it is not. */
  correctiveDoneOn: z.union([z.literal(""), calendarDate("date")]),
});
export type CorrectiveActionInput = z.infer<typeof correctiveActionSchema>;
