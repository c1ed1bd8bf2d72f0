"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { archiveStakeholder, logExchange, saveStakeholder } from "@/lib/server/data/stakeholders";
import { archiveStakeholderSchema, exchangeSchema, stakeholderSchema } from "@/lib/schemas/stakeholders";

// Stakeholders show on their page and on the learner file.
const ADVISOR = ["ADVISOR"] as const;
const revalidateAdvisor = () => revalidatePath("/advisor", "layout");

export const saveStakeholderAction = action("advisor.saveStakeholder")
  .roles(ADVISOR)
  .schema(stakeholderSchema)
  .run(async (actor, input) => {
    await saveStakeholder(actor, input);
    revalidateAdvisor();
  });

export const archiveStakeholderAction = action("advisor.archiveStakeholder")
  .roles(ADVISOR)
  .schema(archiveStakeholderSchema)
  .run(async (actor, input) => {
    await archiveStakeholder(actor, input.stakeholderId);
    revalidateAdvisor();
  });

/** Refused ("shared": notAgreed) when it would share what the learner did not agree to. */
export const logExchangeAction = action("advisor.logExchange")
  .roles(ADVISOR)
  .schema(exchangeSchema)
  .run(async (actor, input) => {
    await logExchange(actor, input);
    revalidateAdvisor();
  });
