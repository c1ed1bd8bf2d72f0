import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createTrainingPath, createUser } from "@/tests/factories";
import { actorOf } from "./support/access";
import type { Actor } from "@/lib/server/auth/actor";
import { assignLearner, bulkMoveLearners, listAssignmentHistory, previewBulkMove, updateLearnerSettings } from "@/lib/server/data/assignments";
import { createUserAccount } from "@/lib/server/data/users";
import { listAuditLog } from "@/lib/server/data/audit";
import { listCaseload } from "@/lib/server/data/caseload";
import { listMentorLearners } from "@/lib/server/data/mentor-learners";

const db = freshDatabase();
let admin: Actor;

beforeAll(async () => {
  admin = actorOf(await createUser(db(), { role: "ADMIN" }));
});

async function staff() {
  const client = db();
  return {
    oldAdvisor: await createUser(client, { role: "ADVISOR" }),
    newAdvisor: await createUser(client, { role: "ADVISOR" }),
    oldMentor: await createUser(client, { role: "MENTOR" }),
    newMentor: await createUser(client, { role: "MENTOR" }),
  };
}

describe("assigning a learner", () => {
  it("the new advisor and mentor see the learner at once, the old ones no longer; the history is dated", async () => {
    const s = await staff();
    const learner = await createLearner(db(), { advisorId: s.oldAdvisor.id, mentorId: s.oldMentor.id });
    expect((await listCaseload(actorOf(s.oldAdvisor))).map((l) => l.id)).toEqual([learner.id]);

    const outcome = await assignLearner(admin, learner.id, { advisorId: s.newAdvisor.id, mentorId: s.newMentor.id, reason: "Départ du conseiller" });
    expect(outcome).toBe("ok");
    expect((await listCaseload(actorOf(s.newAdvisor))).map((l) => l.id)).toEqual([learner.id]);
    expect(await listCaseload(actorOf(s.oldAdvisor))).toEqual([]);
    expect((await listMentorLearners(actorOf(s.newMentor))).map((l) => l.id)).toEqual([learner.id]);
    expect(await listMentorLearners(actorOf(s.oldMentor))).toEqual([]);

    const history = await listAssignmentHistory(admin, learner.id);
    const advisorRows = history.filter((h) => h.kind === "ADVISOR");
    expect(advisorRows).toHaveLength(2);
    expect(advisorRows[0]).toMatchObject({ endedAt: null, reason: "Départ du conseiller", staff: { email: s.newAdvisor.email } });
    expect(advisorRows[1].endedAt).toBeInstanceOf(Date);
    expect(advisorRows[1].staff?.email).toBe(s.oldAdvisor.email);
    expect(await db().assignmentHistory.count({ where: { learnerId: learner.id, endedAt: null } })).toBe(2);

    const log = await listAuditLog(admin, { learnerEmail: learner.user.email });
    const advisorChange = log.items.find((e) => e.action === "learner.advisor.changed");
    expect(advisorChange).toMatchObject({ before: { advisorId: s.oldAdvisor.id }, after: { advisorId: s.newAdvisor.id } });
    expect(advisorChange?.actor?.email).toBe(admin.email);
  });

  it("the same assignment again changes nothing; removing the mentor closes their row", async () => {
    const s = await staff();
    const learner = await createLearner(db(), { advisorId: s.oldAdvisor.id, mentorId: s.oldMentor.id });
    expect(await assignLearner(admin, learner.id, { advisorId: s.oldAdvisor.id, mentorId: s.oldMentor.id, reason: "" })).toBe("unchanged");
    expect(await assignLearner(admin, learner.id, { advisorId: s.oldAdvisor.id, mentorId: "", reason: "" })).toBe("ok");
    expect(await db().assignmentHistory.count({ where: { learnerId: learner.id, kind: "MENTOR", endedAt: null } })).toBe(0);
    expect((await db().learnerProfile.findUniqueOrThrow({ where: { userId: learner.id } })).mentorId).toBeNull();
  });

  it("refuses a deactivated advisor, or a mentor in the advisor's place", async () => {
    const s = await staff();
    const gone = await createUser(db(), { role: "ADVISOR", active: false });
    const learner = await createLearner(db(), { advisorId: s.oldAdvisor.id });
    expect(await assignLearner(admin, learner.id, { advisorId: gone.id, mentorId: "", reason: "" })).toBe("invalid-staff");
    expect(await assignLearner(admin, learner.id, { advisorId: s.newMentor.id, mentorId: "", reason: "" })).toBe("invalid-staff");
    expect((await db().learnerProfile.findUniqueOrThrow({ where: { userId: learner.id } })).advisorId).toBe(s.oldAdvisor.id);
  });

  it("a learner created with an advisor and mentor opens their history", async () => {
    const s = await staff();
    const path = await createTrainingPath(db());
    const created = await createUserAccount(admin, {
      firstName: "Léo",
      lastName: "Petit",
      email: `leo.${Date.now()}@factory.test`,
      role: "LEARNER",
      locale: "fr",
      trainingPathId: path.id,
      startDate: "2026-09-01",
      plannedEndDate: "2027-08-31",
      weeklyCommitment: "2",
      advisorId: s.newAdvisor.id,
      mentorId: s.newMentor.id,
    });
    if (!created.ok) throw new Error(created.error);
    expect((await listCaseload(actorOf(s.newAdvisor))).map((l) => l.id)).toEqual([created.id]);
    expect((await listAssignmentHistory(admin, created.id)).map((h) => h.kind).sort()).toEqual(["ADVISOR", "MENTOR"]);
  });
});

describe("bulk reassignment", () => {
  it("previews the count, moves every learner of the leaving advisor, and dates each history", async () => {
    const s = await staff();
    const bystander = await createLearner(db(), { advisorId: s.newAdvisor.id });
    const moving = await Promise.all([1, 2, 3].map(() => createLearner(db(), { advisorId: s.oldAdvisor.id, mentorId: s.oldMentor.id })));
    expect(await previewBulkMove(admin, { kind: "ADVISOR", fromId: s.oldAdvisor.id })).toBe(3);

    const result = await bulkMoveLearners(admin, { kind: "ADVISOR", fromId: s.oldAdvisor.id, toId: s.newAdvisor.id, reason: "Départ" });
    expect(result).toEqual({ outcome: "ok", moved: 3 });
    expect((await listCaseload(actorOf(s.newAdvisor))).map((l) => l.id).sort()).toEqual([bystander.id, ...moving.map((l) => l.id)].sort());
    expect(await listCaseload(actorOf(s.oldAdvisor))).toEqual([]);
    expect(await previewBulkMove(admin, { kind: "ADVISOR", fromId: s.oldAdvisor.id })).toBe(0);
    for (const l of moving) {
      const open = await db().assignmentHistory.findMany({ where: { learnerId: l.id, kind: "ADVISOR", endedAt: null } });
      expect(open).toEqual([expect.objectContaining({ staffId: s.newAdvisor.id, reason: "Départ", changedById: admin.id })]);
      // The mentor was not touched.
      expect((await db().learnerProfile.findUniqueOrThrow({ where: { userId: l.id } })).mentorId).toBe(s.oldMentor.id);
    }
    expect(await db().auditLog.count({ where: { action: "learner.advisor.changed", learnerId: { in: moving.map((l) => l.id) } } })).toBe(3);
  });

  it("refuses to move to a deactivated advisor, and moves nobody", async () => {
    const s = await staff();
    const gone = await createUser(db(), { role: "ADVISOR", active: false });
    await createLearner(db(), { advisorId: s.oldAdvisor.id });
    expect(await bulkMoveLearners(admin, { kind: "ADVISOR", fromId: s.oldAdvisor.id, toId: gone.id, reason: "" })).toEqual({ outcome: "invalid-staff", moved: 0 });
    expect(await previewBulkMove(admin, { kind: "ADVISOR", fromId: s.oldAdvisor.id })).toBe(1);
  });
});

describe("learner settings", () => {
  it("changes path, dates and commitment, logged before/after; the same values again change nothing", async () => {
    const learner = await createLearner(db(), { weeklyCommitment: 1 });
    const path = await createTrainingPath(db());
    const input = { trainingPathId: path.id, startDate: "2026-10-05", plannedEndDate: "2027-10-04", weeklyCommitment: "3" };
    expect(await updateLearnerSettings(admin, learner.id, input)).toBe("ok");
    const profile = await db().learnerProfile.findUniqueOrThrow({ where: { userId: learner.id } });
    expect(profile).toMatchObject({ trainingPathId: path.id, weeklyCommitment: 3, startDate: new Date("2026-10-05T00:00:00Z") });
    expect(await updateLearnerSettings(admin, learner.id, input)).toBe("unchanged");
    expect(await updateLearnerSettings(admin, learner.id, { ...input, trainingPathId: "nopathatall" })).toBe("invalid-path");
    const entry = (await listAuditLog(admin, { learnerEmail: learner.user.email })).items.find((e) => e.action === "learner.settings.changed");
    expect(entry?.before).toMatchObject({ weeklyCommitment: 1 });
    expect(entry?.after).toMatchObject({ weeklyCommitment: 3 });
  });
});
