// Duplicates at the source against PostgreSQL (issue 12, item 5): a likely
// duplicate refuses the filing with the earlier request, writing nothing; the
// person then adds their message to it (a reply on that thread, which reopens
// it if waiting and tells its assignee) or files a new one with a reason.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { setClock } from "@/lib/server/clock";
import { fileLearnerRequest, fileMentorAlert } from "@/lib/server/data/contact";
import { changeRequestStatus, replyToRequest } from "@/lib/server/data/triage";
import { learnerRequestSchema, mentorAlertSchema, type LearnerRequestInput, type MentorAlertInput } from "@/lib/schemas/contact";
import { actorOf, expectEveryExportCovered } from "./support/access";

const db = freshDatabase();
let advisor: Actor;
let support: Actor;

const T0 = new Date("2026-11-24T09:00:00Z");
const days = (n: number) => new Date(T0.getTime() + n * 24 * 60 * 60 * 1000);

afterEach(() => setClock(null));

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  support = actorOf(await createUser(db(), { role: "SUPPORT" }));
});

async function newMentorAndLearner() {
  const mentor = actorOf(await createUser(db(), { role: "MENTOR" }));
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id });
  return { mentor, learnerId: learner.id, learner: actorOf(learner.user) };
}

const alert = (learnerId: string, overrides: Record<string, unknown> = {}): MentorAlertInput =>
  mentorAlertSchema.parse({ topic: "DISENGAGEMENT_RISK", learnerId, subject: "Risque d'abandon", message: "Plus de nouvelles.", idempotencyKey: randomUUID(), ...overrides });

const ask = (overrides: Record<string, unknown> = {}): LearnerRequestInput =>
  learnerRequestSchema.parse({ topic: "ADMIN_SUPPORT", subject: "Attestation", message: "Il me faut une attestation.", idempotencyKey: randomUUID(), ...overrides });

const counts = async () => ({
  requests: await db().supportRequest.count(),
  events: await db().requestEvent.count(),
  emails: await db().emailOutbox.count(),
});

describe("a mentor raising the same situation again", () => {
  it("no earlier alert about the learner: files as before", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const filed = await fileMentorAlert(mentor, alert(learnerId));
    expect(filed).toMatchObject({ queue: "TRIAGE", added: false });
  });

  it("an open alert of the same topic, even 30 days old, is shown and nothing is written", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const first = await fileMentorAlert(mentor, alert(learnerId, { subject: "Premier signalement" }));
    setClock(days(30));
    const before = await counts();
    await expect(fileMentorAlert(mentor, alert(learnerId))).rejects.toMatchObject({
      failure: { formError: "duplicate", values: { id: first.id, number: first.number, subject: "Premier signalement", status: "NEW", canAdd: "yes", createdAt: T0.toISOString() } },
    });
    expect(await counts()).toEqual(before);
  });

  it("any alert of the last 14 days, another topic and closed, is shown; 15 days later it is not", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const first = await fileMentorAlert(mentor, alert(learnerId, { topic: "DISRESPECT" }));
    const { version } = await db().supportRequest.findUniqueOrThrow({ where: { id: first.id } });
    await changeRequestStatus(support, { id: first.id, version, status: "CLOSED" });
    setClock(days(13));
    await expect(fileMentorAlert(mentor, alert(learnerId))).rejects.toMatchObject({ failure: { formError: "duplicate", values: { id: first.id, canAdd: "no" } } });
    // A closed alert takes no message: "add" to it is refused the same way.
    await expect(fileMentorAlert(mentor, alert(learnerId, { duplicateChoice: "add", duplicateOf: first.id }))).rejects.toMatchObject({ failure: { formError: "duplicate" } });
    setClock(days(15));
    expect((await fileMentorAlert(mentor, alert(learnerId))).added).toBe(false);
  });

  it("another mentor's alert about the same learner is not theirs to see", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    await fileMentorAlert(mentor, alert(learnerId));
    const other = actorOf(await createUser(db(), { role: "MENTOR" }));
    await db().learnerProfile.update({ where: { userId: learnerId }, data: { mentorId: other.id } });
    expect((await fileMentorAlert(other, alert(learnerId))).added).toBe(false);
  });

  it("add: the message goes onto the waiting alert, reopens it and tells its assignee; nothing new is filed", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const first = await fileMentorAlert(mentor, alert(learnerId));
    await db().supportRequest.update({ where: { id: first.id }, data: { queue: "ADVISOR", assigneeId: advisor.id } });
    await replyToRequest(advisor, { id: first.id, body: "Pouvez-vous préciser ?" });
    const { version } = await db().supportRequest.findUniqueOrThrow({ where: { id: first.id } });
    await changeRequestStatus(advisor, { id: first.id, version, status: "WAITING_FOR_REQUESTER" });
    setClock(days(2));
    const requests = await db().supportRequest.count();
    const input = alert(learnerId, { subject: "Toujours rien", message: "Trois absences maintenant.", duplicateChoice: "add", duplicateOf: first.id });
    const added = await fileMentorAlert(mentor, input);
    expect(added).toMatchObject({ id: first.id, number: first.number, added: true });
    expect(await db().supportRequest.count()).toBe(requests);
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: first.id }, include: { events: { orderBy: { createdAt: "asc" } } } });
    expect(request).toMatchObject({ status: "IN_PROGRESS", waitingSince: null });
    expect(request.events.filter((e) => e.type === "REPLY" && e.actorId === mentor.id).map((e) => e.body)).toEqual(["Toujours rien\n\nTrois absences maintenant."]);
    expect(request.events.at(-1)).toMatchObject({ type: "STATUS_CHANGED", fromStatus: "WAITING_FOR_REQUESTER", toStatus: "IN_PROGRESS" });
    expect(await db().emailOutbox.count({ where: { template: "request.requester-reply", toAddress: advisor.email, subject: { contains: `n° ${first.number} ` } } })).toBe(1);
    // The same form sent again (double click, retry) adds nothing more.
    expect(await fileMentorAlert(mentor, input)).toMatchObject({ id: first.id, added: true });
    expect(await db().requestEvent.count({ where: { requestId: first.id, type: "REPLY", actorId: mentor.id } })).toBe(1);
  });

  it("new with a reason: a new alert, the reason as an internal note naming the earlier one", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const first = await fileMentorAlert(mentor, alert(learnerId));
    setClock(days(1));
    const filed = await fileMentorAlert(mentor, alert(learnerId, { duplicateChoice: "new", duplicateReason: "Autre situation : menace d'abandon immédiate" }));
    expect(filed.id).not.toBe(first.id);
    const notes = await db().requestEvent.findMany({ where: { requestId: filed.id, type: "INTERNAL_NOTE" } });
    expect(notes).toMatchObject([{ visibility: "INTERNAL", actorId: mentor.id, body: `#${first.number} — Autre situation : menace d'abandon immédiate` }]);
  });

  it("new without a reason (or blank): a field error, nothing written", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    await fileMentorAlert(mentor, alert(learnerId));
    const before = await counts();
    for (const duplicateReason of [undefined, "", "   \n "]) {
      await expect(fileMentorAlert(mentor, alert(learnerId, { duplicateChoice: "new", duplicateReason }))).rejects.toMatchObject({
        failure: { fieldErrors: { duplicateReason: "required" } },
      });
    }
    expect(await counts()).toEqual(before);
  });

  it("a reason too long is the schema's field error", () => {
    const parsed = mentorAlertSchema.safeParse({ ...alert("abc"), duplicateChoice: "new", duplicateReason: "x".repeat(501) });
    expect(parsed.success).toBe(false);
  });

  it("two different submits at once about the same learner: one files, the other is shown it", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const results = await Promise.allSettled([fileMentorAlert(mentor, alert(learnerId)), fileMentorAlert(mentor, alert(learnerId))]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect(results.filter((r) => r.status === "rejected").map((r) => (r as PromiseRejectedResult).reason.failure.formError)).toEqual(["duplicate"]);
    expect(await db().supportRequest.count({ where: { learnerId } })).toBe(1);
  });

  it("five concurrent submits of one form still file once", async () => {
    const { mentor, learnerId } = await newMentorAndLearner();
    setClock(T0);
    const input = alert(learnerId);
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => fileMentorAlert(mentor, input)));
    expect(new Set(results.map((r) => r.id)).size).toBe(1);
    expect(await db().supportRequest.count({ where: { learnerId } })).toBe(1);
  });
});

describe("a learner filing the same topic twice", () => {
  it("within 7 days, even resolved: shown; another topic or after 7 days: files as before", async () => {
    const { learner } = await newMentorAndLearner();
    setClock(T0);
    const first = await fileLearnerRequest(learner, ask());
    const { version } = await db().supportRequest.findUniqueOrThrow({ where: { id: first.id } });
    await changeRequestStatus(advisor, { id: first.id, version, status: "RESOLVED" });
    setClock(days(6));
    const before = await counts();
    await expect(fileLearnerRequest(learner, ask())).rejects.toMatchObject({ failure: { formError: "duplicate", values: { id: first.id, status: "RESOLVED", canAdd: "no" } } });
    expect(await counts()).toEqual(before);
    expect((await fileLearnerRequest(learner, ask({ topic: "EXTRA_SESSIONS", sessionCount: "1" }))).added).toBe(false);
    setClock(days(8));
    expect((await fileLearnerRequest(learner, ask())).added).toBe(false);
  });

  it("add to an earlier RQTH request: the detail joins its confidential part and reaches the referent, never the thread", async () => {
    const { learner } = await newMentorAndLearner();
    const referent = await createUser(db(), { role: "DISABILITY_REFERENT" });
    const rqth = (o: Record<string, unknown> = {}) => ask({ topic: "RQTH", subject: "Aménagement", message: "Bonjour", accommodation: "Tiers-temps", ...o });
    setClock(T0);
    const first = await fileLearnerRequest(learner, rqth());
    setClock(days(1));
    const CANARY = "CANARY-ADDED-RQTH-4412";
    const added = await fileLearnerRequest(learner, rqth({ subject: `Objet ${CANARY}`, message: `Message ${CANARY}`, accommodation: `Détail ${CANARY}`, duplicateChoice: "add", duplicateOf: first.id }));
    expect(added).toMatchObject({ id: first.id, added: true });
    const part = await db().requestSensitive.findUniqueOrThrow({ where: { requestId: first.id } });
    const additions = (part.details as { additions?: Record<string, unknown>[] }).additions ?? [];
    expect(additions).toHaveLength(1);
    expect(additions[0]).toMatchObject({ subject: `Objet ${CANARY}`, message: `Message ${CANARY}`, accommodation: `Détail ${CANARY}` });
    // The first filing's content stays where it was.
    expect(part.details).toMatchObject({ accommodation: "Tiers-temps" });
    // Nothing of it in the thread, the request, any email or the audit log; the referent is told.
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: first.id }, include: { events: true } });
    expect(request.hasSensitive).toBe(true);
    expect(JSON.stringify(request)).not.toContain(CANARY);
    expect(request.events.some((e) => e.type === "REPLY" && e.actorId === learner.id)).toBe(true);
    const emails = await db().emailOutbox.findMany({ select: { toAddress: true, subject: true, textBody: true, htmlBody: true, template: true } });
    expect(JSON.stringify(emails)).not.toContain(CANARY);
    expect(emails.filter((e) => e.template === "referent.rqth" && e.toAddress === referent.email)).toHaveLength(2);
    expect(JSON.stringify(await db().auditLog.findMany({ where: { entityId: first.id } }))).not.toContain(CANARY);
    expect(await db().auditLog.count({ where: { action: "request.sensitive.create", entityId: first.id } })).toBe(2);
  });

  it("add: a reply on the earlier request, emailed to the advisor", async () => {
    const { learner } = await newMentorAndLearner();
    setClock(T0);
    const first = await fileLearnerRequest(learner, ask());
    setClock(days(1));
    const added = await fileLearnerRequest(learner, ask({ subject: "Relance", message: "Toujours besoin de l'attestation.", duplicateChoice: "add", duplicateOf: first.id }));
    expect(added).toMatchObject({ id: first.id, added: true, queue: "ADVISOR" });
    expect(await db().supportRequest.count({ where: { authorId: learner.id } })).toBe(1);
    expect(await db().requestEvent.findFirst({ where: { requestId: first.id, type: "REPLY" } })).toMatchObject({ actorId: learner.id, visibility: "PUBLIC", body: "Relance\n\nToujours besoin de l'attestation." });
    expect(await db().emailOutbox.count({ where: { template: "request.requester-reply", toAddress: advisor.email, subject: { contains: `n° ${first.number} ` } } })).toBe(1);
  });

  it("add to a request that is not theirs: shown their own duplicate again, nothing written", async () => {
    const { learner } = await newMentorAndLearner();
    const { learner: someoneElse } = await newMentorAndLearner();
    setClock(T0);
    const theirs = await fileLearnerRequest(someoneElse, ask());
    const mine = await fileLearnerRequest(learner, ask());
    const before = await counts();
    await expect(fileLearnerRequest(learner, ask({ duplicateChoice: "add", duplicateOf: theirs.id }))).rejects.toMatchObject({ failure: { formError: "duplicate", values: { id: mine.id } } });
    expect(await counts()).toEqual(before);
  });

  it("new with a reason files a second request; without one, a field error and nothing written", async () => {
    const { learner } = await newMentorAndLearner();
    setClock(T0);
    await fileLearnerRequest(learner, ask());
    const before = await counts();
    await expect(fileLearnerRequest(learner, ask({ duplicateChoice: "new" }))).rejects.toMatchObject({ failure: { fieldErrors: { duplicateReason: "required" } } });
    expect(await counts()).toEqual(before);
    const filed = await fileLearnerRequest(learner, ask({ duplicateChoice: "new", duplicateReason: "Une autre attestation" }));
    expect(filed.added).toBe(false);
    expect(await db().requestEvent.count({ where: { requestId: filed.id, type: "INTERNAL_NOTE" } })).toBe(1);
  });
});

it("every exported function of duplicates.ts runs inside a filing transaction", async () => {
  await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/duplicates.ts"]), [], ["lockFilings", "alreadyAddedTo", "settleDuplicate"]);
});
