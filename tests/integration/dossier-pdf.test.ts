// The learner's dossier and attendance attestation: who may download them (the learner's
// advisor, the Mentorship Manager, administrators), what they say once parsed back (dates
// right, French accents intact), and that no health or RQTH detail goes into them.
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createRequestEvent, createSession, createUser } from "@/tests/factories";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { getAttendance, getLearnerDossier } from "@/lib/server/data/dossier";
import { attendancePdf, learnerDossierPdf } from "@/lib/server/views/dossier-pdf";
import { periodFromKey } from "@/lib/domain/reports/period";
import { REPORT_ROLES } from "@/lib/domain/reports/figures";
import { pdfPages, pdfTitle } from "./support/pdf-text";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const ids = { learner: "", otherAdvisor: "" };
const NOW = new Date("2026-12-01T10:00:00Z");
const NOVEMBER = periodFromKey("2026-11")!;

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  const other = await createUser(client, { role: "ADVISOR" });
  const mentor = await createUser(client, { role: "MENTOR", firstName: "Benoît", lastName: "Lefèvre" });
  actors.ADVISOR = actorOf(advisor);
  actors.MENTOR = actorOf(mentor);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(client, { role }));
  ids.otherAdvisor = other.id;
  const learner = await createLearner(client, {
    firstName: "Françoise",
    lastName: "Cœur-d’Alène",
    advisorId: advisor.id,
    mentorId: mentor.id,
    startDate: new Date("2026-09-07T00:00:00Z"),
    plannedEndDate: new Date("2027-06-30T00:00:00Z"),
    sensitive: { rqth: true, rqthDetails: "RQTH-MARKER", healthNotes: "HEALTH-MARKER" },
  });
  actors.LEARNER = actorOf(learner.user);
  ids.learner = learner.id;
  // Held on 3 and 17 November (Paris), a no-show on 10 November, one held in October.
  await createSession(client, { learnerId: learner.id, mentorId: mentor.id, scheduledAt: new Date("2026-11-03T09:00:00Z"), status: "HELD", durationMinutes: 45 });
  await createSession(client, { learnerId: learner.id, mentorId: mentor.id, scheduledAt: new Date("2026-11-10T09:00:00Z"), status: "NO_SHOW" });
  await createSession(client, { learnerId: learner.id, mentorId: mentor.id, kind: "DEFENCE", scheduledAt: new Date("2026-11-17T14:30:00Z"), status: "HELD", durationMinutes: 60 });
  await createSession(client, { learnerId: learner.id, mentorId: mentor.id, scheduledAt: new Date("2026-10-27T09:00:00Z"), status: "HELD" });
  // Late on 30 November in UTC is already 1 December in Paris: not in November's attestation.
  await createSession(client, { learnerId: learner.id, mentorId: mentor.id, scheduledAt: new Date("2026-11-30T23:30:00Z"), status: "HELD" });
  const plain = await createRequest(client, { learnerId: learner.id, subject: "Besoin d’un exercice supplémentaire", createdAt: new Date("2026-11-05T10:00:00Z") });
  await createRequestEvent(client, { requestId: plain.id, type: "REPLY", actorId: advisor.id, body: "Voici", createdAt: new Date("2026-11-06T08:15:00Z") });
  await createRequest(client, { learnerId: learner.id, topic: "RQTH", subject: "RQTH-SUBJECT aménagement", sensitive: { details: "HEALTH-DETAIL" }, createdAt: new Date("2026-11-07T10:00:00Z") });
  const followUp = await client.followUpCase.create({ data: { learnerId: learner.id, advisorId: advisor.id, reason: "CHECK_IN", blocker: "BLOCKER-MARKER" } });
  await client.appointment.create({ data: { caseId: followUp.id, learnerId: learner.id, advisorId: advisor.id, kind: "FIRST", status: "HELD", startsAt: new Date("2026-11-12T13:00:00Z"), notes: "NOTE-MARKER santé" } });
  const stakeholder = await client.stakeholder.create({ data: { learnerId: learner.id, kind: "FRANCE_TRAVAIL", organisation: "France Travail Lyon", sharing: ["PROGRESS"] } });
  await client.stakeholderExchange.create({
    data: { stakeholderId: stakeholder.id, learnerId: learner.id, authorId: advisor.id, occurredAt: new Date("2026-11-20T09:00:00Z"), channel: "PHONE", summary: "SUMMARY-MARKER" },
  });
});

describe("dossier authorization matrix", () => {
  const MATRIX: AccessRow[] = [
    { name: "getLearnerDossier", call: (a) => getLearnerDossier(a, ids.learner, NOW), allowed: REPORT_ROLES },
    { name: "getAttendance", call: (a) => getAttendance(a, ids.learner, NOVEMBER), allowed: REPORT_ROLES },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/dossier.ts"]), MATRIX);
  });

  it("another advisor gets not found", async () => {
    const other = { ...actors.ADVISOR, id: ids.otherAdvisor };
    await expect(getLearnerDossier(other, ids.learner, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(attendancePdf(other, ids.learner, NOVEMBER, NOW, "fr")).rejects.toBeInstanceOf(NotFoundError);
  });
});

describe("the dossier PDF, parsed back", () => {
  it.each(["MENTORSHIP_MANAGER", "ADVISOR", "ADMIN"] as const)("as %s: the training and every dated fact, no health or RQTH detail", async (role) => {
    const { bytes, filename } = await learnerDossierPdf(actors[role], ids.learner, NOW, "fr");
    expect(filename).toMatch(/\.pdf$/);
    const text = (await pdfPages(bytes)).join(" ");
    expect(await pdfTitle(bytes)).toBe("Dossier de suivi de l'apprenant·e");
    expect(text).toContain("École du numérique à distance");
    expect(text).toContain("Françoise Cœur-d’Alène");
    expect(text).toContain("Besoin d’un exercice supplémentaire");
    expect(text).toContain("Benoît Lefèvre");
    // Paris dates: 3 November 10:00, the defence on 17 November 15:30, the reply on 6 November 9:15.
    expect(text).toMatch(/3 nov\. 2026,? 10:00/);
    expect(text).toMatch(/17 nov\. 2026,? 15:30/);
    expect(text).toMatch(/6 nov\. 2026,? 09:15/);
    expect(text).toContain("Soutenance");
    expect(text).toContain("France Travail Lyon");
    expect(text).toContain("Détails confidentiels");
    if (role === "ADVISOR") expect(text).toContain("Spécificités RQTH");
    else expect(text).not.toContain("Spécificités RQTH");
    for (const marker of ["RQTH-MARKER", "HEALTH-MARKER", "RQTH-SUBJECT", "HEALTH-DETAIL", "NOTE-MARKER", "BLOCKER-MARKER", "SUMMARY-MARKER"]) expect(text).not.toContain(marker);
  });

  it("is audited", async () => {
    const count = await db().auditLog.count({ where: { learnerId: ids.learner, action: "learner.dossier.export" } });
    expect(count).toBeGreaterThanOrEqual(3);
  });

  it("in English for an English reader", async () => {
    const text = (await pdfPages((await learnerDossierPdf(actors.ADMIN, ids.learner, NOW, "en")).bytes)).join(" ");
    expect(text).toContain("Learner follow-up dossier");
    expect(text).toContain("Project defence");
  });
});

describe("the attendance attestation PDF, parsed back", () => {
  it("lists the sessions held in the month (Paris calendar), their dates and durations, the total and the school", async () => {
    const { bytes, filename } = await attendancePdf(actors.MENTORSHIP_MANAGER, ids.learner, NOVEMBER, NOW, "fr");
    expect(filename).toBe("attestation-2026-11-Cœur-d’Alène-Françoise.pdf");
    const text = (await pdfPages(bytes)).join(" ");
    expect(text).toContain("Attestation d'assiduité");
    expect(text).toContain("novembre 2026");
    expect(text).toContain("École du numérique à distance atteste que Françoise Cœur-d’Alène");
    expect(text).toMatch(/3 nov\. 2026,? 10:00/);
    expect(text).toMatch(/17 nov\. 2026,? 15:30/);
    expect(text).not.toMatch(/10 nov\. 2026/);
    expect(text).not.toMatch(/27 oct\./);
    expect(text).not.toMatch(/1 déc\.|1er déc\./);
    expect(text).toContain("2 sessions tenues, 105 minutes");
    expect(text).toContain("45 min");
    expect(text).toContain("60 min");
  });
});
