import { z } from "zod";
import "./zod-config";
import { idSchema } from "./fields";

// Followers of a request (lib/domain/followers.ts): oneself ("Suivre / Ne plus suivre"),
// or a colleague added or removed by a staff member.

const id = idSchema();

/** Follow or stop following a request oneself. */
export const followSchema = z.object({ id });
export type FollowInput = z.infer<typeof followSchema>;

/** A colleague added to (or removed from) a request's followers. */
export const followerSchema = z.object({ id, userId: idSchema("follower") });
export type FollowerInput = z.infer<typeof followerSchema>;

/** How a person wants their notifications by email. */
export const NOTIFICATION_EMAILS = ["IMMEDIATE", "DIGEST", "NONE"] as const;
export const emailPreferenceSchema = z.object({ notificationEmail: z.enum(NOTIFICATION_EMAILS, "required") });
export type EmailPreferenceInput = z.infer<typeof emailPreferenceSchema>;
