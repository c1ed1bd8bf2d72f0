"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { markAllNotificationsRead, markNotificationRead, NOTIFIED_ROLES } from "@/lib/server/data/notifications";
import { markAllNotificationsReadSchema, markNotificationReadSchema } from "@/lib/schemas/notifications";

export const markNotificationReadAction = action("notifications.markRead")
  .roles(NOTIFIED_ROLES)
  .schema(markNotificationReadSchema)
  .run(async (actor, { id }) => {
    await markNotificationRead(actor, id);
    revalidatePath("/notifications");
  });

export const markAllNotificationsReadAction = action("notifications.markAllRead")
  .roles(NOTIFIED_ROLES)
  .schema(markAllNotificationsReadSchema)
  .run(async (actor) => {
    const count = await markAllNotificationsRead(actor);
    revalidatePath("/notifications");
    return count;
  });
