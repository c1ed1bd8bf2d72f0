"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { renewMyFeedToken, revokeMyFeedToken } from "@/lib/server/data/advisor-calls";
import { appUrl } from "@/lib/server/mail/render";
import { feedSchema } from "@/lib/schemas/calendar-feed";
import { cancelAppointment, rescheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { cancelAppointmentSchema, rescheduleAppointmentSchema } from "@/lib/schemas/follow-up";

/** A new private feed URL, returned once (only its hash is stored). */
export const renewFeedAction = action("advisor.renewCalendarFeed")
  .roles(["ADVISOR"])
  .schema(feedSchema)
  .run(async (actor) => {
    const token = await renewMyFeedToken(actor);
    revalidatePath("/advisor/calendar");
    return { url: appUrl(`/api/calendar/${token}.ics`) };
  });

export const revokeFeedAction = action("advisor.revokeCalendarFeed")
  .roles(["ADVISOR"])
  .schema(feedSchema)
  .run(async (actor) => {
    await revokeMyFeedToken(actor);
    revalidatePath("/advisor/calendar");
  });

// Moving or cancelling any call from the advisor's calls list (/advisor, /advisor/calendar),
// a call booked outside any case included: the same data functions, and so the same emails
// (the updated invite, sequence + 1; the cancellation, METHOD:CANCEL), as on the case page.
const revalidateCalls = () => {
  revalidatePath("/advisor", "layout");
  revalidatePath("/learner", "layout");
};

export const moveCallAction = action("advisor.moveCall")
  .roles(["ADVISOR"])
  .schema(rescheduleAppointmentSchema)
  .run(async (actor, input) => {
    await rescheduleAppointment(actor, input);
    revalidateCalls();
  });

export const cancelCallAction = action("advisor.cancelCall")
  .roles(["ADVISOR"])
  .schema(cancelAppointmentSchema)
  .run(async (actor, input) => {
    await cancelAppointment(actor, input);
    revalidateCalls();
  });
