import type { Role } from "@prisma/client";

/** Who may call each action of the unmatched email queue (see action-matrix.test.ts). */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "inbound.attach": ["SUPPORT", "MENTORSHIP_MANAGER"],
  "inbound.discard": ["SUPPORT", "MENTORSHIP_MANAGER"],
};
