import { z } from "zod";
import { attachmentIds } from "./attachments";
import { INT4_MAX, multiLine, idSchema, optionalMultiLine } from "./fields";

// The request page's actions (support, Mentorship Manager, advisors), and the
// requester's reply. Versions come from the page: a stale one is a conflict.

export const REPLY_MAX = 4000;
// A version larger than PostgreSQL's integer would be a database error, not a stale page.
const version = z.number({ error: "required" }).int().min(1).max(INT4_MAX, "conflict");
const id = idSchema();

/**
 * The thread's last message when the reply box was shown ("" for none): a newer one from
 * someone else refuses the reply once, showing it (issue 15). Left out: no check (email).
 */
const lastSeen = z.string().max(40).regex(/^[a-z0-9]*$/i).optional();
/** A public reply (staff or requester), with the documents its author uploaded for it. */
export const replySchema = z.object({ id, body: multiLine(REPLY_MAX), attachmentIds, lastSeen });
/** The requester's reply: the same fields. */
export const requesterReplySchema = replySchema;
export type RequesterReplyInput = z.infer<typeof requesterReplySchema>;
export type ReplyInput = z.infer<typeof replySchema>;

export const noteSchema = z.object({ id, body: multiLine(REPLY_MAX) });
export type NoteInput = z.infer<typeof noteSchema>;

export const STATUSES = ["NEW", "IN_PROGRESS", "WAITING_FOR_REQUESTER", "RESOLVED", "CLOSED"] as const;
export const statusSchema = z.object({ id, version, status: z.enum(STATUSES, "required") });
export type StatusInput = z.infer<typeof statusSchema>;

/** `LEARNER_ADVISOR` forwards to the learner's current advisor; otherwise a staff user id. */
export const reassignSchema = z.object({
  id,
  version,
  target: z.string({ error: "target" }).min(1, "target").max(40, "target").regex(/^[a-zA-Z0-9_]+$/, "target"),
  reason: multiLine(500),
});
export type ReassignInput = z.infer<typeof reassignSchema>;

export const FORWARD_NOTE_MAX = 1000;
/** The note is optional: the mentor's message often says it all; when given, it is internal (staff only). */
export const forwardSchema = z.object({ id, version, note: optionalMultiLine(FORWARD_NOTE_MAX) });
export type ForwardInput = z.infer<typeof forwardSchema>;

export const WITHDRAW_REASON_MAX = 500;
/** The requester takes back their request: the reason is optional, shown to whoever handles it. */
export const withdrawSchema = z.object({ id, reason: optionalMultiLine(WITHDRAW_REASON_MAX) });
export type WithdrawInput = z.infer<typeof withdrawSchema>;
