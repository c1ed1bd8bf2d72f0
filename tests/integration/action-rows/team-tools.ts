import type { Role } from "@prisma/client";

const STAFF: readonly Role[] = ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"];
const TRIAGE: readonly Role[] = ["SUPPORT", "MENTORSHIP_MANAGER"];

/** The team's daily tools (issue 15, part A): who may call each action (see action-matrix.test.ts). */
export const ROWS: Record<string, readonly Role[] | "public"> = {
  "teamTools.createCannedReply": TRIAGE,
  "teamTools.updateCannedReply": TRIAGE,
  "teamTools.deleteCannedReply": TRIAGE,
  "teamTools.createMacro": ["MENTORSHIP_MANAGER"],
  "teamTools.updateMacro": ["MENTORSHIP_MANAGER"],
  "teamTools.deleteMacro": ["MENTORSHIP_MANAGER"],
  "teamTools.runMacro": TRIAGE,
  "teamTools.take": STAFF,
  "teamTools.priority": STAFF,
  "teamTools.bulk": TRIAGE,
  "teamTools.merge": TRIAGE,
  "teamTools.link": TRIAGE,
  "teamTools.unlink": TRIAGE,
  "teamTools.saveView": TRIAGE,
  "teamTools.deleteView": TRIAGE,
};
