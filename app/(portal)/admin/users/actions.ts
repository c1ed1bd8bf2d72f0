"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { fieldErrors } from "@/lib/schemas/form-result";
import { idSchema } from "@/lib/schemas/fields";
import { assignmentSchema, createUserSchema, learnerSettingsSchema, updateUserSchema } from "@/lib/schemas/admin";
import { createUserAccount, resendInvitation, setUserActive, updateUserAccount } from "@/lib/server/data/users";
import { assignLearner, updateLearnerSettings } from "@/lib/server/data/assignments";
import type { ServerFormResult } from "../_components/use-server-form";

// Every action: ADMIN re-read from the database, input parsed with the form's
// own schema, then the data function (which checks the role again).

const NOTICE = { saved: "saved", unchanged: "unchanged" } as const;
type Notice = (typeof NOTICE)[keyof typeof NOTICE];

function validId(id: unknown): string {
  const parsed = idSchema().safeParse(id);
  if (!parsed.success) redirect("/admin/users");
  return parsed.data;
}

export async function createUserAction(input: unknown): Promise<ServerFormResult<{ id: string }>> {
  const actor = await requireRole(["ADMIN"]);
  const parsed = createUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const outcome = await createUserAccount(actor, parsed.data);
  if (!outcome.ok) return outcome.error === "email-taken" ? { ok: false, fieldErrors: { email: outcome.error } } : { ok: false, formError: outcome.error };
  revalidatePath("/admin", "layout");
  return { ok: true, data: { id: outcome.id } };
}

export async function updateUserAction(id: string, input: unknown): Promise<ServerFormResult<Notice>> {
  const actor = await requireRole(["ADMIN"]);
  const parsed = updateUserSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const outcome = await orNotFound(updateUserAccount(actor, validId(id), parsed.data));
  if (outcome === "email-taken") return { ok: false, fieldErrors: { email: outcome } };
  if (outcome === "role-locked" || outcome === "self") return { ok: false, fieldErrors: { role: outcome } };
  revalidatePath("/admin", "layout");
  return { ok: true, data: outcome === "ok" ? NOTICE.saved : NOTICE.unchanged };
}

export async function assignLearnerAction(id: string, input: unknown): Promise<ServerFormResult<Notice>> {
  const actor = await requireRole(["ADMIN"]);
  const parsed = assignmentSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const outcome = await orNotFound(assignLearner(actor, validId(id), parsed.data));
  if (outcome === "invalid-staff") return { ok: false, formError: outcome };
  revalidatePath("/admin", "layout");
  return { ok: true, data: outcome === "ok" ? NOTICE.saved : NOTICE.unchanged };
}

export async function updateSettingsAction(id: string, input: unknown): Promise<ServerFormResult<Notice>> {
  const actor = await requireRole(["ADMIN"]);
  const parsed = learnerSettingsSchema.safeParse(input);
  if (!parsed.success) return { ok: false, fieldErrors: fieldErrors(parsed.error) };
  const outcome = await orNotFound(updateLearnerSettings(actor, validId(id), parsed.data));
  if (outcome === "invalid-path") return { ok: false, fieldErrors: { trainingPathId: outcome } };
  revalidatePath("/admin", "layout");
  return { ok: true, data: outcome === "ok" ? NOTICE.saved : NOTICE.unchanged };
}

/** Plain form posts (they work without JavaScript): back to the account with a notice. */
export async function setUserActiveAction(id: string, active: boolean): Promise<void> {
  const actor = await requireRole(["ADMIN"]);
  const userId = validId(id);
  const outcome = await orNotFound(setUserActive(actor, userId, active === true));
  revalidatePath("/admin", "layout");
  redirect(`/admin/users/${userId}?notice=${outcome === "self" ? "self" : outcome === "ok" ? "saved" : "unchanged"}`);
}

export async function resendInvitationAction(id: string): Promise<void> {
  const actor = await requireRole(["ADMIN"]);
  const userId = validId(id);
  const outcome = await orNotFound(resendInvitation(actor, userId));
  redirect(`/admin/users/${userId}?notice=${outcome === "ok" ? "resent" : "inactive"}`);
}
