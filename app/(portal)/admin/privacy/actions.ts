"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { now } from "@/lib/server/clock";
import { eraseLearner } from "@/lib/server/data/erasure";
import { eraseLearnerSchema } from "@/lib/schemas/special-category";

/** Erasure on request (GDPR art. 17), after the preview and a confirmation dialog. */
export const eraseLearnerAction = action("privacy.eraseLearner")
  .roles(["ADMIN"])
  .schema(eraseLearnerSchema)
  .formAction(async (actor, input) => {
    await eraseLearner(actor, input.learnerId, now());
    revalidatePath("/admin/privacy");
  });
