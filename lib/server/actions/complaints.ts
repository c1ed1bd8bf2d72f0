"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { answerComplaintSchema, correctiveActionSchema, requalifyComplaintSchema } from "@/lib/schemas/complaints";
import { answerComplaint, recordCorrectiveAction, REGISTER_ROLES, requalifyAsComplaint } from "@/lib/server/data/complaints";

// Complaints (issue 16): staff who handle a request requalify it; the register's readers
// (Mentorship Manager, administrators) answer it and record its corrective action.

const STAFF = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] as const;

export const requalifyComplaintAction = action("complaints.requalify")
  .roles(STAFF)
  .schema(requalifyComplaintSchema)
  .run(async (actor, input) => {
    await requalifyAsComplaint(actor, input);
    revalidatePath("/support", "layout");
    revalidatePath("/advisor", "layout");
    revalidatePath("/reports/complaints");
  });

export const answerComplaintAction = action("complaints.answer")
  .roles(REGISTER_ROLES)
  .schema(answerComplaintSchema)
  .run(async (actor, input) => {
    await answerComplaint(actor, input);
    revalidatePath("/reports/complaints", "layout");
  });

export const correctiveActionAction = action("complaints.corrective")
  .roles(REGISTER_ROLES)
  .schema(correctiveActionSchema)
  .run(async (actor, input) => {
    await recordCorrectiveAction(actor, input);
    revalidatePath("/reports/complaints", "layout");
  });
