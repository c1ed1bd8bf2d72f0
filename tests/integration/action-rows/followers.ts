import type { Role } from "@prisma/client";

const STAFF: readonly Role[] = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"];

/** Followers and the notification email preference (issue 15, item 7): see action-matrix.test.ts. */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "followers.follow": [...STAFF, "DISABILITY_REFERENT"],
  "followers.unfollow": [...STAFF, "DISABILITY_REFERENT"],
  "followers.add": STAFF,
  "followers.remove": STAFF,
  "notifications.emailPreference": ["LEARNER", "MENTOR", ...STAFF, "DISABILITY_REFERENT"],
};
