"use server";
import { revalidatePath } from "next/cache";
import { replySchema } from "@/lib/schemas/triage";
import { replyToMyRequest } from "@/lib/server/data/my-requests";
import { action } from "./client";

/** The requester (learner or mentor) answers on their own request. */
export const requesterReplyAction = action("requester.reply")
  .roles(["LEARNER", "MENTOR"])
  .schema(replySchema)
  .run(async (actor, input) => {
    await replyToMyRequest(actor, input);
    revalidatePath(actor.role === "LEARNER" ? "/learner" : "/mentor", "layout");
  });
