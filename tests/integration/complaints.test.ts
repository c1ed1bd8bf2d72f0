// Complaints (issue 16, item 5): filed with the contact form's flag or requalified by staff,
// acknowledged in the same transaction (number, deadline in working days), answered once,
// closed with a corrective action; the register lists them all for the Mentorship Manager
// and administrators only, as a page, a CSV (BOM, ";") and a PDF.
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { createLearner, createRequest, createUser, FILE_ANEW } from "@/tests/factories";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { pdfPages } from "./support/pdf-text";
import { answerComplaint, auditRegisterExport, getComplaint, getRequestComplaint, listComplaints, recordCorrectiveAction, REGISTER_ROLES, requalifyAsComplaint } from "@/lib/server/data/complaints";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { complaintRegisterCsv, complaintRegisterPdf } from "@/lib/server/views/complaint-register";
import { complaintDueAt, DEFAULT_COMPLAINT_WORKING_DAYS } from "@/lib/domain/complaints";
import { CSV_BOM } from "@/lib/domain/csv-export";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const NOW = new Date("2026-11-10T10:00:00Z");
const ids = { learner: "", otherLearner: "", requalified: "", filed: "" };
let learnerActor: Actor;
let otherAdvisor: Actor;

beforeAll(async () => {
  const client = db();
  const advisor = await createUser(client, { role: "ADVISOR" });
  otherAdvisor = actorOf(await createUser(client, { role: "ADVISOR" }));
  actors.ADVISOR = actorOf(advisor);
  for (const role of ["SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT", "MENTOR"] as const) actors[role] = actorOf(await createUser(client, { role }));
  const learner = await createLearner(client, { advisorId: advisor.id });
  const other = await createLearner(client, { advisorId: otherAdvisor.id });
  learnerActor = actorOf(learner.user);
  actors.LEARNER = learnerActor;
  Object.assign(ids, { learner: learner.id, otherLearner: other.id });
  ids.requalified = (await createRequest(client, { learnerId: learner.id, subject: "Session annulée sans prévenir", createdAt: NOW })).id;
});

afterEach(() => {
  delete process.env.COMPLAINT_DEADLINE_WORKING_DAYS;
});

describe("a complaint is opened and acknowledged with its request", () => {
  it("the contact form's flag files a complaint: deadline in working days, acknowledgement with the number and the deadline", async () => {
    const filed = await fileLearnerRequest(learnerActor, { topic: "OTHER", idempotencyKey: crypto.randomUUID(), subject: "Facturation erronée", message: "On m'a facturé deux fois.", attachmentIds: [], complaint: true, ...FILE_ANEW }, NOW);
    ids.filed = filed.id;
    const request = await db().supportRequest.findUniqueOrThrow({ where: { id: filed.id }, select: { createdAt: true, number: true, complaint: true } });
    expect(request.complaint).toMatchObject({ receivedAt: request.createdAt, acknowledgedAt: NOW, status: "OPEN", requalifiedReason: null });
    expect(request.complaint!.dueAt).toEqual(complaintDueAt(request.createdAt, DEFAULT_COMPLAINT_WORKING_DAYS));
    const ack = await db().emailOutbox.findFirstOrThrow({ where: { template: "complaint.acknowledgement", toAddress: learnerActor.email } });
    expect(ack.subject).toContain(String(request.number));
    expect(ack.textBody).toContain("9 déc. 2026, 11:00"); // 20 working days after Tuesday 10 November 11:00 (11 November off)
  });

  it("the flag on a message added to an earlier request makes that request a complaint, received then; once only", async () => {
    const client = db();
    const advisor = await createUser(client, { role: "ADVISOR" });
    const learner = actorOf((await createLearner(client, { advisorId: advisor.id })).user);
    const first = await fileLearnerRequest(learner, { topic: "OTHER", idempotencyKey: crypto.randomUUID(), subject: "Attestation", message: "Il me faut une attestation.", attachmentIds: [], ...FILE_ANEW }, NOW);
    const later = new Date(NOW.getTime() + 2 * 60 * 60 * 1000);
    const addition = { topic: "OTHER" as const, subject: "Toujours rien", message: "Je n'ai toujours rien reçu : je fais une réclamation.", attachmentIds: [] as string[], complaint: true, duplicateChoice: "add" as const, duplicateOf: first.id };
    const added = await fileLearnerRequest(learner, { ...addition, idempotencyKey: crypto.randomUUID() }, later);
    expect(added).toMatchObject({ id: first.id, added: true });
    const complaint = await client.complaint.findUniqueOrThrow({ where: { requestId: first.id } });
    expect(complaint).toMatchObject({ receivedAt: later, acknowledgedAt: later, status: "OPEN" });
    expect(complaint.dueAt).toEqual(complaintDueAt(later, DEFAULT_COMPLAINT_WORKING_DAYS));
    expect(await client.emailOutbox.count({ where: { template: "complaint.acknowledgement", toAddress: learner.email } })).toBe(1);
    // A second flagged addition joins the same complaint.
    await fileLearnerRequest(learner, { ...addition, idempotencyKey: crypto.randomUUID() }, new Date(later.getTime() + 60_000));
    expect(await client.complaint.count({ where: { requestId: first.id } })).toBe(1);
    await client.complaint.delete({ where: { id: complaint.id } });
  });

  it("a request filed without the flag is no complaint", async () => {
    const filed = await fileLearnerRequest(learnerActor, { topic: "OTHER", idempotencyKey: crypto.randomUUID(), subject: "Question", message: "Une question.", attachmentIds: [], ...FILE_ANEW }, NOW);
    expect(await db().complaint.count({ where: { requestId: filed.id } })).toBe(0);
  });

  it("staff requalify a request with a reason (internal note, audit, acknowledgement); twice is refused; out of scope is not found", async () => {
    process.env.COMPLAINT_DEADLINE_WORKING_DAYS = "5";
    await expect(requalifyAsComplaint(otherAdvisor, { id: ids.requalified, reason: "Mécontentement" }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    const { id } = await requalifyAsComplaint(actors.ADVISOR, { id: ids.requalified, reason: "L'apprenant se plaint d'une session annulée" }, NOW);
    const complaint = await db().complaint.findUniqueOrThrow({ where: { id } });
    expect(complaint).toMatchObject({ requalifiedReason: "L'apprenant se plaint d'une session annulée", requalifiedById: actors.ADVISOR.id, acknowledgedAt: NOW });
    expect(complaint.dueAt).toEqual(complaintDueAt(complaint.receivedAt, 5));
    expect(await db().requestEvent.count({ where: { requestId: ids.requalified, type: "INTERNAL_NOTE" } })).toBe(1);
    expect(await db().auditLog.count({ where: { action: "complaint.requalified", entityId: ids.requalified } })).toBe(1);
    await expect(requalifyAsComplaint(actors.SUPPORT, { id: ids.requalified, reason: "Encore" }, NOW)).rejects.toMatchObject({ failure: { formError: "alreadyComplaint" } });
    expect(await getRequestComplaint(actors.SUPPORT, ids.requalified)).toMatchObject({ id, status: "OPEN" });
  });
});

describe("answered once, then closed with its corrective action", () => {
  it("the answer is a public reply emailed to the author; a second answer is refused", async () => {
    const { id } = (await db().complaint.findUniqueOrThrow({ where: { requestId: ids.filed } })) as { id: string };
    const at = new Date("2026-11-12T10:00:00Z");
    await answerComplaint(actors.MENTORSHIP_MANAGER, { id, answer: "Le double prélèvement est remboursé." }, at);
    expect(await db().complaint.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "ANSWERED", answeredAt: at, answeredById: actors.MENTORSHIP_MANAGER.id });
    expect(await db().requestEvent.findFirst({ where: { requestId: ids.filed, type: "REPLY" } })).toMatchObject({ visibility: "PUBLIC", body: "Le double prélèvement est remboursé." });
    expect(await db().emailOutbox.count({ where: { template: "request.reply", toAddress: learnerActor.email } })).toBe(1);
    await expect(answerComplaint(actors.ADMIN, { id, answer: "Autre" }, at)).rejects.toMatchObject({ failure: { formError: "alreadyAnswered" } });
    await recordCorrectiveAction(actors.ADMIN, { id, correctiveAction: "Contrôle des prélèvements en double chaque mois", correctiveDoneOn: "" });
    expect((await db().complaint.findUniqueOrThrow({ where: { id } })).status).toBe("ANSWERED");
    await recordCorrectiveAction(actors.ADMIN, { id, correctiveAction: "Contrôle des prélèvements en double chaque mois", correctiveDoneOn: "2026-11-20" });
    expect(await db().complaint.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "CLOSED", correctiveDoneAt: new Date("2026-11-20T00:00:00Z") });
  });
});

describe("the register", () => {
  const at = new Date("2026-12-01T10:00:00Z"); // the requalified complaint (5 working days) is overdue by then

  it("lists every complaint with its late flag; the CSV has the same rows (BOM, ';'); the PDF reads back", async () => {
    const lines = await listComplaints(actors.MENTORSHIP_MANAGER);
    expect(lines.map((l) => l.request.id).sort()).toEqual([ids.filed, ids.requalified].sort());
    const csv = await complaintRegisterCsv(actors.MENTORSHIP_MANAGER, at, "fr");
    expect(csv.text.startsWith(CSV_BOM)).toBe(true);
    const rows = csv.text.slice(1).trimEnd().split("\r\n");
    expect(rows[0].split(";")).toContain("En retard");
    expect(rows).toHaveLength(lines.length + 1);
    const requalifiedRow = rows.find((r) => r.includes("Session annulée sans prévenir"))!;
    expect(requalifiedRow).toContain("Requalifiée");
    expect(requalifiedRow).toContain("Oui (sans réponse)");
    expect(rows.find((r) => r.includes("Facturation erronée"))).toContain("Contrôle des prélèvements en double chaque mois");
    const pdf = await complaintRegisterPdf(actors.ADMIN, at, "fr");
    const text = (await pdfPages(pdf.bytes)).join(" ");
    expect(text).toContain("Registre des réclamations");
    expect(text).toContain("Facturation erronée");
    expect(await db().auditLog.count({ where: { action: "complaint.register.export" } })).toBe(2);
  });

  it("the register's downloads are not found for anyone but the Mentorship Manager and administrators", async () => {
    for (const role of ["LEARNER", "MENTOR", "ADVISOR", "SUPPORT", "DISABILITY_REFERENT"] as const) {
      await expect(complaintRegisterCsv(actors[role], at, "fr")).rejects.toBeInstanceOf(NotFoundError);
      await expect(complaintRegisterPdf(actors[role], at, "fr")).rejects.toBeInstanceOf(NotFoundError);
    }
  });

  it("an RQTH request's subject stays its confidential envelope in the register", async () => {
    const rqth = await createRequest(db(), { learnerId: ids.otherLearner, topic: "RQTH", subject: "Aménagement d'examen", createdAt: NOW });
    await requalifyAsComplaint(actors.SUPPORT, { id: rqth.id, reason: "Réclamation" }, NOW);
    const line = (await listComplaints(actors.ADMIN)).find((l) => l.request.id === rqth.id)!;
    expect(line.request.confidential).toBe(true);
    const csv = await complaintRegisterCsv(actors.ADMIN, at, "fr");
    expect(csv.text).not.toContain("Aménagement d'examen");
    expect(csv.text).toContain("Objet confidentiel");
  });
});

describe("complaints authorization matrix", () => {
  const any = () => db().complaint.findFirstOrThrow().then((c) => c.id);
  const MATRIX: AccessRow[] = [
    { name: "listComplaints", call: (a) => listComplaints(a), allowed: REGISTER_ROLES },
    { name: "getComplaint", call: async (a) => getComplaint(a, await any()), allowed: REGISTER_ROLES },
    { name: "answerComplaint", call: async (a) => answerComplaint(a, { id: await any(), answer: "Réponse" }, NOW), allowed: REGISTER_ROLES },
    { name: "recordCorrectiveAction", call: async (a) => recordCorrectiveAction(a, { id: await any(), correctiveAction: "Action", correctiveDoneOn: "" }), allowed: REGISTER_ROLES },
    { name: "auditRegisterExport", call: (a) => auditRegisterExport(a, "csv", 0), allowed: REGISTER_ROLES },
    { name: "requalifyAsComplaint", call: (a) => requalifyAsComplaint(a, { id: ids.requalified, reason: "Motif" }, NOW), allowed: ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] },
    { name: "getRequestComplaint", call: (a) => getRequestComplaint(a, ids.requalified), allowed: ["SUPPORT", "MENTORSHIP_MANAGER", "ADVISOR"] },
  ];
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/complaints.ts"]), MATRIX, ["openComplaintInTx"]);
  });
});
