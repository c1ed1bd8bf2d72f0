import type { Role } from "@prisma/client";

/** Who may call each action of the daily tools (see action-matrix.test.ts). */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "notifications.markRead": ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "DISABILITY_REFERENT"],
  "notifications.markAllRead": ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "DISABILITY_REFERENT"],
};
