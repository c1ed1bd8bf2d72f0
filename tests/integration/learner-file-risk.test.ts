// The learner file shows the risk level and its reasons by the dashboard's own query and
// rules: the same answer as the learner's caseload row, for their advisor only; and, for
// the advisor only, the mentor's private session notes, each read audited.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import pg from "pg";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createRequest, createSession, createUser } from "@/tests/factories";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { getLearnerRisk, listCaseload } from "@/lib/server/data/caseload";

const db = freshDatabase();
let advisor: Actor;

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
});

describe("the learner file's risk", () => {
  it("is the caseload row's level and reasons", async () => {
    const mentor = await createUser(db(), { role: "MENTOR" });
    const atRisk = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id });
    await createRequest(db(), { learnerId: atRisk.id, authorId: mentor.id, topic: "DISENGAGEMENT_RISK", side: "MENTOR", status: "IN_PROGRESS" });
    const calm = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id });
    const rows = await listCaseload(advisor);
    for (const learner of [atRisk, calm]) {
      const row = rows.find((r) => r.id === learner.id)!;
      expect(await getLearnerRisk(advisor, learner.id)).toEqual({ level: row.level, reasons: row.reasons, onBreak: row.onBreak });
    }
    expect(await getLearnerRisk(advisor, atRisk.id)).toMatchObject({ level: "HIGH", reasons: expect.arrayContaining(["DROPOUT_RISK_ALERT"]) });
  });

  it("another advisor's learner is not found", async () => {
    const other = actorOf(await createUser(db(), { role: "ADVISOR" }));
    const learner = await createLearner(db(), { advisorId: advisor.id });
    await expect(getLearnerRisk(other, learner.id)).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the mentor's private notes in the learner file", () => {
  it("are shown to the advisor, audited; never to Support", async () => {
    const mentor = await createUser(db(), { role: "MENTOR" });
    const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id });
    await createSession(db(), { learnerId: learner.id, mentorId: mentor.id, scheduledAt: new Date(Date.now() - 86_400_000), status: "HELD", privateNote: "Fatigué·e, à surveiller" });
    const audits = () => db().auditLog.count({ where: { action: "session.privateNotes.read", learnerId: learner.id } });

    const file = await getLearnerFile(advisor, learner.id);
    expect(file.sessions.map((s) => s.privateNote)).toEqual(["Fatigué·e, à surveiller"]);
    expect(await audits()).toBe(1);

    const support = actorOf(await createUser(db(), { role: "SUPPORT" }));
    const seen = await getLearnerFile(support, learner.id);
    expect(JSON.stringify(seen)).not.toContain("Fatigué·e");
    expect(await audits()).toBe(1);
  });
});

// Counts every statement the pg driver sends under Prisma's adapter.
let statements = 0;
const originalQuery = pg.Client.prototype.query;
beforeAll(() => {
  pg.Client.prototype.query = function (this: pg.Client, ...args: unknown[]) {
    statements += 1;
    return (originalQuery as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof originalQuery;
});
afterAll(() => {
  pg.Client.prototype.query = originalQuery;
});

describe("the learner file's statements", () => {
  it("reads the whole file in one statement and audits both reads in one more, plus one for the risk", async () => {
    const mentor = await createUser(db(), { role: "MENTOR" });
    const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, sensitive: { healthNotes: "Fatigue chronique" } });
    await createSession(db(), { learnerId: learner.id, mentorId: mentor.id, scheduledAt: new Date(Date.now() - 86_400_000), status: "HELD", privateNote: "Note privée" });
    await createRequest(db(), { learnerId: learner.id, authorId: mentor.id, topic: "DISENGAGEMENT_RISK" });
    await getLearnerRisk(advisor, learner.id); // the write above marked the read model stale: refreshed once
    statements = 0;
    const [file] = await Promise.all([getLearnerFile(advisor, learner.id), getLearnerRisk(advisor, learner.id)]);
    // With the layout's two (the session lookup, the navigation counts): five a render.
    expect(statements).toBe(3);
    expect(file.sensitive?.healthNotes).toBe("Fatigue chronique");
    expect(file.sessions).toHaveLength(1);
    expect(file.requests).toHaveLength(1);
    const audited = await db().auditLog.findMany({ where: { learnerId: learner.id, actorId: advisor.id }, select: { action: true } });
    expect(audited.map((a) => a.action).sort()).toEqual(["learner.sensitive.read", "session.privateNotes.read"]);
  });
});

