import type { Role } from "@prisma/client";

/** Who may call each action of this area (see action-matrix.test.ts); "public": signed out too. */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "admin.createUser": ["ADMIN"],
  "admin.updateUser": ["ADMIN"],
  "admin.assignLearner": ["ADMIN"],
  "admin.updateLearnerSettings": ["ADMIN"],
  "admin.setUserActive": ["ADMIN"],
  "admin.resendInvitation": ["ADMIN"],
  "admin.previewImport": ["ADMIN"],
  "admin.runImport": ["ADMIN"],
  "admin.previewBulkMove": ["ADMIN"],
  "admin.bulkMove": ["ADMIN"],
};
