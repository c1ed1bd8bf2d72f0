// The authorization matrix of the advisor's follow-up: every data function × every role.
// The learner's current advisor changes things; Support and the Mentorship
// Manager read; a mentor and a learner see none of it but the learner's own appointments.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { addDays, createBreak, createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { decideBreak } from "@/lib/server/data/breaks";
import { cancelAppointment, closeCase, logPastCall, rescheduleAppointment, getCase, openCase, prepareCase, recordAppointment, saveChecklist, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { archiveStakeholder, listStakeholders, logExchange, saveStakeholder } from "@/lib/server/data/stakeholders";
import { listMyAppointments } from "@/lib/server/data/my-appointments";
import { assertAdvisorOf, followedLearnerWhere, requireOwnLearner } from "@/lib/server/data/advisor-scope";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const ids = { learner: "", break: "", case: "", appointment: "", stakeholder: "" };
const READERS = ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] as const;
const ADVISOR = ["ADVISOR"] as const;

const MATRIX: AccessRow[] = [
  { name: "getLearnerFile", call: (a) => getLearnerFile(a, ids.learner), allowed: READERS },
  { name: "decideBreak", call: (a) => decideBreak(a, { breakId: ids.break, decision: "REFUSED", startDate: "2026-01-01", endDate: "2026-01-02" }), allowed: ADVISOR },
  { name: "prepareCase", call: (a) => prepareCase(a, ids.learner), allowed: ADVISOR },
  { name: "openCase", call: (a) => openCase(a, { learnerId: ids.learner, reason: "CHECK_IN" }), allowed: ADVISOR },
  { name: "getCase", call: (a) => getCase(a, ids.case), allowed: READERS },
  {
    name: "scheduleAppointment",
    call: (a) => scheduleAppointment(a, { caseId: ids.case, date: "2099-01-05", time: "10:00", durationMinutes: "30" }),
    allowed: ADVISOR,
  },
  {
    name: "recordAppointment",
    call: (a) => recordAppointment(a, { appointmentId: ids.appointment, kind: "FIRST", status: "NO_SHOW", blocker: "", notes: "" }),
    allowed: ADVISOR,
  },
  {
    name: "logPastCall",
    call: (a) => logPastCall(a, { caseId: ids.case, kind: "FIRST", date: "2026-01-05", time: "10:00", durationMinutes: "30", blocker: "Temps", notes: "" }),
    allowed: ADVISOR,
  },
  {
    name: "rescheduleAppointment",
    call: (a) => rescheduleAppointment(a, { appointmentId: ids.appointment, date: "2099-01-06", time: "10:00", durationMinutes: "30" }),
    allowed: ADVISOR,
  },
  { name: "cancelAppointment", call: (a) => cancelAppointment(a, { appointmentId: ids.appointment }), allowed: ADVISOR },
  { name: "closeCase", call: (a) => closeCase(a, { caseId: ids.case, outcome: "BLOCKER_SOLVED", nextStep: "Rien", sharedOutcome: "" }), allowed: ADVISOR },
  { name: "saveChecklist", call: (a) => saveChecklist(a, { caseId: ids.case, done: [] }), allowed: ADVISOR },
  { name: "listStakeholders", call: (a) => listStakeholders(a, ids.learner), allowed: READERS },
  {
    name: "saveStakeholder",
    call: (a) =>
      saveStakeholder(a, { learnerId: ids.learner, stakeholderId: "", kind: "OTHER", organisation: "Org", personName: "", roleTitle: "", email: "", phone: "", sharing: [] }),
    allowed: ADVISOR,
  },
  { name: "archiveStakeholder", call: (a) => archiveStakeholder(a, ids.stakeholder), allowed: ADVISOR },
  {
    name: "logExchange",
    call: (a) => logExchange(a, { stakeholderId: ids.stakeholder, occurredOn: "2026-11-20", channel: "PHONE", summary: "Point", shared: [] }),
    allowed: ADVISOR,
  },
  { name: "listMyAppointments", call: (a) => listMyAppointments(a), allowed: ["LEARNER"] },
  { name: "followedLearnerWhere", call: async (a) => followedLearnerWhere(a), allowed: READERS },
  { name: "assertAdvisorOf", call: async (a) => assertAdvisorOf(a), allowed: ADVISOR },
  { name: "requireOwnLearner", call: (a) => requireOwnLearner(db(), a, ids.learner), allowed: ADVISOR },
];

// The reminder job runs for every scheduled appointment, with no actor.
const SYSTEM = ["listDueReminders", "claimReminder", "listDueHourReminders", "claimHourReminder"];

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  ids.learner = learner.id;
  ids.break = (await createBreak(client, { learnerId: learner.id })).id;
  const followUp = await client.followUpCase.create({ data: { learnerId: learner.id, advisorId: advisor.id, reason: "CHECK_IN" } });
  ids.case = followUp.id;
  ids.appointment = (
    await client.appointment.create({ data: { caseId: followUp.id, learnerId: learner.id, advisorId: advisor.id, kind: "FIRST", startsAt: addDays(new Date(), 3) } })
  ).id;
  ids.stakeholder = (await client.stakeholder.create({ data: { learnerId: learner.id, kind: "FRANCE_TRAVAIL", organisation: "France Travail Lyon", sharing: ["PROGRESS"] } })).id;
});

describe("follow-up authorization matrix", () => {
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/learner-file.ts",
        "../../lib/server/data/breaks.ts",
        "../../lib/server/data/follow-up-cases.ts",
        "../../lib/server/data/stakeholders.ts",
        "../../lib/server/data/my-appointments.ts",
        "../../lib/server/data/advisor-scope.ts",
        "../../lib/server/data/jobs/appointment-reminders.ts",
      ]),
      MATRIX,
      SYSTEM,
    );
  });
});

describe("scoping inside a role", () => {
  it("another advisor sees nothing of the learner; after reassignment the former advisor loses access", async () => {
    const client = db();
    const mentor = await createUser(client, { role: "MENTOR" });
    const first = await createUser(client, { role: "ADVISOR" });
    const second = await createUser(client, { role: "ADVISOR" });
    const learner = await createLearner(client, { advisorId: first.id, mentorId: mentor.id });
    const { caseId } = await openCase(actorOf(first), { learnerId: learner.id, reason: "CHECK_IN" });

    await expect(getLearnerFile(actorOf(second), learner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(actorOf(second), caseId)).rejects.toBeInstanceOf(NotFoundError);

    await client.learnerProfile.update({ where: { userId: learner.id }, data: { advisorId: second.id } });
    await expect(getLearnerFile(actorOf(first), learner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getCase(actorOf(first), caseId)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listStakeholders(actorOf(first), learner.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(scheduleAppointment(actorOf(first), { caseId, date: "2099-01-05", time: "10:00", durationMinutes: "30" })).rejects.toBeInstanceOf(NotFoundError);
    expect((await getLearnerFile(actorOf(second), learner.id)).profile.userId).toBe(learner.id);
  });

  it("a learner sees only their own upcoming appointments", async () => {
    const client = db();
    const other = await createLearner(client, { advisorId: actors.ADVISOR.id });
    const followUp = await client.followUpCase.create({ data: { learnerId: other.id, advisorId: actors.ADVISOR.id, reason: "CHECK_IN" } });
    await client.appointment.create({ data: { caseId: followUp.id, learnerId: other.id, advisorId: actors.ADVISOR.id, kind: "FIRST", startsAt: addDays(new Date(), 2) } });
    const mine = await listMyAppointments(actors.LEARNER);
    expect(mine.map((a) => a.id)).not.toContain(followUp.id);
    expect((await listMyAppointments(actorOf(other.user))).map((a) => a.kind)).toEqual(["FIRST"]);
  });

  it("the mentorship manager reads the file without health or RQTH; support reads health notes (not RQTH, the referent's), audited", async () => {
    const client = db();
    const learner = await createLearner(client, { advisorId: actors.ADVISOR.id, sensitive: { rqth: true, rqthDetails: "RQTH-MARKER", healthNotes: "HEALTH-MARKER" } });
    const managerView = await getLearnerFile(actors.MENTORSHIP_MANAGER, learner.id);
    expect(JSON.stringify(managerView)).not.toMatch(/RQTH-MARKER|HEALTH-MARKER/);
    const supportView = await getLearnerFile(actors.SUPPORT, learner.id);
    expect(supportView.sensitive?.healthNotes).toBe("HEALTH-MARKER");
    expect(JSON.stringify(supportView)).not.toContain("RQTH-MARKER");
    expect(supportView.rqthWithReferent).toBe(true);
    expect(supportView.canEdit).toBe(false);
    const audits = await client.auditLog.count({ where: { learnerId: learner.id, action: "learner.sensitive.read", actorId: actors.SUPPORT.id } });
    expect(audits).toBe(1);
  });
});
