// Issue 6: the mentor's session log, commitments and signals. Every data function × every
// role, then the scoping inside each role, and the private note that never reaches a learner.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { addDays, createBreak, createLearner, createSession, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { isoWeekKey, isoWeekRange, previousIsoWeek } from "@/lib/domain/week";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import {
  getLearnerSessionLog,
  getMentorSession,
  listMentorLearnerOptions,
  listMentorWeek,
  listSessionsToRecord,
  logPastSession,
  planSession,
  updateSession,
  type SessionChanges,
} from "@/lib/server/data/sessions";
import { getMyCommitment, updateWeeklyCommitment } from "@/lib/server/data/commitments";
import { listOpenSignals, resolveSignal } from "@/lib/server/data/signals";
import { getLearnerHome } from "@/lib/server/data/learner-home";
import { listMentorLearners } from "@/lib/server/data/mentor-learners";

const db = freshDatabase();
const PRIVATE = "PRIVATE-NOTE-MARKER-91c2";

const actors = {} as Record<Role, Actor>;
let learnerId = "";
let sessionId = "";
let signalId = "";

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id, sensitive: { rqth: true, healthNotes: "HEALTH-MARKER" } });
  learnerId = learner.id;
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  const session = await createSession(client, {
    learnerId,
    mentorId: mentor.id,
    scheduledAt: addDays(new Date(), -2),
    status: "HELD",
    learnerNote: "Bon travail sur le projet",
    privateNote: PRIVATE,
  });
  sessionId = session.id;
  const signal = await client.learnerSignal.create({
    data: { learnerId, advisorId: advisor.id, kind: "COMMITMENT_NOT_KEPT", isoWeek: isoWeekKey(previousIsoWeek(new Date()).start) },
  });
  signalId = signal.id;
});

// The matrix's own signal (of the advisor's learner), made once: only the advisor's call resolves it.
let matrixSignalId: Promise<string> | undefined;
const matrixSignal = () =>
  (matrixSignalId ??= db()
    .learnerSignal.create({ data: { learnerId, advisorId: actors.ADVISOR.id, kind: "ATTENDANCE_PROBLEM", isoWeek: "2020-W10" } })
    .then((signal) => signal.id));

const changes = (over: Partial<SessionChanges> = {}): SessionChanges => ({
  kind: "MENTORING",
  scheduledAt: addDays(new Date(), -2),
  durationMinutes: 45,
  status: "HELD",
  cancelledBy: null,
  learnerNote: "Bon travail sur le projet",
  privateNote: PRIVATE,
  ...over,
});

// Writes that succeed are harmless to the other rows (same values, or a fresh session).
const MATRIX: AccessRow[] = [
  { name: "listMentorWeek", call: (a) => listMentorWeek(a, isoWeekRange(new Date())), allowed: ["MENTOR"] },
  { name: "listSessionsToRecord", call: (a) => listSessionsToRecord(a), allowed: ["MENTOR"] },
  { name: "listMentorLearnerOptions", call: (a) => listMentorLearnerOptions(a), allowed: ["MENTOR"] },
  { name: "getMentorSession", call: (a) => getMentorSession(a, sessionId), allowed: ["MENTOR"] },
  {
    name: "planSession",
    call: (a) => planSession(a, { learnerId, kind: "MENTORING", scheduledAt: addDays(new Date(), 30), durationMinutes: 45 }),
    allowed: ["MENTOR"],
  },
  {
    name: "logPastSession",
    call: (a) =>
      logPastSession(a, { learnerId, kind: "MENTORING", scheduledAt: addDays(new Date(), -2), durationMinutes: 30, status: "HELD", learnerNote: null, privateNote: null }),
    allowed: ["MENTOR"],
  },
  {
    name: "updateSession",
    call: async (a) => {
      const { version } = await db().mentoringSession.findUniqueOrThrow({ where: { id: sessionId } });
      return updateSession(a, sessionId, version, changes());
    },
    allowed: ["MENTOR"],
  },
  { name: "getLearnerSessionLog", call: (a) => getLearnerSessionLog(a, learnerId), allowed: ["MENTOR", "ADVISOR"] },
  { name: "getMyCommitment", call: (a) => getMyCommitment(a), allowed: ["LEARNER"] },
  { name: "updateWeeklyCommitment", call: (a) => updateWeeklyCommitment(a, learnerId, 1), allowed: ["ADVISOR", "ADMIN"] },
  { name: "listOpenSignals", call: (a) => listOpenSignals(a), allowed: ["ADVISOR"] },
  { name: "resolveSignal", call: async (a) => resolveSignal(a, await matrixSignal(), "Appel passé"), allowed: ["ADVISOR"] },
];

// Internal helpers: their callers above scope the learner ids.
// Callers scope the learner ids; the weekly check's queries run for every followed learner.
// sessionSnapshot is a pure copy of a row already read in scope (a break decision keeps revisions with it).
const SYSTEM = ["loadCommitmentFacts", "commitmentHistories", "groupByLearner", "listLearnersToCheck", "lastRecordedSessionsBefore", "raiseSignals", "sessionSnapshot"];

describe("sessions, commitments and signals: authorization matrix", () => {
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/sessions.ts",
        "../../lib/server/data/commitments.ts",
        "../../lib/server/data/signals.ts",
        "../../lib/server/data/jobs/commitment-check.ts",
      ]),
      MATRIX,
      SYSTEM,
    );
  });
});

describe("a mentor works only on their own learners", () => {
  it("another mentor gets 'not found' for the session, the learner and the log; nothing changes", async () => {
    const client = db();
    const other = actorOf(await createUser(client, { role: "MENTOR" }));
    await expect(getMentorSession(other, sessionId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getLearnerSessionLog(other, learnerId)).rejects.toBeInstanceOf(NotFoundError);
    const before = await client.mentoringSession.findUniqueOrThrow({ where: { id: sessionId } });
    await expect(updateSession(other, sessionId, before.version, changes({ status: "NO_SHOW" }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(planSession(other, { learnerId, kind: "DEFENCE", scheduledAt: new Date(), durationMinutes: 45 })).rejects.toBeInstanceOf(NotFoundError);
    expect(await client.mentoringSession.findUniqueOrThrow({ where: { id: sessionId } })).toEqual(before);
    expect(await listMentorWeek(other, isoWeekRange(addDays(new Date(), -2)))).toEqual([]);
    expect(await listMentorLearnerOptions(other)).toEqual([]);
  });

  it("once the learner moves to another mentor, the former mentor loses their sessions", async () => {
    const client = db();
    const advisor = await createUser(client, { role: "ADVISOR" });
    const before = await createUser(client, { role: "MENTOR" });
    const after = await createUser(client, { role: "MENTOR" });
    const learner = await createLearner(client, { advisorId: advisor.id, mentorId: before.id });
    const old = await createSession(client, { learnerId: learner.id, mentorId: before.id, scheduledAt: addDays(new Date(), -1), status: "SCHEDULED" });
    await client.learnerProfile.update({ where: { userId: learner.id }, data: { mentorId: after.id } });
    await expect(getMentorSession(actorOf(before), old.id)).rejects.toBeInstanceOf(NotFoundError);
    // The new mentor reads the history but edits only the sessions they hold.
    const log = await getLearnerSessionLog(actorOf(after), learner.id);
    expect(log.items.map((s) => s.id)).toEqual([old.id]);
    await expect(getMentorSession(actorOf(after), old.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("sees no health or RQTH details anywhere", async () => {
    const payloads = await Promise.all([
      listMentorLearners(actors.MENTOR),
      getMentorSession(actors.MENTOR, sessionId),
      getLearnerSessionLog(actors.MENTOR, learnerId),
      listMentorWeek(actors.MENTOR, isoWeekRange(addDays(new Date(), -2))),
    ]);
    const text = JSON.stringify(payloads);
    expect(text).not.toContain("HEALTH-MARKER");
    expect(text).not.toMatch(/rqth|healthNotes|reasonKind|reasonDetails/i);
  });

  it("a deactivated learner cannot get new sessions", async () => {
    const client = db();
    const learner = await createLearner(client, { advisorId: actors.ADVISOR.id, mentorId: actors.MENTOR.id, active: false });
    await expect(planSession(actors.MENTOR, { learnerId: learner.id, kind: "MENTORING", scheduledAt: new Date(), durationMinutes: 45 })).rejects.toBeInstanceOf(NotFoundError);
  });
});

/** A session planned for the test: a past one is written as if planned before it started. */
async function planned(o: { kind: "MENTORING" | "DEFENCE"; scheduledAt: Date; durationMinutes: number }) {
  if (o.scheduledAt.getTime() < Date.now()) return createSession(db(), { learnerId, mentorId: actors.MENTOR.id, status: "SCHEDULED", ...o });
  const outcome = await planSession(actors.MENTOR, { learnerId, ...o });
  if (!outcome.ok) throw new Error(`not planned: ${outcome.refused}`);
  return outcome;
}

describe("editing a session", () => {
  it("keeps the state before each edit, and refuses a stale version", async () => {
    const client = db();
    const created = await planned({ kind: "MENTORING", scheduledAt: addDays(new Date(), -1), durationMinutes: 45 });
    const first = changes({ scheduledAt: addDays(new Date(), -1), status: "NO_SHOW", learnerNote: "Absent·e", privateNote: "Relancer" });
    expect(await updateSession(actors.MENTOR, created.id, 1, first)).toBe("ok");
    // A second tab still holds version 1.
    expect(await updateSession(actors.MENTOR, created.id, 1, { ...first, status: "HELD" })).toBe("conflict");
    expect(await updateSession(actors.MENTOR, created.id, 2, { ...first, status: "CANCELLED", cancelledBy: "MENTOR" })).toBe("ok");
    // Saving the same values again writes nothing.
    expect(await updateSession(actors.MENTOR, created.id, 3, { ...first, status: "CANCELLED", cancelledBy: "MENTOR" })).toBe("ok");

    const session = await getMentorSession(actors.MENTOR, created.id);
    expect(session).toMatchObject({ version: 3, status: "CANCELLED", cancelledBy: "MENTOR" });
    expect(session.revisions.map((r) => r.before.status)).toEqual(["NO_SHOW", "SCHEDULED"]);
    expect(session.revisions[0].before).toMatchObject({ learnerNote: "Absent·e", privateNote: "Relancer" });
    expect(await client.sessionRevision.count({ where: { sessionId: created.id } })).toBe(2);
  });

  it("clears 'cancelled by' unless the session is cancelled, and requires it when it is", async () => {
    const created = await planned({ kind: "DEFENCE", scheduledAt: addDays(new Date(), 3), durationMinutes: 60 });
    expect(await updateSession(actors.MENTOR, created.id, 1, changes({ scheduledAt: addDays(new Date(), 3), status: "SCHEDULED", cancelledBy: "LEARNER" }))).toBe("ok");
    expect((await getMentorSession(actors.MENTOR, created.id)).cancelledBy).toBeNull();
    await expect(updateSession(actors.MENTOR, created.id, 2, changes({ status: "CANCELLED", cancelledBy: null }))).rejects.toThrow();
  });

  it("two concurrent edits of the same version: exactly one wins, one revision", async () => {
    const created = await planned({ kind: "MENTORING", scheduledAt: addDays(new Date(), -3), durationMinutes: 45 });
    const outcomes = await Promise.all([
      updateSession(actors.MENTOR, created.id, 1, changes({ scheduledAt: addDays(new Date(), -3), status: "HELD" })),
      updateSession(actors.MENTOR, created.id, 1, changes({ scheduledAt: addDays(new Date(), -3), status: "NO_SHOW" })),
    ]);
    expect(outcomes.sort()).toEqual(["conflict", "ok"]);
    expect(await db().sessionRevision.count({ where: { sessionId: created.id } })).toBe(1);
  });
});

describe("the private note never reaches the learner", () => {
  it("not in the learner's home, nor in their commitment weeks", async () => {
    const [home, commitment] = await Promise.all([getLearnerHome(actors.LEARNER), getMyCommitment(actors.LEARNER)]);
    expect(JSON.stringify([home, commitment])).not.toContain(PRIVATE);
    expect(JSON.stringify(commitment)).not.toMatch(/privateNote|learnerNote/);
    expect(commitment.weeks.flatMap((w) => w.sessions).some((s) => s.id === sessionId)).toBe(true);
  });

  it("but the mentor and the advisor read it", async () => {
    expect((await getMentorSession(actors.MENTOR, sessionId)).privateNote).toBe(PRIVATE);
    const log = await getLearnerSessionLog(actors.ADVISOR, learnerId);
    expect(log.items.find((s) => s.id === sessionId)?.privateNote).toBe(PRIVATE);
  });
});

describe("the learner's commitment weeks", () => {
  it("show this week first, a break as suspended, and the sessions of each week", async () => {
    const client = db();
    const now = new Date("2026-11-26T12:00:00Z"); // Thursday of 2026-W48
    const learner = await createLearner(client, { advisorId: actors.ADVISOR.id, mentorId: actors.MENTOR.id, startDate: new Date("2026-09-07"), now });
    await createSession(client, { learnerId: learner.id, scheduledAt: new Date("2026-11-17T17:00:00Z"), status: "NO_SHOW" }); // W47
    await createSession(client, { learnerId: learner.id, scheduledAt: new Date("2026-11-03T17:00:00Z"), status: "CANCELLED", cancelledBy: "MENTOR" }); // W45
    await createBreak(client, { learnerId: learner.id, status: "APPROVED", startDate: new Date("2026-11-09"), endDate: new Date("2026-11-13") }); // W46
    await createBreak(client, { learnerId: learner.id, status: "REFUSED", startDate: new Date("2026-10-26"), endDate: new Date("2026-10-30") }); // W44
    const { weeks } = await getMyCommitment(actorOf(learner.user), now);
    expect(weeks.map((w) => [w.isoWeek, w.status, w.sessions.length])).toEqual([
      ["2026-W48", "IN_PROGRESS", 0],
      ["2026-W47", "NOT_KEPT", 1],
      ["2026-W46", "ON_BREAK", 0],
      ["2026-W45", "KEPT", 1],
      ["2026-W44", "NOT_KEPT", 0],
      ["2026-W43", "NOT_KEPT", 0],
    ]);
  });
});

describe("weekly commitment changes", () => {
  it("the advisor changes their own learner's commitment, audited; not another advisor's learner", async () => {
    const client = db();
    const learner = await createLearner(client, { advisorId: actors.ADVISOR.id, mentorId: actors.MENTOR.id });
    await updateWeeklyCommitment(actors.ADVISOR, learner.id, 3);
    expect((await client.learnerProfile.findUniqueOrThrow({ where: { userId: learner.id } })).weeklyCommitment).toBe(3);
    const audit = await client.auditLog.findMany({ where: { learnerId: learner.id } });
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ actorId: actors.ADVISOR.id, before: { weeklyCommitment: 1 }, after: { weeklyCommitment: 3 } });

    const otherAdvisor = actorOf(await createUser(client, { role: "ADVISOR" }));
    await expect(updateWeeklyCommitment(otherAdvisor, learner.id, 5)).rejects.toBeInstanceOf(NotFoundError);
    await updateWeeklyCommitment(actors.ADMIN, learner.id, 2);
    expect((await client.learnerProfile.findUniqueOrThrow({ where: { userId: learner.id } })).weeklyCommitment).toBe(2);
    await expect(updateWeeklyCommitment(actors.ADMIN, learner.id, 0)).rejects.toThrow(RangeError);
    await expect(updateWeeklyCommitment(actors.ADMIN, learner.id, 8)).rejects.toThrow(RangeError);
    expect(await client.auditLog.count({ where: { learnerId: learner.id } })).toBe(2);
  });
});

describe("signals", () => {
  it("the advisor sees their current learners' open signals and resolves them; another advisor cannot", async () => {
    const client = db();
    const page = await listOpenSignals(actors.ADVISOR);
    expect(page.items.find((l) => l.id === learnerId)?.signals.map((s) => s.id)).toContain(signalId);

    const otherAdvisor = actorOf(await createUser(client, { role: "ADVISOR" }));
    expect((await listOpenSignals(otherAdvisor)).items).toEqual([]);
    await expect(resolveSignal(otherAdvisor, signalId, "Pas le mien")).rejects.toBeInstanceOf(NotFoundError);
    expect((await client.learnerSignal.findUniqueOrThrow({ where: { id: signalId } })).resolvedAt).toBeNull();

    await resolveSignal(actors.ADVISOR, signalId, "Appelé·e, reprend lundi");
    // Idempotent: handled twice is still handled.
    await resolveSignal(actors.ADVISOR, signalId, "Appelé·e, reprend lundi");
    expect((await client.learnerSignal.findUniqueOrThrow({ where: { id: signalId } })).resolvedAt).not.toBeNull();
    expect((await listOpenSignals(actors.ADVISOR)).items.find((l) => l.id === learnerId)).toBeUndefined();
  });

  it("follow the learner to their new advisor, and page by learner name", async () => {
    const client = db();
    const advisor = actorOf(await createUser(client, { role: "ADVISOR" }));
    const names = ["Durand", "Bernard", "Petit"];
    const ids: string[] = [];
    for (const lastName of names) {
      const l = await createLearner(client, { advisorId: actors.ADVISOR.id, lastName });
      await client.learnerSignal.create({ data: { learnerId: l.id, advisorId: actors.ADVISOR.id, kind: "ATTENDANCE_PROBLEM", isoWeek: "2026-W40" } });
      await client.learnerProfile.update({ where: { userId: l.id }, data: { advisorId: advisor.id } });
      ids.push(l.id);
    }
    const first = await listOpenSignals(advisor, undefined, 2);
    expect(first.items.map((l) => l.lastName)).toEqual(["Bernard", "Durand"]);
    expect(first.total).toBe(3);
    const second = await listOpenSignals(advisor, first.nextCursor!, 2);
    expect(second.items.map((l) => l.lastName)).toEqual(["Petit"]);
    expect(second.nextCursor).toBeNull();
    expect((await listOpenSignals(actors.ADVISOR)).items.some((l) => ids.includes(l.id))).toBe(false);
  });
});
