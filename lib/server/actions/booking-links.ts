"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { proposeSlots } from "@/lib/server/data/booking-links";
import { proposeSlotsSchema } from "@/lib/schemas/booking";

// "Proposer des créneaux" on the request page, shared by the support and advisor spaces:
// the data function scopes the request by the actor (staffScope) and sends the booking link.
export const proposeSlotsAction = action("triage.proposeSlots")
  .roles(["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"])
  .schema(proposeSlotsSchema)
  .run(async (actor, input) => {
    await proposeSlots(actor, input);
    revalidatePath("/support", "layout");
    revalidatePath("/advisor", "layout");
    revalidatePath("/learner", "layout");
  });
