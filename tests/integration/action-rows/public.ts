import type { Role } from "@prisma/client";

/** Who may call each action of this area (see action-matrix.test.ts); "public": signed out too. */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "app.setLocale": "public",
  "auth.signIn": "public",
  "auth.signOut": "public",
  "auth.forgotPassword": "public",
  "auth.setPassword": "public",
  "survey.answer": "public",
  "account.signOutEverywhere": ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"],
};
