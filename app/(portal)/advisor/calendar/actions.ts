"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { renewMyFeedToken, revokeMyFeedToken } from "@/lib/server/data/advisor-calls";
import { appUrl } from "@/lib/server/mail/render";
import { feedSchema } from "@/lib/schemas/calendar-feed";

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
