import type { Role } from "@prisma/client";

const STAFF: readonly Role[] = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"];

/** Who may call each action of this area (see action-matrix.test.ts); "public": signed out too. */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "triage.reply": STAFF,
  "triage.note": STAFF,
  "triage.setStatus": STAFF,
  "triage.reassign": STAFF,
  "triage.forward": STAFF,
};
