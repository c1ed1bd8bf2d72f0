"use server";
import { revalidatePath } from "next/cache";
import { ownPhoneSchema } from "@/lib/schemas/phone";
import { updateMyPhone } from "@/lib/server/data/profile";
import { action } from "./client";

/** A learner or mentor edits their own phone number (the record is always their own). */
export const updateOwnPhoneAction = action("profile.updatePhone")
  .roles(["LEARNER", "MENTOR"])
  .schema(ownPhoneSchema)
  .run(async (actor, { phone }) => {
    const outcome = await updateMyPhone(actor, phone);
    revalidatePath(actor.role === "LEARNER" ? "/learner" : "/mentor", "layout");
    return { changed: outcome === "ok" };
  });
