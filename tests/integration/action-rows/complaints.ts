import type { Role } from "@prisma/client";

/** Complaints (issue 16): staff requalify a request; the register's readers answer it (see action-matrix.test.ts). */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "complaints.requalify": ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"],
  "complaints.answer": ["MENTORSHIP_MANAGER", "ADMIN"],
  "complaints.corrective": ["MENTORSHIP_MANAGER", "ADMIN"],
};
