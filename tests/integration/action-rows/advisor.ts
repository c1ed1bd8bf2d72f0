import type { Role } from "@prisma/client";

/** Who may call each action of this area (see action-matrix.test.ts); "public": signed out too. */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "advisor.decideBreak": ["ADVISOR"],
  "advisor.openCase": ["ADVISOR"],
  "advisor.scheduleAppointment": ["ADVISOR"],
  "advisor.recordAppointment": ["ADVISOR"],
  "advisor.logPastCall": ["ADVISOR"],
  "advisor.rescheduleAppointment": ["ADVISOR"],
  "advisor.cancelAppointment": ["ADVISOR"],
  "advisor.closeCase": ["ADVISOR"],
  "advisor.saveChecklist": ["ADVISOR"],
  "advisor.saveStakeholder": ["ADVISOR"],
  "advisor.archiveStakeholder": ["ADVISOR"],
  "advisor.logExchange": ["ADVISOR"],
  "advisor.markSignalHandled": ["ADVISOR"],
  "advisor.setWeeklyCommitment": ["ADVISOR", "ADMIN"],
};
