import type { Role } from "@prisma/client";

/** Who may call each action of this area (see action-matrix.test.ts). */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "referent.saveProfile": ["DISABILITY_REFERENT"],
  "referent.savePlan": ["DISABILITY_REFERENT"],
  "referent.openReferral": ["DISABILITY_REFERENT"],
  "referent.logExchange": ["DISABILITY_REFERENT"],
  "privacy.giveConsent": ["LEARNER"],
  "privacy.withdrawConsent": ["LEARNER"],
  "privacy.eraseLearner": ["ADMIN"],
  "privacy.exportLearner": ["ADMIN"],
  "privacy.setLegalHold": ["ADMIN"],
  "privacy.liftLegalHold": ["ADMIN"],
};
