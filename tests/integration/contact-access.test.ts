// The contact form end to end against PostgreSQL: routing, idempotency,
// refusals that change nothing, emails written with the request, and the
// access matrix of the contact and requester data functions.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { ROLES } from "@/lib/domain/roles";
import { fileLearnerRequest, fileMentorAlert, getMyAdvisor, listAlertableLearners, listLastNudges, nudgeLearner, previewNudge } from "@/lib/server/data/contact";
import { getMyRequest, listMyRequests, replyToMyRequest, withdrawMyRequest } from "@/lib/server/data/my-requests";
import { learnerRequestSchema, mentorAlertSchema, type LearnerRequestInput, type MentorAlertInput } from "@/lib/schemas/contact";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
let learnerId = "";
let otherLearnerId = "";
let advisorId = "";

function learnerInput(overrides: Partial<LearnerRequestInput> = {}): LearnerRequestInput {
  return learnerRequestSchema.parse({
    topic: "EXTRA_SESSIONS",
    subject: "Deux sessions de plus",
    message: "Bonjour,\nje voudrais deux sessions de plus ce mois-ci.",
    sessionCount: "2",
    idempotencyKey: randomUUID(),
    ...FILE_ANEW,
    ...overrides,
  });
}

function alertInput(overrides: Partial<MentorAlertInput> = {}): MentorAlertInput {
  return mentorAlertSchema.parse({
    topic: "DISENGAGEMENT_RISK",
    learnerId,
    subject: "Risque d'abandon",
    message: "Deux absences et plus de nouvelles.",
    idempotencyKey: randomUUID(),
    ...FILE_ANEW,
    ...overrides,
  });
}

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  advisorId = advisor.id;
  const learner = await createLearner(client, { advisorId: advisor.id, mentorId: mentor.id });
  learnerId = learner.id;
  otherLearnerId = (await createLearner(client, { advisorId: advisor.id, mentorId: (await createUser(client, { role: "MENTOR" })).id })).id;
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  actors.LEARNER = actorOf(learner.user);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
});

describe("contact access matrix", () => {
  let learnerRequestId = "";
  beforeAll(async () => {
    learnerRequestId = (await fileLearnerRequest(actors.LEARNER, learnerInput())).id;
  });
  const MATRIX: AccessRow[] = [
    { name: "fileLearnerRequest", call: (a) => fileLearnerRequest(a, learnerInput()), allowed: ["LEARNER"] },
    { name: "fileMentorAlert", call: (a) => fileMentorAlert(a, alertInput()), allowed: ["MENTOR"] },
    // Its own topic: the 7-day rule would refuse the invitation test below on the same one.
    { name: "nudgeLearner", call: (a) => nudgeLearner(a, { learnerId, topic: "OTHER", idempotencyKey: randomUUID() }), allowed: ["MENTOR"] },
    { name: "previewNudge", call: (a) => previewNudge(a, { learnerId, topic: "EXTRA_SESSIONS" }), allowed: ["MENTOR"] },
    { name: "listLastNudges", call: (a) => listLastNudges(a), allowed: ["MENTOR"] },
    { name: "listAlertableLearners", call: (a) => listAlertableLearners(a), allowed: ["MENTOR"] },
    { name: "getMyAdvisor", call: (a) => getMyAdvisor(a), allowed: ["LEARNER"] },
    { name: "listMyRequests", call: (a) => listMyRequests(a), allowed: ["LEARNER", "MENTOR"] },
    // Only the author reads their request: the mentor is not the author of the learner's.
    { name: "getMyRequest", call: (a) => getMyRequest(a, learnerRequestId), allowed: ["LEARNER"] },
    { name: "replyToMyRequest", call: (a) => replyToMyRequest(a, { id: learnerRequestId, body: "Merci" }), allowed: ["LEARNER"] },
    // A fresh request each time: a withdrawn one cannot be withdrawn again.
    { name: "withdrawMyRequest", call: async (a) => withdrawMyRequest(a, { id: (await fileLearnerRequest(actors.LEARNER, learnerInput())).id }), allowed: ["LEARNER"] },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported function of contact.ts and my-requests.ts has a row", async () => {
    await expectEveryExportCovered(
      import.meta.glob(["../../lib/server/data/contact.ts", "../../lib/server/data/my-requests.ts"]),
      MATRIX,
      // Inside a filing transaction (lib/server/data/duplicates.ts) that loaded the request by its author.
      ["addRequesterReplyInTx"],
    );
  });
});

describe("routing", () => {
  it("a learner request goes to the learner's own advisor, with a confirmation and a notice in the outbox", async () => {
    const filed = await fileLearnerRequest(actors.LEARNER, learnerInput({ subject: "Routage conseiller" }));
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request).toMatchObject({ queue: "ADVISOR", assigneeId: advisorId, side: "LEARNER", status: "NEW", priority: "NORMAL", authorId: learnerId, learnerId });
    expect(request.firstResponseDueAt).not.toBeNull();
    const mails = await db().emailOutbox.findMany({ where: { subject: { contains: "Routage conseiller" } } });
    expect(mails.map((m) => [m.toAddress, m.template]).sort()).toEqual(
      [
        [actors.ADVISOR.email, "request.assigned"],
        [actors.LEARNER.email, "request.confirmation"],
      ].sort(),
    );
    expect(await db().requestEvent.count({ where: { requestId: filed.id, type: "CREATED" } })).toBe(1);
  });

  it("a learner with an inactive advisor, or none, goes to the support queue and support is told", async () => {
    const client = db();
    const gone = await createUser(client, { role: "ADVISOR", active: false });
    const orphan = await createLearner(client, { advisorId: gone.id });
    const filed = await fileLearnerRequest(actorOf(orphan.user), learnerInput({ subject: "Sans conseiller" }));
    expect(await client.supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).toMatchObject({ queue: "SUPPORT", assigneeId: null });
    const notices = await client.emailOutbox.findMany({ where: { template: "request.support-queue", subject: { contains: "Sans conseiller" } } });
    expect(notices.map((n) => n.toAddress)).toContain(actors.SUPPORT.email);
    expect(notices.map((n) => n.toAddress)).not.toContain(gone.email);
  });

  it("a mentor alert goes to triage, unassigned, urgent for dropout risk, and support and the manager are told", async () => {
    const filed = await fileMentorAlert(actors.MENTOR, alertInput({ subject: "Alerte triage" }));
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request).toMatchObject({ queue: "TRIAGE", assigneeId: null, side: "MENTOR", priority: "URGENT", authorId: actors.MENTOR.id, learnerId });
    const to = (await db().emailOutbox.findMany({ where: { subject: { contains: "Alerte triage" } } })).map((m) => m.toAddress);
    expect(to).toEqual(expect.arrayContaining([actors.MENTOR.email, actors.SUPPORT.email, actors.MENTORSHIP_MANAGER.email]));
    expect(to).not.toContain(actors.ADVISOR.email);
  });

  it("the mentor's catch-all (\"Autre situation\") is a mentor alert: to triage, unassigned, normal priority", async () => {
    const filed = await fileMentorAlert(actors.MENTOR, alertInput({ topic: "MENTOR_OTHER", subject: "Autre situation" }));
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } });
    expect(request).toMatchObject({ topic: "MENTOR_OTHER", queue: "TRIAGE", assigneeId: null, side: "MENTOR", priority: "NORMAL", details: {}, hasSensitive: false });
  });

  it("a break request records the requested break; its reason is kept apart as sensitive", async () => {
    const filed = await fileLearnerRequest(
      actors.LEARNER,
      learnerInput({ topic: "BREAK_REQUEST", breakKind: "ILLNESS", startDate: "2026-12-07", endDate: "2026-12-18" } as Partial<LearnerRequestInput>),
    );
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id }, include: { sensitive: true, break: true } });
    expect(request.details).toEqual({ startDate: "2026-12-07", endDate: "2026-12-18" });
    expect(request.sensitive?.details).toEqual({ breakKind: "ILLNESS" });
    expect(request.break).toMatchObject({ status: "REQUESTED", reasonKind: "ILLNESS", learnerId });
    expect(request.break?.startDate.toISOString()).toBe("2026-12-07T00:00:00.000Z");
    expect(await db().auditLog.count({ where: { entityId: filed.id, action: "request.sensitive.create" } })).toBe(1);
  });
});

describe("idempotency", () => {
  it("the same form sent twice files one request and one set of emails", async () => {
    const input = learnerInput({ subject: "Double clic" });
    const first = await fileLearnerRequest(actors.LEARNER, input);
    const second = await fileLearnerRequest(actors.LEARNER, input);
    expect(second.id).toBe(first.id);
    expect(await db().supportRequest.count({ where: { subject: "Double clic" } })).toBe(1);
    expect(await db().emailOutbox.count({ where: { subject: { contains: "Double clic" } } })).toBe(2);
  });

  it("five concurrent submits of one alert file it once", async () => {
    const input = alertInput({ subject: "Envoi concurrent" });
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => fileMentorAlert(actors.MENTOR, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db().supportRequest.count({ where: { subject: "Envoi concurrent" } })).toBe(1);
  });
});

describe("refusals change nothing", () => {
  it("a mentor cannot file about a learner who is not theirs", async () => {
    const before = await db().supportRequest.count();
    const outbox = await db().emailOutbox.count();
    await expect(fileMentorAlert(actors.MENTOR, alertInput({ learnerId: otherLearnerId }))).rejects.toBeInstanceOf(NotFoundError);
    await expect(nudgeLearner(actors.MENTOR, { learnerId: otherLearnerId, topic: "RQTH", idempotencyKey: randomUUID() })).rejects.toBeInstanceOf(NotFoundError);
    expect(await db().supportRequest.count()).toBe(before);
    expect(await db().emailOutbox.count()).toBe(outbox);
  });

  it("a learner can only file for themselves: a learner id in the input is ignored", async () => {
    const filed = await fileLearnerRequest(actors.LEARNER, { ...learnerInput(), learnerId: otherLearnerId } as unknown as LearnerRequestInput);
    expect((await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id } })).learnerId).toBe(learnerId);
    expect(learnerRequestSchema.parse({ ...learnerInput(), learnerId: otherLearnerId })).not.toHaveProperty("learnerId");
  });

  it("a learner cannot read another learner's request, nor a mentor an alert of another mentor", async () => {
    const other = actorOf((await db().user.findUniqueOrThrow({ where: { id: otherLearnerId } })));
    const mine = await fileLearnerRequest(actors.LEARNER, learnerInput());
    await expect(getMyRequest(other, mine.id)).rejects.toBeInstanceOf(NotFoundError);
    const otherMentor = actorOf(await createUser(db(), { role: "MENTOR" }));
    const alert = await fileMentorAlert(actors.MENTOR, alertInput());
    await expect(getMyRequest(otherMentor, alert.id)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("the request and its emails are one transaction: an outbox failure files nothing", async () => {
    const client = db();
    // Make every outbox insert fail in this test's database, through the real code path.
    await client.$executeRawUnsafe(`CREATE FUNCTION refuse_outbox() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'outbox down'; END $$ LANGUAGE plpgsql`);
    await client.$executeRawUnsafe(`CREATE TRIGGER refuse_outbox BEFORE INSERT ON "EmailOutbox" FOR EACH ROW EXECUTE FUNCTION refuse_outbox()`);
    try {
      const before = { requests: await client.supportRequest.count(), breaks: await client.learnerBreak.count() };
      const input = learnerInput({ topic: "BREAK_REQUEST", breakKind: "HOLIDAYS", startDate: "2026-12-21", endDate: "2026-12-31" } as Partial<LearnerRequestInput>);
      await expect(fileLearnerRequest(actors.LEARNER, input)).rejects.toThrow();
      expect({ requests: await client.supportRequest.count(), breaks: await client.learnerBreak.count() }).toEqual(before);
    } finally {
      await client.$executeRawUnsafe(`DROP TRIGGER refuse_outbox ON "EmailOutbox"`);
      await client.$executeRawUnsafe(`DROP FUNCTION refuse_outbox()`);
    }
  });
});

describe("what the requester sees", () => {
  it("the learner lists their requests newest first and reads their own confidential details (audited)", async () => {
    const rqth = await fileLearnerRequest(
      actors.LEARNER,
      learnerInput({ topic: "RQTH", accommodation: "Temps majoré d'un tiers", subject: "Aménagement" } as Partial<LearnerRequestInput>),
    );
    const list = await listMyRequests(actors.LEARNER);
    expect(list[0].id).toBe(rqth.id);
    const page = await getMyRequest(actors.LEARNER, rqth.id);
    // An RQTH request keeps what the learner typed in its confidential part (the envelope is neutral).
    expect(page.sensitive).toEqual({ accommodation: "Temps majoré d'un tiers", subject: "Aménagement", message: "Bonjour,\nje voudrais deux sessions de plus ce mois-ci." });
    expect(page.subject).not.toContain("Aménagement");
    expect(await db().auditLog.count({ where: { entityId: rqth.id, action: "request.sensitive.read" } })).toBe(1);
  });

  it("the mentor does not read back the health details of their own alert", async () => {
    const alert = await fileMentorAlert(
      actors.MENTOR,
      alertInput({ topic: "UPCOMING_ABSENCE", absenceKind: "HOSPITAL", startDate: "2026-12-01", endDate: "2026-12-05", healthDetails: "Opération" } as Partial<MentorAlertInput>),
    );
    const page = await getMyRequest(actors.MENTOR, alert.id);
    expect(page.sensitive).toBeNull();
    expect(JSON.stringify(page)).not.toContain("Opération");
    expect(page.details).toEqual({ startDate: "2026-12-01", endDate: "2026-12-05" });
  });

  it("internal notes never reach the requester", async () => {
    const filed = await fileLearnerRequest(actors.LEARNER, learnerInput());
    await db().requestEvent.create({ data: { requestId: filed.id, actorId: actors.ADVISOR.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: "INTERNAL-MARKER-91c2" } });
    await db().requestEvent.create({ data: { requestId: filed.id, actorId: actors.ADVISOR.id, type: "REPLY", visibility: "PUBLIC", body: "Réponse publique" } });
    const page = await getMyRequest(actors.LEARNER, filed.id);
    const list = await listMyRequests(actors.LEARNER);
    expect(JSON.stringify([page, list])).not.toContain("INTERNAL-MARKER-91c2");
    expect(page.events.map((e) => e.type)).toEqual(["CREATED", "REPLY"]);
  });
});

describe("a mentor's invitation to the learner", () => {
  it("emails the learner once per key and files no alert", async () => {
    const before = await db().supportRequest.count();
    const key = randomUUID();
    await nudgeLearner(actors.MENTOR, { learnerId, topic: "EXTRA_SESSIONS", idempotencyKey: key });
    await nudgeLearner(actors.MENTOR, { learnerId, topic: "EXTRA_SESSIONS", idempotencyKey: key });
    expect(await db().supportRequest.count()).toBe(before);
    const mails = await db().emailOutbox.findMany({ where: { template: "learner.nudge", toAddress: actors.LEARNER.email } });
    // The matrix above invited on another topic; this key sent exactly one.
    expect(mails.filter((m) => m.textBody.includes("sessions supplémentaires"))).toHaveLength(1);
    expect(await db().auditLog.count({ where: { action: "mentor.nudge", entityId: `nudge:${actors.MENTOR.id}:${key}` } })).toBe(1);
  });
});

describe("roles", () => {
  it("covers every role", () => {
    expect(Object.keys(actors).sort()).toEqual([...ROLES].sort());
  });
});
