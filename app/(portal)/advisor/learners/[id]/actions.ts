"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { decideBreak } from "@/lib/server/data/breaks";
import { decideBreakSchema } from "@/lib/schemas/follow-up";

/** Approves (with the dates) or refuses a requested break of one of the advisor's learners. */
export const decideBreakAction = action("advisor.decideBreak")
  .roles(["ADVISOR"])
  .schema(decideBreakSchema)
  .run(async (actor, input) => {
    await decideBreak(actor, input);
    revalidatePath("/advisor", "layout");
  });
