import type { Role } from "@prisma/client";

/** Who may call each action of this area (see action-matrix.test.ts); "public": signed out too. */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "contact.file": ["LEARNER"],
  "contact.alert": ["MENTOR"],
  "contact.nudge": ["MENTOR"],
  "contact.nudgePreview": ["MENTOR"],
  "mentor.planSession": ["MENTOR"],
  "mentor.recordSession": ["MENTOR"],
  "mentor.logPastSession": ["MENTOR"],
  "requester.reply": ["LEARNER", "MENTOR"],
  "requester.withdraw": ["LEARNER", "MENTOR"],
  "profile.updatePhone": ["LEARNER", "MENTOR"],
};
