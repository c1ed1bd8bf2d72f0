"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { bookCall, cancelMyCall, moveMyCall } from "@/lib/server/data/booking";
import { bookCallSchema, bookWithLinkSchema, cancelMyCallSchema, moveMyCallSchema } from "@/lib/schemas/booking";
import { bookWithLink } from "@/lib/server/data/booking-links";

// The data functions throw the refusals (a slot taken meanwhile, inside the notice, a third
// move, a missing reason): the action client turns them into the form's errors. The slots
// and the call show on /learner and on the advisor's pages, hence the revalidations.
const LEARNER = ["LEARNER"] as const;
const revalidate = () => {
  revalidatePath("/learner", "layout");
  revalidatePath("/advisor", "layout");
};

export const bookCallAction = action("learner.bookCall")
  .roles(LEARNER)
  .schema(bookCallSchema)
  .run(async (actor, input) => {
    const booked = await bookCall(actor, input);
    revalidate();
    return booked;
  });

export const moveMyCallAction = action("learner.moveCall")
  .roles(LEARNER)
  .schema(moveMyCallSchema)
  .run(async (actor, input) => {
    await moveMyCall(actor, input);
    revalidate();
    return { appointmentId: input.appointmentId };
  });

export const cancelMyCallAction = action("learner.cancelCall")
  .roles(LEARNER)
  .schema(cancelMyCallSchema)
  .run(async (actor, input) => {
    await cancelMyCall(actor, input);
    revalidate();
  });

/** Booking through the signed link of an advisor's email (data/booking-links.ts claims the link). */
export const bookWithLinkAction = action("learner.bookWithLink")
  .roles(LEARNER)
  .schema(bookWithLinkSchema)
  .run(async (actor, input) => {
    const booked = await bookWithLink(actor, input);
    revalidate();
    return booked;
  });
