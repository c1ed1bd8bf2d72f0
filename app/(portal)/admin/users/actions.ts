"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { orNotFound } from "@/lib/server/auth/session";
import { action } from "@/lib/server/actions/client";
import { refuse } from "@/lib/server/errors";
import {
  createUserSchema,
  editAssignmentSchema,
  editLearnerSettingsSchema,
  editUserSchema,
  resendInvitationSchema,
  setUserActiveSchema,
} from "@/lib/schemas/admin";
import { createUserAccount, resendInvitation, setUserActive, updateUserAccount } from "@/lib/server/data/users";
import { assignLearner, updateLearnerSettings } from "@/lib/server/data/assignments";

// Every action: ADMIN only (the data functions check the role again), the
// account it acts on travels in the input, parsed with the form's own schema.
// A save answers whether anything changed ({ changed }), for the message beside the button.

const ADMIN = ["ADMIN"] as const;

export const createUserAction = action("admin.createUser")
  .roles(ADMIN)
  .schema(createUserSchema)
  .run(async (actor, input) => {
    const outcome = await createUserAccount(actor, input);
    if (!outcome.ok) return outcome.error === "email-taken" ? refuse.field("email", "taken") : refuse.form("invalidReference");
    revalidatePath("/admin", "layout");
    return { id: outcome.id };
  });

export const updateUserAction = action("admin.updateUser")
  .roles(ADMIN)
  .schema(editUserSchema)
  .run(async (actor, { id, ...input }) => {
    const outcome = await updateUserAccount(actor, id, input);
    if (outcome === "email-taken") return refuse.field("email", "taken");
    if (outcome === "role-locked") return refuse.field("role", "locked");
    if (outcome === "self") return refuse.field("role", "self");
    revalidatePath("/admin", "layout");
    return { changed: outcome === "ok" };
  });

export const assignLearnerAction = action("admin.assignLearner")
  .roles(ADMIN)
  .schema(editAssignmentSchema)
  .run(async (actor, { id, ...input }) => {
    const outcome = await assignLearner(actor, id, input);
    if (outcome === "invalid-staff") return refuse.form("invalidStaff");
    revalidatePath("/admin", "layout");
    return { changed: outcome === "ok" };
  });

export const updateSettingsAction = action("admin.updateLearnerSettings")
  .roles(ADMIN)
  .schema(editLearnerSettingsSchema)
  .run(async (actor, { id, ...input }) => {
    const outcome = await updateLearnerSettings(actor, id, input);
    if (outcome === "invalid-path") return refuse.field("trainingPathId", "gone");
    revalidatePath("/admin", "layout");
    return { changed: outcome === "ok" };
  });

/** Plain form posts (they work without JavaScript): back to the account with a notice. */
export const setUserActiveAction = action("admin.setUserActive")
  .roles(ADMIN)
  .schema(setUserActiveSchema)
  .formAction(async (actor, { id, active }) => {
    const outcome = await orNotFound(setUserActive(actor, id, active));
    revalidatePath("/admin", "layout");
    redirect(`/admin/users/${id}?notice=${outcome === "self" ? "self" : outcome === "ok" ? "saved" : "unchanged"}`);
  });

export const resendInvitationAction = action("admin.resendInvitation")
  .roles(ADMIN)
  .schema(resendInvitationSchema)
  .formAction(async (actor, { id }) => {
    const outcome = await orNotFound(resendInvitation(actor, id));
    redirect(`/admin/users/${id}?notice=${outcome === "ok" ? "resent" : "inactive"}`);
  });
