import { z } from "zod";
import { idSchema, INT4_MAX, multiLine, singleLine } from "./fields";
import { REPLY_MAX, STATUSES } from "./triage";
import { PRIORITIES } from "@/lib/domain/inbox";

// The team's daily tools: canned replies, macros, "je la prends", priority,
// bulk actions, merge and link, saved views. The same schemas in each form and
// its action. Template variables are checked by the data functions (an unknown
// one is a field error naming it: lib/domain/reply-template.ts).

const id = idSchema();
const version = z.number({ error: "required" }).int().min(1).max(INT4_MAX, "conflict");
const LOCALES = ["fr", "en"] as const;

export const TITLE_MAX = 120;

/** A canned reply: shared (support and the Mentorship Manager manage them) or the author's own. */
export const cannedReplyFields = z.object({
  title: singleLine(TITLE_MAX),
  locale: z.enum(LOCALES, "required"),
  scope: z.enum(["SHARED", "PERSONAL"], "required"),
  body: multiLine(REPLY_MAX),
});
export const createCannedReplySchema = cannedReplyFields;
export type CannedReplyInput = z.infer<typeof cannedReplyFields>;
export const updateCannedReplySchema = cannedReplyFields.extend({ id, version });
export type UpdateCannedReplyInput = z.infer<typeof updateCannedReplySchema>;
export const deleteRecordSchema = z.object({ id });
export type DeleteRecordInput = z.infer<typeof deleteRecordSchema>;

export const MACRO_ASSIGNMENTS = ["KEEP", "ACTOR", "LEARNER_ADVISOR"] as const;
/** A macro: a reply (optional template), a status (or none) and an assignment, in one click. */
export const macroFields = z.object({
  title: singleLine(TITLE_MAX),
  locale: z.enum(LOCALES, "required"),
  reply: z.string({ error: "required" }).max(REPLY_MAX, "tooLong"),
  status: z.enum(["", ...STATUSES], "required"),
  assignment: z.enum(MACRO_ASSIGNMENTS, "required"),
});
export type MacroInput = z.infer<typeof macroFields>;
export const updateMacroSchema = macroFields.extend({ id, version });
export type UpdateMacroInput = z.infer<typeof updateMacroSchema>;

export const runMacroSchema = z.object({ id, version, macroId: idSchema("macro") });
export type RunMacroInput = z.infer<typeof runMacroSchema>;

/** "Je la prends": the request is assigned to whoever clicks, if nobody changed it meanwhile. */
export const takeRequestSchema = z.object({ id, version });
export type TakeRequestInput = z.infer<typeof takeRequestSchema>;

export const priorityFields = z.object({ priority: z.enum(PRIORITIES, "required"), reason: multiLine(500) });
export const prioritySchema = priorityFields.extend({ id, version });
export type PriorityInput = z.infer<typeof prioritySchema>;

export const BULK_MAX = 50;
export const BULK_OPERATIONS = ["assign", "status", "priority"] as const;
/** Selected inbox rows, each with the version the page showed: each row is changed under its own lock. */
export const bulkSchema = z
  .object({
    rows: z.array(z.object({ id, version }), { error: "rows" }).min(1, "rows").max(BULK_MAX, "rowsTooMany"),
    operation: z.enum(BULK_OPERATIONS, "required"),
    /** assign: a staff user id or LEARNER_ADVISOR; status: a status; priority: a priority. */
    value: z.string({ error: "required" }).min(1, "required").max(40, "required").regex(/^[a-zA-Z0-9_]+$/, "required"),
    reason: z.string({ error: "required" }).max(500, "tooLong"),
  })
  .superRefine((input, ctx) => {
    const ok =
      input.operation === "status" ? (STATUSES as readonly string[]).includes(input.value) : input.operation === "priority" ? (PRIORITIES as readonly string[]).includes(input.value) : true;
    if (!ok) ctx.addIssue({ code: "custom", path: ["value"], message: "required" });
    if (input.operation === "priority" && !input.reason.trim()) ctx.addIssue({ code: "custom", path: ["reason"], message: "required" });
  });
export type BulkInput = z.infer<typeof bulkSchema>;

/** The other request, by its number as people say it ("n° 1234"). */
const number = z
  .string({ error: "required" })
  .trim()
  .min(1, "required")
  .max(12, "requestNumber")
  .regex(/^(n°\s*)?\d{1,9}$/i, "requestNumber");
export const mergeFields = z.object({ target: number });
export const mergeSchema = mergeFields.extend({ id, version });
export type MergeInput = z.infer<typeof mergeSchema>;
export const linkFields = z.object({ other: number });
export const linkSchema = linkFields.extend({ id });
export type LinkInput = z.infer<typeof linkSchema>;
export const unlinkSchema = z.object({ id, otherId: id });
export type UnlinkInput = z.infer<typeof unlinkSchema>;

/** The number typed, as an integer. */
export function requestNumberOf(value: string): number {
  return Number(value.replace(/\D/g, ""));
}

export const VIEW_NAME_MAX = 60;
export const saveViewFields = z.object({ name: singleLine(VIEW_NAME_MAX) });
export const saveViewSchema = saveViewFields.extend({ query: z.string({ error: "required" }).max(1000, "tooLong") });
export type SaveViewInput = z.infer<typeof saveViewSchema>;
