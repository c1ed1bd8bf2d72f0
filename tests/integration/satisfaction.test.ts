// Satisfaction surveys (issue 16, item 4): the invitation and its email are written in the
// transaction that resolves a request or closes a case; the link works once, until it
// expires (the clock is passed in, never waited for); the figure, its drill-down and its
// CSV read the same records; an advisor sees their own caseload's answers only.
import { beforeAll, describe, expect, it } from "vitest";
import type { RequestStatus, Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOf, expectEveryExportCovered } from "./support/access";
import { answerSurvey, inspectSurvey } from "@/lib/server/data/satisfaction";
import { changeRequestStatus } from "@/lib/server/data/triage";
import { closeCase } from "@/lib/server/data/follow-up-cases";
import { getFigure, listAllFigureRecords, listFigureRecords } from "@/lib/server/data/reports";
import { figureCsvFile } from "@/lib/server/views/report-csv";
import { SURVEY_TTL_DAYS } from "@/lib/domain/satisfaction";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const NOW = new Date("2026-11-10T10:00:00Z");
const NOVEMBER = { period: "2026-11" } as const;
const ids = { l1: "", l3: "", mentor: "" };
const hour = (n: number) => new Date(NOW.getTime() + n * 3_600_000);

/** The raw token of the last survey email sent to `to` (the only place it exists). */
async function lastSurveyToken(to: string): Promise<string> {
  const email = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: to, template: "survey.invitation" }, orderBy: { createdAt: "desc" } });
  const match = /\/survey\/([A-Za-z0-9_-]+)/.exec(email.textBody);
  expect(match).not.toBeNull();
  return match![1];
}

async function resolveAs(actor: Actor, requestId: string, at: Date, status: RequestStatus = "RESOLVED") {
  const { version } = await db().supportRequest.findUniqueOrThrow({ where: { id: requestId }, select: { version: true } });
  await changeRequestStatus(actor, { id: requestId, version, status }, at);
}

let l1Email = "";
let secondAdvisor: Actor;

beforeAll(async () => {
  const client = db();
  const advisorA = await createUser(client, { role: "ADVISOR" });
  const advisorB = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR" });
  actors.ADVISOR = actorOf(advisorA);
  secondAdvisor = actorOf(advisorB);
  for (const role of ["MENTORSHIP_MANAGER", "ADMIN"] as const) actors[role] = actorOf(await createUser(client, { role }));
  const l1 = await createLearner(client, { advisorId: advisorA.id, mentorId: mentor.id });
  const l3 = await createLearner(client, { advisorId: advisorB.id, mentorId: mentor.id });
  Object.assign(ids, { l1: l1.id, l3: l3.id, mentor: mentor.id });
  l1Email = l1.user.email;
});

describe("the invitation moves with the request's resolution", () => {
  it("resolving a request invites its requester once, by email; only the token's hash is stored", async () => {
    const request = await createRequest(db(), { learnerId: ids.l1, createdAt: hour(-48) });
    await resolveAs(actors.ADVISOR, request.id, NOW);
    const invitation = await db().surveyInvitation.findUniqueOrThrow({ where: { requestId: request.id } });
    expect(invitation).toMatchObject({ recipientId: ids.l1, learnerId: ids.l1, answeredAt: null, createdAt: NOW });
    expect(invitation.expiresAt.getTime() - NOW.getTime()).toBe(SURVEY_TTL_DAYS * 86_400_000);
    const token = await lastSurveyToken(l1Email);
    expect(invitation.tokenHash).not.toContain(token);
    expect(JSON.stringify(invitation)).not.toContain(token);
    expect(await inspectSurvey(token, hour(1))).toEqual({ state: "open", about: { kind: "request", number: request.number } });

    // Reopened and resolved again: not asked twice.
    await resolveAs(actors.ADVISOR, request.id, hour(1), "IN_PROGRESS");
    await resolveAs(actors.ADVISOR, request.id, hour(2), "CLOSED");
    expect(await db().surveyInvitation.count({ where: { requestId: request.id } })).toBe(1);
  });

  it("a refused resolution (stale version) writes neither the invitation nor its email", async () => {
    const request = await createRequest(db(), { learnerId: ids.l1, createdAt: hour(-48) });
    const emails = await db().emailOutbox.count();
    await expect(changeRequestStatus(actors.ADVISOR, { id: request.id, version: request.version + 5, status: "RESOLVED" }, NOW)).rejects.toBeTruthy();
    expect(await db().surveyInvitation.count({ where: { requestId: request.id } })).toBe(0);
    expect(await db().emailOutbox.count()).toBe(emails);
  });

  it("a mentor's alert asks the mentor; a closed case asks its learner, and not again for their own source request", async () => {
    const alert = await createRequest(db(), { learnerId: ids.l1, authorId: ids.mentor, createdAt: hour(-48) });
    await resolveAs(actors.MENTORSHIP_MANAGER, alert.id, NOW);
    expect((await db().surveyInvitation.findUniqueOrThrow({ where: { requestId: alert.id } })).recipientId).toBe(ids.mentor);

    const own = await createRequest(db(), { learnerId: ids.l1, createdAt: hour(-48), status: "IN_PROGRESS" });
    const followUp = await db().followUpCase.create({ data: { learnerId: ids.l1, advisorId: actors.ADVISOR.id, reason: "CHECK_IN", sourceRequestId: own.id, openedAt: hour(-24) } });
    await closeCase(actors.ADVISOR, { caseId: followUp.id, outcome: "BLOCKER_SOLVED", nextStep: "Continuer", sharedOutcome: "" }, NOW);
    expect((await db().surveyInvitation.findUniqueOrThrow({ where: { caseId: followUp.id } })).recipientId).toBe(ids.l1);
    expect(await db().supportRequest.findUniqueOrThrow({ where: { id: own.id }, select: { status: true } })).toEqual({ status: "RESOLVED" });
    expect(await db().surveyInvitation.count({ where: { requestId: own.id } })).toBe(0);
  });
});

describe("the link works once, until it expires", () => {
  it("answered once; the same link again is refused as used, and the first answer stays", async () => {
    const request = await createRequest(db(), { learnerId: ids.l1, createdAt: hour(-48) });
    await resolveAs(actors.ADVISOR, request.id, NOW);
    const token = await lastSurveyToken(l1Email);
    expect(await answerSurvey({ token, rating: "4", comment: "Réponse rapide et claire" }, hour(3))).toBe("ok");
    expect(await answerSurvey({ token, rating: "1", comment: "Second essai" }, hour(4))).toBe("answered");
    expect(await inspectSurvey(token, hour(5))).toEqual({ state: "answered" });
    expect(await db().surveyInvitation.findUniqueOrThrow({ where: { requestId: request.id } })).toMatchObject({ rating: 4, comment: "Réponse rapide et claire", answeredAt: hour(3) });
  });

  it("expired: refused with its own answer, nothing written; an unknown or malformed token is invalid", async () => {
    const request = await createRequest(db(), { learnerId: ids.l1, createdAt: hour(-48) });
    await resolveAs(actors.ADVISOR, request.id, NOW);
    const token = await lastSurveyToken(l1Email);
    const after = new Date(NOW.getTime() + (SURVEY_TTL_DAYS * 24 + 1) * 3_600_000);
    expect(await inspectSurvey(token, after)).toEqual({ state: "expired" });
    expect(await answerSurvey({ token, rating: "5" }, after)).toBe("expired");
    expect((await db().surveyInvitation.findUniqueOrThrow({ where: { requestId: request.id } })).answeredAt).toBeNull();
    expect(await answerSurvey({ token: "A".repeat(43), rating: "5" }, NOW)).toBe("invalid");
    expect(await inspectSurvey("../../etc", NOW)).toEqual({ state: "invalid" });
  });
});

describe("in the reports", () => {
  const at = new Date("2026-12-20T10:00:00Z"); // every November link has expired by then

  it("the figure: mean, response rate and distribution; its drill-down and CSV list the same records, comments included", async () => {
    // Advisor B's learner answers too: in the school's figure, not in advisor A's.
    const other = await createRequest(db(), { learnerId: ids.l3, createdAt: hour(-48) });
    await resolveAs(actors.MENTORSHIP_MANAGER, other.id, NOW);
    const l3Email = (await db().user.findUniqueOrThrow({ where: { id: ids.l3 } })).email;
    expect(await answerSurvey({ token: await lastSurveyToken(l3Email), rating: "2" }, hour(6))).toBe("ok");

    const rows = await getFigure(actors.MENTORSHIP_MANAGER, "satisfaction", NOVEMBER, at);
    const invitations = await db().surveyInvitation.findMany({ where: { createdAt: { gte: new Date("2026-10-31T23:00:00Z"), lt: new Date("2026-11-30T23:00:00Z") } } });
    const answered = invitations.filter((i) => i.rating !== null);
    const total = rows.find((r) => r.isTotal)!;
    expect(total).toMatchObject({ total: invitations.length, judged: invitations.length, hits: answered.length });
    expect(total.mean).toBeCloseTo(answered.reduce((a, i) => a + i.rating!, 0) / answered.length);
    expect(rows.find((r) => r.grp === "RATING_4")?.total).toBe(answered.filter((i) => i.rating === 4).length);
    expect(rows.find((r) => r.grp === "NO_ANSWER")?.total).toBe(invitations.length - answered.length);

    const page = await listFigureRecords(actors.MENTORSHIP_MANAGER, "satisfaction", NOVEMBER, at);
    expect(page.total).toBe(total.total);
    expect(page.rows.map((r) => r.id).sort()).toEqual(invitations.map((i) => i.id).sort());
    expect(page.rows.find((r) => r.value === 4)?.comment).toBe("Réponse rapide et claire");
    const group = await listFigureRecords(actors.MENTORSHIP_MANAGER, "satisfaction", { ...NOVEMBER, group: "RATING_2" }, at);
    expect(group.rows.map((r) => r.learner_id)).toEqual([ids.l3]);

    const csv = await figureCsvFile(actors.MENTORSHIP_MANAGER, "satisfaction", NOVEMBER, at, "fr");
    expect(csv.count).toBe(total.total);
    expect(csv.text).toContain("Réponse rapide et claire");
  });

  it("an advisor sees their own caseload's surveys and comments only", async () => {
    const { rows } = await listAllFigureRecords(actors.ADVISOR, "satisfaction", { ...NOVEMBER, advisor: secondAdvisor.id }, at);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.learner_id === ids.l1)).toBe(true);
    const theirs = await listAllFigureRecords(secondAdvisor, "satisfaction", NOVEMBER, at);
    expect(theirs.rows.map((r) => r.learner_id)).toEqual([ids.l3]);
  });

  it("the survey functions take no actor: the token is the credential", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/satisfaction.ts"]), [], ["inviteToSurveyInTx", "inspectSurvey", "answerSurvey"]);
  });
});
