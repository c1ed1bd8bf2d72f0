"use server";
import { revalidatePath } from "next/cache";
import { updateWeeklyCommitment } from "@/lib/server/data/commitments";
import { weeklyCommitmentSchema } from "@/lib/schemas/session";
import { action } from "./client";

/** The weekly-commitment form's action (advisor for their learners, admin for any). */
export const setWeeklyCommitmentAction = action("advisor.setWeeklyCommitment")
  .roles(["ADVISOR", "ADMIN"])
  .schema(weeklyCommitmentSchema)
  .run(async (actor, input) => {
    await updateWeeklyCommitment(actor, input.learnerId, Number(input.value));
    revalidatePath("/advisor", "layout");
    revalidatePath("/admin", "layout");
  });
