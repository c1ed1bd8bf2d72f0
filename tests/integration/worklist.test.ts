// The advisor's worklist and the counts in the navigation, against PostgreSQL:
// access matrix, "since the last visit", each group's rows, and read markers.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { addDays, addHours, createLearner, createRequest, createRequestEvent, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { openWorklist } from "@/lib/server/data/worklist";
import { listMyCalls } from "@/lib/server/data/advisor-calls";
import { VISIT_GAP_MS, nextVisit, todayAndTomorrow, type Visit } from "@/lib/domain/worklist";
import { getNavCounts, markRequestRead } from "@/lib/server/data/request-reads";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
let requestId = "";
const NOW = new Date("2026-12-03T09:00:00Z"); // Thursday 10:00 in Paris

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  learnerId = learner.id;
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  requestId = (await createRequest(client, { learnerId, topic: "EXTRA_SESSIONS", createdAt: addDays(NOW, -3) })).id;
});

describe("worklist access matrix", () => {
  const MATRIX: AccessRow[] = [
    { name: "openWorklist", call: (a) => openWorklist(a, NOW), allowed: ["ADVISOR"] },
    // The learner's own request: its author, and staff who see it (its advisor, support, the manager).
    { name: "markRequestRead", call: (a) => markRequestRead(a, requestId, NOW), allowed: ["LEARNER", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("covers every export of the worklist modules", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/worklist.ts", "../../lib/server/data/request-reads.ts"]), [
      ...MATRIX,
      { name: "getNavCounts", call: (a) => getNavCounts(a), allowed: ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN"] },
    ]);
  });

  it("every role gets its own counts, the admin none", async () => {
    for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const) {
      expect(Object.keys(await getNavCounts(actors[role])).length, role).toBeGreaterThan(0);
    }
    expect(await getNavCounts(actors.ADMIN)).toEqual({});
  });

  it("a mentor cannot mark a learner's request read, nor another advisor", async () => {
    const other = actorOf(await createUser(db(), { role: "ADVISOR" }));
    await expect(markRequestRead(actors.MENTOR, requestId)).rejects.toThrow();
    await expect(markRequestRead(other, requestId)).rejects.toThrow();
    expect(await db().requestRead.count({ where: { userId: { in: [actors.MENTOR.id, other.id] } } })).toBe(0);
  });
});

describe("the worklist", () => {
  let advisor: Actor;
  let learner: Actor;
  let learnerIdB = "";
  let mentor: Actor;
  beforeAll(async () => {
    const client = db();
    advisor = actorOf(await createUser(client, { role: "ADVISOR" }));
    mentor = actorOf(await createUser(client, { role: "MENTOR" }));
    const l = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id, firstName: "Inès", lastName: "Worklist" });
    learner = actorOf(l.user);
    learnerIdB = l.id;
    // Seen on a visit yesterday evening: what came after is new.
    await client.worklistVisit.create({ data: { userId: advisor.id, sinceAt: addDays(NOW, -2), lastSeenAt: addHours(NOW, -15) } });
  });

  it("lists what came since the last visit, calls today and tomorrow, signals, second calls and overdue requests", async () => {
    const client = db();
    const old = await createRequest(client, { learnerId: learnerIdB, subject: "Ancienne demande", createdAt: addDays(NOW, -5), firstResponseAt: addDays(NOW, -4), resolutionDueAt: addDays(NOW, 2) });
    const fresh = await createRequest(client, { learnerId: learnerIdB, subject: "Nouvelle demande", createdAt: addHours(NOW, -2) });
    await createRequestEvent(client, { requestId: old.id, type: "REPLY", actorId: learner.id, body: "Voici ma réponse", createdAt: addHours(NOW, -1) });
    await createRequestEvent(client, { requestId: old.id, type: "REPLY", actorId: advisor.id, body: "Réponse du conseiller", createdAt: addHours(NOW, -1) });
    const overdue = await createRequest(client, {
      learnerId: learnerIdB,
      subject: "En retard",
      createdAt: addDays(NOW, -10),
      firstResponseDueAt: addDays(NOW, -8),
      resolutionDueAt: addDays(NOW, 1),
    });
    const openCase = await client.followUpCase.create({ data: { learnerId: learnerIdB, advisorId: advisor.id, reason: "CHECK_IN", openedAt: addDays(NOW, -9) } });
    await client.appointment.create({ data: { caseId: openCase.id, learnerId: learnerIdB, advisorId: advisor.id, kind: "FIRST", startsAt: addDays(NOW, -7), status: "HELD" } });
    const call = await client.appointment.create({ data: { caseId: openCase.id, learnerId: learnerIdB, advisorId: advisor.id, kind: "FOLLOW_UP", startsAt: addHours(NOW, 26) } });
    // The day after tomorrow is not listed.
    const later = await client.followUpCase.create({ data: { learnerId: learnerIdB, advisorId: advisor.id, reason: "OBSERVED_DELAY" } });
    await client.appointment.create({ data: { caseId: later.id, learnerId: learnerIdB, advisorId: advisor.id, kind: "FIRST", startsAt: addDays(NOW, 3) } });
    const signal = await client.learnerSignal.create({ data: { learnerId: learnerIdB, advisorId: advisor.id, kind: "COMMITMENT_NOT_KEPT", isoWeek: "2026-W48" } });

    const w = await openWorklist(advisor, NOW);
    expect(w.sinceAt).toEqual(addHours(NOW, -15));
    expect(w.newRequests.map((r) => r.id)).toEqual([fresh.id]);
    expect(w.replies.map((r) => [r.requestId, r.authorName])).toEqual([[old.id, `${learner.firstName} ${learner.lastName}`]]);
    // The calls of today and tomorrow: the block above the worklist (not repeated in it).
    const days = todayAndTomorrow(NOW);
    expect((await listMyCalls(advisor, days.start, days.end)).map((c) => [c.id, c.startsAt >= days.tomorrowStart])).toEqual([[call.id, true]]);
    // The worklist reads the same calls in its own statement, in the shape the call list takes.
    expect(w.calls).toEqual(await listMyCalls(advisor, days.start, days.end));
    expect(w.signals.map((s) => s.id)).toEqual([signal.id]);
    expect(w.secondCalls.map((c) => [c.caseId, c.bookedAt])).toEqual([[openCase.id, call.startsAt]]);
    expect(w.overdue.map((r) => [r.id, r.late])).toEqual([[overdue.id, "firstResponse"]]);

    // Reloaded ten minutes later: the same visit, so the same "new" rows.
    expect((await openWorklist(advisor, addHours(NOW, 1 / 6))).newRequests.map((r) => r.id)).toEqual([fresh.id]);
    // Back two hours later: a new visit, starting where the last one ended.
    const next = await openWorklist(advisor, addHours(NOW, 2));
    expect(next.sinceAt).toEqual(addHours(NOW, 1 / 6));
    expect(next.newRequests).toEqual([]);
    expect(next.replies).toEqual([]);
  });

  it("records each visit as nextVisit says: a first visit, a reload within the hour, a return after it", async () => {
    const client = db();
    const cases: { name: string; previous: Visit | null; now: Date }[] = [
      { name: "first visit", previous: null, now: NOW },
      { name: "reload a minute later", previous: { sinceAt: addDays(NOW, -1), lastSeenAt: addHours(NOW, -1 / 60) }, now: NOW },
      { name: "just under the gap", previous: { sinceAt: addDays(NOW, -1), lastSeenAt: new Date(NOW.getTime() - VISIT_GAP_MS + 1) }, now: NOW },
      { name: "exactly the gap", previous: { sinceAt: addDays(NOW, -1), lastSeenAt: new Date(NOW.getTime() - VISIT_GAP_MS) }, now: NOW },
      { name: "back the next day", previous: { sinceAt: addDays(NOW, -3), lastSeenAt: addDays(NOW, -1) }, now: NOW },
    ];
    for (const c of cases) {
      const a = actorOf(await createUser(client, { role: "ADVISOR" }));
      if (c.previous) await client.worklistVisit.create({ data: { userId: a.id, ...c.previous } });
      const expected = nextVisit(c.previous, c.now);
      expect((await openWorklist(a, c.now)).sinceAt, c.name).toEqual(expected.sinceAt);
      expect(await client.worklistVisit.findUniqueOrThrow({ where: { userId: a.id }, select: { sinceAt: true, lastSeenAt: true } }), c.name).toEqual(expected);
    }
  });

  it("new requests: about the advisor's learners or assigned to them, never their own", async () => {
    const client = db();
    const a = actorOf(await createUser(client, { role: "ADVISOR" }));
    const otherAdvisor = await createUser(client, { role: "ADVISOR" });
    const mine = await createLearner(client, { advisorId: a.id });
    const theirs = await createLearner(client, { advisorId: otherAdvisor.id });
    const about = await createRequest(client, { learnerId: mine.id, createdAt: addHours(NOW, -3) });
    const assigned = await createRequest(client, { learnerId: theirs.id, assigneeId: a.id, createdAt: addHours(NOW, -2) });
    await createRequest(client, { learnerId: theirs.id, createdAt: addHours(NOW, -2) });
    await createRequest(client, { learnerId: mine.id, authorId: a.id, createdAt: addHours(NOW, -1) });
    const w = await openWorklist(a, NOW);
    expect(w.newRequests.map((r) => [r.id, r.learnerName])).toEqual([
      [assigned.id, `${theirs.user.firstName} ${theirs.user.lastName}`],
      [about.id, `${mine.user.firstName} ${mine.user.lastName}`],
    ]);
    expect(w.newRequests[0].at).toEqual(addHours(NOW, -2));
  });

  it("shows nothing of another advisor's learners", async () => {
    const other = actorOf(await createUser(db(), { role: "ADVISOR" }));
    const w = await openWorklist(other, NOW);
    expect([w.newRequests, w.replies, w.signals, w.secondCalls, w.overdue].flat()).toEqual([]);
  });
});

describe("counts in the navigation", () => {
  it("a learner's new replies leave the count once the request is opened", async () => {
    const client = db();
    const advisor = actorOf(await createUser(client, { role: "ADVISOR" }));
    const l = await createLearner(client, { advisorId: advisor.id });
    const learner = actorOf(l.user);
    const r = await createRequest(client, { learnerId: l.id, createdAt: addDays(NOW, -1) });
    const count = async (a: Actor, href: string, key: string) => (await getNavCounts(a))[href].find((c) => c.key === key)?.count;

    // Assigned and never opened: unread for the advisor.
    expect(await count(advisor, "/advisor/requests", "unread")).toBe(1);
    await markRequestRead(advisor, r.id, addHours(NOW, -20));
    expect(await count(advisor, "/advisor/requests", "unread")).toBe(0);

    await createRequestEvent(client, { requestId: r.id, type: "REPLY", actorId: advisor.id, body: "Bonjour", createdAt: addHours(NOW, -19) });
    await createRequestEvent(client, { requestId: r.id, type: "INTERNAL_NOTE", actorId: advisor.id, body: "Note", createdAt: addHours(NOW, -19) });
    expect(await count(learner, "/learner/requests", "newReplies")).toBe(1);
    await markRequestRead(learner, r.id, addHours(NOW, -18));
    expect(await count(learner, "/learner/requests", "newReplies")).toBe(0);

    // The learner answers: new for the advisor again.
    await createRequestEvent(client, { requestId: r.id, type: "REPLY", actorId: learner.id, body: "Merci", createdAt: addHours(NOW, -17) });
    expect(await count(advisor, "/advisor/requests", "unread")).toBe(1);
    expect(await count(learner, "/learner/requests", "newReplies")).toBe(0);
  });

  it("a mentor sees their handled alerts until they open them; support sees triage and mine", async () => {
    const client = db();
    const mentor = actorOf(await createUser(client, { role: "MENTOR" }));
    const support = actorOf(await createUser(client, { role: "SUPPORT" }));
    const l = await createLearner(client, { mentorId: mentor.id });
    const before = (await getNavCounts(support))["/support"];
    const alert = await createRequest(client, { learnerId: l.id, authorId: mentor.id, createdAt: addDays(NOW, -2) });
    const after = (await getNavCounts(support))["/support"];
    expect(after.find((c) => c.key === "triage")!.count).toBe(before.find((c) => c.key === "triage")!.count + 1);
    expect(after.find((c) => c.key === "mine")!.count).toBe(0);

    await client.supportRequest.update({ where: { id: alert.id }, data: { status: "RESOLVED", loopClosedAt: addHours(NOW, -3) } });
    const handled = async () => (await getNavCounts(mentor))["/mentor/alerts"].find((c) => c.key === "handledAlerts")!.count;
    expect(await handled()).toBe(1);
    await markRequestRead(mentor, alert.id, addHours(NOW, -2));
    expect(await handled()).toBe(0);
  });
});
