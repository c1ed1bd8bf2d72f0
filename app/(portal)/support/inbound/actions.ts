"use server";
import { revalidatePath } from "next/cache";
import { attachInboundSchema, discardInboundSchema } from "@/lib/schemas/inbound";
import { attachUnmatchedEmail, discardUnmatchedEmail } from "@/lib/server/data/unmatched-emails";
import { action } from "@/lib/server/actions/client";

const QUEUE = ["SUPPORT", "MENTORSHIP_MANAGER"] as const;

/** Attaches an unmatched email to the request of that number (as an internal note). */
export const attachInboundAction = action("inbound.attach")
  .roles(QUEUE)
  .schema(attachInboundSchema)
  .run(async (actor, input) => {
    const { requestId } = await attachUnmatchedEmail(actor, input);
    revalidatePath("/support/inbound");
    revalidatePath(`/support/requests/${requestId}`);
  });

/** Discards an unmatched email (its text and documents are deleted). */
export const discardInboundAction = action("inbound.discard")
  .roles(QUEUE)
  .schema(discardInboundSchema)
  .run(async (actor, input) => {
    await discardUnmatchedEmail(actor, input);
    revalidatePath("/support/inbound");
  });
