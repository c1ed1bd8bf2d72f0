// The administration's authorization matrix: every data function of its
// modules × every role. Only ADMIN gets through; everyone else gets "not found".
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createTrainingPath, createUser, csvBytes, uniqueEmail } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import {
  assignLearner,
  bulkMoveLearners,
  listAssignmentHistory,
  listStaffOptions,
  listTrainingPaths,
  previewBulkMove,
  updateLearnerSettings,
} from "@/lib/server/data/assignments";
import { exportAuditLog, listAuditLog, listSensitiveReads } from "@/lib/server/data/audit";
import { previewImport, runImport } from "@/lib/server/data/import";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
let advisorId = "";
let otherAdvisorId = "";
let pathId = "";

const ADMIN_ONLY = ["ADMIN"] as const;
const MATRIX: AccessRow[] = [
  { name: "listStaffOptions", call: (a) => listStaffOptions(a), allowed: ADMIN_ONLY },
  { name: "listTrainingPaths", call: (a) => listTrainingPaths(a), allowed: ADMIN_ONLY },
  { name: "assignLearner", call: (a) => assignLearner(a, learnerId, { advisorId, mentorId: "", reason: "" }), allowed: ADMIN_ONLY },
  { name: "listAssignmentHistory", call: (a) => listAssignmentHistory(a, learnerId), allowed: ADMIN_ONLY },
  {
    name: "updateLearnerSettings",
    call: (a) => updateLearnerSettings(a, learnerId, { trainingPathId: pathId, startDate: "2026-09-01", plannedEndDate: "2027-09-01", weeklyCommitment: "2" }),
    allowed: ADMIN_ONLY,
  },
  { name: "previewBulkMove", call: (a) => previewBulkMove(a, { kind: "ADVISOR", fromId: advisorId }), allowed: ADMIN_ONLY },
  {
    name: "bulkMoveLearners",
    call: (a) => bulkMoveLearners(a, { kind: "ADVISOR", fromId: otherAdvisorId, toId: advisorId, reason: "" }),
    allowed: ADMIN_ONLY,
  },
  { name: "listAuditLog", call: (a) => listAuditLog(a, { userEmail: actors.ADMIN.email }), allowed: ADMIN_ONLY },
  { name: "listSensitiveReads", call: (a) => listSensitiveReads(a, { from: "2026-01-01" }), allowed: ADMIN_ONLY },
  { name: "exportAuditLog", call: (a) => exportAuditLog(a, { type: "accounts" }, "changes"), allowed: ADMIN_ONLY },
  { name: "previewImport", call: (a) => previewImport(a, "staff", csvBytes(`email;first_name;last_name;role;language\n${uniqueEmail()};A;B;MENTOR;fr\n`)), allowed: ADMIN_ONLY },
  { name: "runImport", call: (a) => runImport(a, "staff", csvBytes(`email;first_name;last_name;role;language\n${uniqueEmail()};A;B;MENTOR;fr\n`)), allowed: ADMIN_ONLY },
];

// Helpers that write inside a transaction their (already role-checked) caller
// opened (the audit writers among them), and the public password-link functions,
// whose credential is the link itself; and the operator's first-admin bootstrap
// (scripts/create-admin.ts), which refuses once an administrator exists.
const SYSTEM = [
  "writeAudit",
  "writeAudits",
  "recordAssignmentChanges",
  "hashToken",
  "issueAuthToken",
  "inviteUsers",
  "inspectAuthToken",
  "setPasswordWithToken",
  "requestPasswordReset",
  "processPasswordResetRequest",
  "processPasswordResetRequests",
  "bootstrapFirstAdmin",
];

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const other = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: other.id, mentorId: mentor.id });
  pathId = (await createTrainingPath(client)).id;
  advisorId = advisor.id;
  otherAdvisorId = other.id;
  learnerId = learner.id;
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
});

describe("administration authorization matrix", () => {
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/assignments.ts",
        "../../lib/server/data/audit.ts",
        "../../lib/server/data/auth-tokens.ts",
        "../../lib/server/data/import.ts",
      ]),
      MATRIX,
      SYSTEM,
    );
  });

  it("a refused call changes nothing", async () => {
    const before = await db().assignmentHistory.count({ where: { learnerId } });
    for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const) {
      await expect(bulkMoveLearners(actors[role], { kind: "ADVISOR", fromId: advisorId, toId: otherAdvisorId, reason: "" })).rejects.toThrow();
    }
    expect(await db().assignmentHistory.count({ where: { learnerId } })).toBe(before);
  });
});
