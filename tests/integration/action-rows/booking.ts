import type { Role } from "@prisma/client";

/** Who may call each action of phone self-booking (see action-matrix.test.ts). */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "learner.bookCall": ["LEARNER"],
  "learner.moveCall": ["LEARNER"],
  "learner.cancelCall": ["LEARNER"],
  "advisor.saveAvailability": ["ADVISOR"],
  "advisor.renewCalendarFeed": ["ADVISOR"],
  "advisor.revokeCalendarFeed": ["ADVISOR"],
  "learner.bookWithLink": ["LEARNER"],
  "advisor.sendBookingLink": ["ADVISOR"],
  "advisor.moveCall": ["ADVISOR"],
  "advisor.cancelCall": ["ADVISOR"],
  "triage.proposeSlots": ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"],
};
