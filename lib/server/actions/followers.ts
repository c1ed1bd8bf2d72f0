"use server";
import { revalidatePath } from "next/cache";
import { action } from "@/lib/server/actions/client";
import { emailPreferenceSchema, followerSchema, followSchema } from "@/lib/schemas/followers";
import { addFollower, followRequest, MANAGE_FOLLOWER_ROLES, removeFollower, SELF_FOLLOW_ROLES, unfollowRequest } from "@/lib/server/data/followers";
import { setEmailPreference } from "@/lib/server/data/notification-email";
import { NOTIFIED_ROLES } from "@/lib/server/data/notifications";

// Followers of a request (its page in the support, advisor and referent spaces) and the
// person's notification email preference (/notifications). The data functions scope by
// the actor: a request outside their space is not found.

async function refreshing(work: Promise<void>): Promise<undefined> {
  try {
    await work;
  } finally {
    revalidatePath("/support", "layout");
    revalidatePath("/advisor", "layout");
    revalidatePath("/referent", "layout");
  }
}

export const followAction = action("followers.follow")
  .roles(SELF_FOLLOW_ROLES)
  .schema(followSchema)
  .run((actor, input) => refreshing(followRequest(actor, input)));

export const unfollowAction = action("followers.unfollow")
  .roles(SELF_FOLLOW_ROLES)
  .schema(followSchema)
  .run((actor, input) => refreshing(unfollowRequest(actor, input)));

export const addFollowerAction = action("followers.add")
  .roles(MANAGE_FOLLOWER_ROLES)
  .schema(followerSchema)
  .run((actor, input) => refreshing(addFollower(actor, input)));

export const removeFollowerAction = action("followers.remove")
  .roles(MANAGE_FOLLOWER_ROLES)
  .schema(followerSchema)
  .run((actor, input) => refreshing(removeFollower(actor, input)));

export const emailPreferenceAction = action("notifications.emailPreference")
  .roles(NOTIFIED_ROLES)
  .schema(emailPreferenceSchema)
  .run(async (actor, input) => {
    await setEmailPreference(actor, input);
    revalidatePath("/notifications");
  });
