"use server";
import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/server/actions/client";
import { now } from "@/lib/server/clock";
import { giveConsent, withdrawConsent } from "@/lib/server/data/consents";
import { giveConsentSchema, withdrawConsentSchema } from "@/lib/schemas/special-category";

export const giveConsentAction = action("privacy.giveConsent")
  .roles(["LEARNER"])
  .schema(giveConsentSchema)
  .run(async (actor, input) => {
    await giveConsent(actor, input, now());
    revalidatePath("/learner/privacy");
  });

/**
 * A plain form behind a confirmation dialog: works without JavaScript. Done, it comes back to
 * the page with `?withdrawn=1`, whose status line says so (the form itself is gone by then).
 */
export const withdrawConsentAction = action("privacy.withdrawConsent")
  .roles(["LEARNER"])
  .schema(withdrawConsentSchema)
  .formAction(async (actor, input) => {
    await withdrawConsent(actor, input.consentId, now());
    revalidatePath("/learner/privacy");
    redirect("/learner/privacy?withdrawn=1");
  });
