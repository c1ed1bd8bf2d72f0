"use server";
import { revalidatePath } from "next/cache";
import { requesterReplySchema, withdrawSchema } from "@/lib/schemas/triage";
import { replyToMyRequest, withdrawMyRequest } from "@/lib/server/data/my-requests";
import { action } from "./client";

/** The requester (learner or mentor) answers on their own request. */
export const requesterReplyAction = action("requester.reply")
  .roles(["LEARNER", "MENTOR"])
  .schema(requesterReplySchema)
  .run(async (actor, input) => {
    await replyToMyRequest(actor, input);
    revalidatePath(actor.role === "LEARNER" ? "/learner" : "/mentor", "layout");
  });

/** The requester withdraws their own request, until someone has answered it. */
export const requesterWithdrawAction = action("requester.withdraw")
  .roles(["LEARNER", "MENTOR"])
  .schema(withdrawSchema)
  .run(async (actor, input) => {
    try {
      await withdrawMyRequest(actor, input);
    } finally {
      // Refused because staff answered meanwhile: the page must show that answer.
      revalidatePath(actor.role === "LEARNER" ? "/learner" : "/mentor", "layout");
      revalidatePath("/support", "layout");
      revalidatePath("/advisor", "layout");
    }
  });
