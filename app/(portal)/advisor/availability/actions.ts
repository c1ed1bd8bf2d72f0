"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { saveAvailability } from "@/lib/server/data/availability";
import { availabilitySchema } from "@/lib/schemas/booking";

export const saveAvailabilityAction = action("advisor.saveAvailability")
  .roles(["ADVISOR"])
  .schema(availabilitySchema)
  .run(async (actor, input) => {
    await saveAvailability(actor, input);
    revalidatePath("/advisor/availability");
  });
