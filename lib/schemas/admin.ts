import { z } from "zod";
import { isSafeLine, isSafeText, isoDate, optionalSingleLine, idSchema, singleLine } from "./fields";
import { fromFormData } from "./form-data";
import { optionalPhone } from "./phone";

// Messages are keys of admin.errors, else of the shared forms catalogue (lib/i18n/messages/forms.ts).

const email = z.string().trim().min(1, "email.required").max(254, "email.tooLong").email("email.invalid").refine(isSafeLine, "email.invalid");
const optionalId = z.union([z.literal(""), idSchema()]);

export const STAFF_ROLES = ["ADVISOR", "MENTOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const;
export const ALL_ROLES = ["LEARNER", ...STAFF_ROLES] as const;

const commitment = z.string().regex(/^[0-7]$/, "weeklyCommitment.invalid");

export const learnerSettingsSchema = z
  .object({
    trainingPathId: idSchema(),
    startDate: isoDate,
    plannedEndDate: isoDate,
    weeklyCommitment: commitment,
  })
  .refine((v) => !isoDate.safeParse(v.startDate).success || !isoDate.safeParse(v.plannedEndDate).success || v.plannedEndDate > v.startDate, { path: ["plannedEndDate"], message: "plannedEndDate.beforeStart" });
export type LearnerSettingsInput = z.infer<typeof learnerSettingsSchema>;

/** Creating an account; a learner also needs a path and dates (the profile cannot exist without them). */
export const createUserSchema = z
  .object({
    firstName: singleLine(100),
    lastName: singleLine(100),
    email,
    phone: optionalPhone,
    role: z.enum(ALL_ROLES, "role.required"),
    locale: z.enum(["fr", "en"], "locale.required"),
    // A learner's fields, checked by learnerSettingsSchema below; other roles leave them empty.
    trainingPathId: z.string().max(40),
    startDate: z.string().max(10),
    plannedEndDate: z.string().max(10),
    weeklyCommitment: z.string().max(1),
    advisorId: optionalId,
    mentorId: optionalId,
  })
  .superRefine((v, ctx) => {
    if (v.role !== "LEARNER") return;
    const settings = learnerSettingsSchema.safeParse(v);
    if (!settings.success) for (const issue of settings.error.issues) ctx.addIssue({ code: "custom", path: issue.path, message: issue.message });
  });
export type CreateUserInput = z.infer<typeof createUserSchema>;

/** Editing an account: the role changes only between staff roles (a learner's profile cannot follow). */
export const updateUserSchema = z.object({
  firstName: singleLine(100),
  lastName: singleLine(100),
  email,
  phone: optionalPhone,
  role: z.enum(ALL_ROLES, "role.required"),
  locale: z.enum(["fr", "en"], "locale.required"),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const assignmentSchema = z.object({
  advisorId: optionalId,
  mentorId: optionalId,
  reason: optionalSingleLine(300),
});
export type AssignmentInput = z.infer<typeof assignmentSchema>;

export const bulkMoveSchema = z
  .object({
    kind: z.enum(["ADVISOR", "MENTOR"], "kind.required"),
    fromId: idSchema(),
    toId: idSchema(),
    reason: optionalSingleLine(300),
  })
  .refine((v) => v.fromId !== v.toId, { path: ["toId"], message: "toId.same" });
export type BulkMoveInput = z.infer<typeof bulkMoveSchema>;

export const passwordSchema = z
  .object({
    password: z.string().min(12, "password.tooShort").max(200, "password.tooLong").refine(isSafeText, "controlChars"),
    confirm: z.string().max(200, "password.tooLong"),
  })
  .refine((v) => v.password === v.confirm, { path: ["confirm"], message: "confirm.mismatch" });
export type PasswordInput = z.infer<typeof passwordSchema>;

/** The set-password form: the password twice and the link's token (the credential). */
export const setPasswordSchema = passwordSchema.safeExtend({ token: z.string().min(1).max(200).refine(isSafeLine) });
export type SetPasswordInput = z.infer<typeof setPasswordSchema>;

export const forgotPasswordSchema = z.object({ email });
export type ForgotPasswordInput = z.infer<typeof forgotPasswordSchema>;

// The admin forms send the account they act on with their fields: the id is
// parsed here like any field, and the data function finds the record by it
// (an id out of reach is "not found").
const accountId = { id: idSchema() };
export const editUserSchema = updateUserSchema.safeExtend(accountId);
export type EditUserInput = z.infer<typeof editUserSchema>;
export const editAssignmentSchema = assignmentSchema.safeExtend(accountId);
export type EditAssignmentInput = z.infer<typeof editAssignmentSchema>;
export const editLearnerSettingsSchema = learnerSettingsSchema.safeExtend(accountId);
export type EditLearnerSettingsInput = z.infer<typeof editLearnerSettingsSchema>;

/** The deactivate/reactivate and resend buttons: plain HTML forms (they work without JavaScript). */
export const setUserActiveSchema = fromFormData(z.object({ ...accountId, active: z.enum(["true", "false"]).transform((v) => v === "true") }));
export const resendInvitationSchema = fromFormData(z.object(accountId));

