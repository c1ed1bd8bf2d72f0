// Consent withdrawal, the retention job, the plan-review reminder and the learner's export.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { addDays, createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { actorOf } from "./support/access";
import { giveConsent, withdrawConsent } from "@/lib/server/data/consents";
import { logPartnerExchange, openReferral, saveAccommodationPlan } from "@/lib/server/data/accommodation-plans";
import { saveConfidentialProfile } from "@/lib/server/data/referent";
import { applyRetention } from "@/lib/server/data/jobs/retention";
import { sendPlanReviewReminders } from "@/lib/server/jobs/plan-reviews";
import { runDueJobs } from "@/lib/server/jobs/scheduler";
import { JOBS } from "@/lib/server/jobs/registry";
import { EXPORT_SECTIONS, exportLearnerData } from "@/lib/server/data/learner-export";
import { renderLearnerExportPdf } from "@/lib/server/pdf/learner-export";
import { Refusal } from "@/lib/server/errors";
import { eraseLearner, previewErasure } from "@/lib/server/data/erasure";
import { liftLegalHold, setLegalHold } from "@/lib/server/data/legal-holds";
import { ERASURE_KEYS } from "@/lib/domain/retention";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const NOW = new Date("2026-12-02T09:00:00Z");
const plan = (learnerId: string, reviewDate = "2099-01-10") => ({ learnerId, reviewDate, mentor: "", examiner: "Tiers-temps aux soutenances : +30 %", school: "" });

async function learnerWithPlan(overrides: { plannedEndDate?: Date } = {}) {
  const learner = await createLearner(db(), { advisorId: actors.ADVISOR.id, mentorId: actors.MENTOR.id, ...overrides });
  const me = actorOf(learner.user);
  await giveConsent(me, { purpose: "ACCOMMODATIONS", partner: "", agree: true }, NOW);
  await giveConsent(me, { purpose: "PARTNER_SHARING", partner: "AGEFIPH", agree: true }, NOW);
  await saveConfidentialProfile(actors.DISABILITY_REFERENT, { learnerId: learner.id, rqth: "yes", rqthDetails: "Reconnaissance 2025", healthNotes: "" });
  await saveAccommodationPlan(actors.DISABILITY_REFERENT, plan(learner.id), NOW);
  await openReferral(actors.DISABILITY_REFERENT, { learnerId: learner.id, partner: "AGEFIPH", contactName: "M. Roy" });
  const referral = await db().partnerReferral.findFirstOrThrow({ where: { learnerId: learner.id } });
  await logPartnerExchange(actors.DISABILITY_REFERENT, { referralId: referral.id, occurredOn: "2026-11-30", summary: "Premier appel" });
  return { learner, me, referral };
}

beforeAll(async () => {
  for (const role of ["ADVISOR", "MENTOR", "DISABILITY_REFERENT", "ADMIN"] as const) actors[role] = actorOf(await createUser(db(), { role }));
});

describe("consent withdrawal", () => {
  it("withdrawing the partner consent stops sharing at once and erases its log", async () => {
    const { me, referral } = await learnerWithPlan();
    const consent = await db().consentRecord.findFirstOrThrow({ where: { learnerId: me.id, purpose: "PARTNER_SHARING" } });
    await withdrawConsent(me, consent.id, NOW);
    const refused = await logPartnerExchange(actors.DISABILITY_REFERENT, { referralId: referral.id, occurredOn: "2026-12-01", summary: "Deuxième appel" }).catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(Refusal);
    expect((refused as Refusal).failure.formError).toBe("noPartnerConsent");
    expect(await db().partnerExchange.count({ where: { referralId: referral.id } })).toBe(0);
    expect((await db().partnerReferral.findUniqueOrThrow({ where: { id: referral.id } })).stoppedAt).not.toBeNull();
  });

  it("withdrawing the accommodations consent erases the confidential profile and the plan; nothing new is stored", async () => {
    const { me, learner } = await learnerWithPlan();
    const consent = await db().consentRecord.findFirstOrThrow({ where: { learnerId: me.id, purpose: "ACCOMMODATIONS" } });
    await withdrawConsent(me, consent.id, NOW);
    expect(await db().learnerSensitive.count({ where: { learnerId: learner.id } })).toBe(0);
    expect(await db().accommodationPlan.count({ where: { learnerId: learner.id } })).toBe(0);
    await expect(saveAccommodationPlan(actors.DISABILITY_REFERENT, plan(learner.id), NOW)).rejects.toBeInstanceOf(Refusal);
    expect(await db().retentionRun.count({ where: { trigger: "consent-withdrawal" } })).toBeGreaterThan(0);
  });
});

describe("the retention job", () => {
  it("erases exactly what is due (clock moved), and a second run changes nothing", async () => {
    const ended = await learnerWithPlan({ plannedEndDate: addDays(NOW, -120) });
    const recent = await learnerWithPlan({ plannedEndDate: addDays(NOW, -30) });
    const held = await learnerWithPlan({ plannedEndDate: addDays(NOW, -200) });
    await db().legalHold.create({ data: { learnerId: held.learner.id, reason: "Contentieux", endsOn: addDays(NOW, 30) } });
    // A hold that ended yesterday protects nothing any more.
    const released = await learnerWithPlan({ plannedEndDate: addDays(NOW, -200) });
    await db().legalHold.create({ data: { learnerId: released.learner.id, reason: "Contrôle clos", endsOn: addDays(NOW, -1) } });
    const sent = await db().emailOutbox.create({ data: { toAddress: "a@example.org", subject: "s", textBody: "t", htmlBody: "h", template: "x", status: "SENT", createdAt: addDays(NOW, -100) } });

    const first = await applyRetention(NOW);
    expect(first["CONFIDENTIAL_DETAILS:erase"]).toBeGreaterThanOrEqual(2);
    expect(await db().learnerSensitive.count({ where: { learnerId: ended.learner.id } })).toBe(0);
    expect(await db().accommodationPlan.count({ where: { learnerId: ended.learner.id } })).toBe(0);
    expect(await db().learnerSensitive.count({ where: { learnerId: recent.learner.id } })).toBe(1);
    expect(await db().learnerSensitive.count({ where: { learnerId: held.learner.id } })).toBe(1);
    expect(await db().learnerSensitive.count({ where: { learnerId: released.learner.id } })).toBe(0);
    expect(await db().emailOutbox.count({ where: { id: sent.id } })).toBe(0);
    const runs = await db().retentionRun.findMany({ where: { trigger: "job" }, select: { dataClass: true, count: true } });
    expect(runs.length).toBeGreaterThan(0);

    const second = await applyRetention(NOW);
    expect(Object.values(second).every((n) => n === 0)).toBe(true);
    expect(await db().retentionRun.count({ where: { trigger: "job" } })).toBe(runs.length);

    // Moving the clock past the recent learner's period erases theirs too.
    await applyRetention(addDays(NOW, 90));
    expect(await db().learnerSensitive.count({ where: { learnerId: recent.learner.id } })).toBe(0);
  });

  it("runs once across workers in a period", async () => {
    const jobs = JOBS.filter((j) => j.name === "retention");
    const at = addDays(NOW, 400);
    const reports = await Promise.all([runDueJobs(jobs, at, () => {}), runDueJobs(jobs, at, () => {}), runDueJobs(jobs, at, () => {})]);
    expect(reports.flatMap((r) => r.ran)).toEqual(["retention"]);
  });
});

describe("the plan-review reminder", () => {
  it("tells the referent once before the review date", async () => {
    const { learner } = await learnerWithPlan();
    await saveAccommodationPlan(actors.DISABILITY_REFERENT, plan(learner.id, "2026-12-10"), NOW);
    const before = await db().emailOutbox.count({ where: { template: "referent.planReview" } });
    await sendPlanReviewReminders(NOW);
    await sendPlanReviewReminders(NOW);
    const after = await db().emailOutbox.findMany({ where: { template: "referent.planReview" }, select: { textBody: true } });
    expect(after.length - before).toBeGreaterThanOrEqual(1);
    expect(after.map((e) => e.textBody).join()).not.toContain("Reconnaissance 2025");
    expect((await db().accommodationPlan.findUniqueOrThrow({ where: { learnerId: learner.id } })).reviewRemindedAt).not.toBeNull();
  });
});

describe("the learner's export", () => {
  it("holds every class of the learner's data, as JSON and as a readable PDF", async () => {
    const { me } = await learnerWithPlan();
    const data = await exportLearnerData(me, me.id, NOW);
    for (const section of EXPORT_SECTIONS) expect(data, section).toHaveProperty(section);
    expect(data.confidential?.rqthDetails).toBe("Reconnaissance 2025");
    expect(data.accommodations?.items.map((a) => a.text)).toEqual(["Tiers-temps aux soutenances : +30 %"]);
    expect(data.referrals.map((r) => r.partner)).toEqual(["AGEFIPH"]);
    expect(data.consents).toHaveLength(2);
    expect(data.milestones.length).toBeGreaterThan(0);

    const pdf = await renderLearnerExportPdf(data, "fr");
    // pdfjs-dist 6 calls Promise.withResolvers (Node 22); Node 20 lacks it.
    const P = Promise as unknown as { withResolvers?: () => unknown };
    P.withResolvers ??= () => {
      let resolve: unknown, reject: unknown;
      const promise = new Promise((res, rej) => ((resolve = res), (reject = rej)));
      return { promise, resolve, reject };
    };
    const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
    const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise;
    let text = "";
    for (let i = 1; i <= doc.numPages; i += 1) {
      const content = await (await doc.getPage(i)).getTextContent();
      text += content.items.map((item) => ("str" in item ? item.str : "")).join(" ");
    }
    expect(text).toContain(me.lastName);
    expect(text).toContain("Aménagements");
    expect(text).toContain("Tiers-temps aux soutenances");
  });
});

describe("erasure on request (art. 17)", () => {
  let CANARY = "";
  const c = (field: string) => `${CANARY}-${field}`;

  /** A learner with a canary (its own, `CANARY`) in every free-text field the portal holds about them. */
  async function learnerWithEverything(canary: string, phone: string) {
    CANARY = canary;
    const { learner, me } = await learnerWithPlan();
    const client = db();
    await client.user.update({ where: { id: learner.id }, data: { lastName: c("lastName"), phone } });
    await client.learnerSensitive.update({ where: { learnerId: learner.id }, data: { rqthDetails: c("rqthDetails"), healthNotes: c("healthNotes"), accommodations: c("accommodations") } });
    const request = await client.supportRequest.create({
      data: { authorId: learner.id, learnerId: learner.id, topic: "RQTH", side: "LEARNER", queue: "ADVISOR", subject: c("subject"), message: c("message"), details: { note: c("details") }, hasSensitive: true, idempotencyKey: randomUUID(), sensitive: { create: { details: { accommodation: c("sensitive") } } } },
    });
    const alert = await client.supportRequest.create({
      data: { authorId: actors.MENTOR.id, learnerId: learner.id, topic: "DISENGAGEMENT_RISK", side: "MENTOR", queue: "TRIAGE", subject: c("alertSubject"), message: c("alertMessage"), idempotencyKey: randomUUID() },
    });
    const event = await client.requestEvent.create({ data: { requestId: request.id, actorId: actors.ADVISOR.id, type: "REPLY", visibility: "PUBLIC", body: c("reply") } });
    await client.requestEvent.create({ data: { requestId: alert.id, actorId: actors.ADVISOR.id, type: "INTERNAL_NOTE", visibility: "INTERNAL", body: c("internalNote") } });
    const inbound = await client.inboundEmail.create({ data: { messageKey: `<${randomUUID()}@mail.example.org>`, status: "PLACED", fromAddress: learner.user.email, subject: c("inboundSubject"), body: c("inboundBody"), requestId: request.id, eventId: event.id, sizeBytes: 10, receivedAt: NOW } });
    const bytes = Buffer.from(c("attachmentBytes"));
    await client.attachment.create({ data: { filename: `${c("file")}.pdf`, contentType: "application/pdf", sizeBytes: bytes.length, sha256: "x", content: bytes, uploadedById: learner.id, requestId: request.id, inboundEmailId: inbound.id } });
    await client.attachment.create({ data: { filename: `${c("pending")}.pdf`, contentType: "application/pdf", sizeBytes: bytes.length, sha256: "y", content: bytes, uploadedById: learner.id } });
    const session = await client.mentoringSession.create({ data: { learnerId: learner.id, mentorId: actors.MENTOR.id, scheduledAt: addDays(NOW, -3), status: "HELD", privateNote: c("privateNote"), learnerNote: c("learnerNote") } });
    await client.sessionRevision.create({ data: { sessionId: session.id, editedById: actors.MENTOR.id, before: { privateNote: c("revision") } } });
    const followUp = await client.followUpCase.create({ data: { learnerId: learner.id, advisorId: actors.ADVISOR.id, reason: "CHECK_IN", blocker: c("blocker"), nextStep: c("nextStep"), sharedOutcome: c("sharedOutcome") } });
    const caller = await createUser(client, { role: "ADVISOR" });
    await client.appointment.create({ data: { caseId: followUp.id, learnerId: learner.id, advisorId: caller.id, kind: "FIRST", startsAt: addDays(NOW, -2), notes: c("appointmentNotes"), topic: c("appointmentTopic"), cancelReason: c("cancelReason") } });
    await client.learnerBreak.create({ data: { learnerId: learner.id, startDate: addDays(NOW, 10), endDate: addDays(NOW, 20), reasonKind: "ILLNESS", reasonDetails: c("reasonDetails"), decisionNote: c("decisionNote") } });
    await client.learnerSignal.create({ data: { learnerId: learner.id, advisorId: actors.ADVISOR.id, kind: "COMMITMENT_NOT_KEPT", isoWeek: "2026-W40", resolutionNote: c("resolutionNote") } });
    await client.assignmentHistory.create({ data: { learnerId: learner.id, kind: "ADVISOR", staffId: actors.ADVISOR.id, reason: c("assignmentReason") } });
    const stakeholder = await client.stakeholder.create({ data: { learnerId: learner.id, kind: "EMPLOYER", organisation: c("organisation"), personName: c("personName"), email: "boss@example.org" } });
    await client.stakeholderExchange.create({ data: { stakeholderId: stakeholder.id, learnerId: learner.id, authorId: actors.ADVISOR.id, occurredAt: NOW, channel: "PHONE", summary: c("exchange") } });
    await client.emailOutbox.create({ data: { toAddress: learner.user.email, subject: c("emailSubject"), textBody: c("emailText"), htmlBody: c("emailHtml"), template: "request.created" } });
    await client.notification.create({ data: { userId: learner.id, kind: "REPLY", requestId: request.id, createdAt: NOW } });
    await client.auditLog.create({ data: { actorId: actors.ADMIN.id, action: "user.updated", entityType: "User", entityId: learner.id, learnerId: learner.id, before: { lastName: c("auditBefore") }, after: { email: `${c("auditAfter")}@example.org`, role: "LEARNER" } } });
    await client.passwordResetRequest.create({ data: { email: learner.user.email, clientIp: "127.0.0.1" } });
    return { learner, me };
  }

  /** Every row of every table, as text (bytes as hex): what is left anywhere in the database. */
  async function everything(): Promise<string> {
    const tables = await db().$queryRaw<{ name: string }[]>`SELECT tablename::text AS name FROM pg_tables WHERE schemaname = 'public' AND tablename <> '_prisma_migrations' AND tablename <> 'SchoolCalendarDay'`;
    const rows = await Promise.all(tables.map((t) => db().$queryRawUnsafe<{ row: string }[]>(`SELECT row_to_json(t)::text AS row FROM "${t.name}" t`)));
    return rows.flat().map((r) => r.row).join("\n");
  }

  it("the preview counts what goes and what stays, per line of the schedule's table, with the legal reason", async () => {
    const { learner } = await learnerWithEverything("CANARY-PREVIEW-5521", "+33612345601");
    const preview = await previewErasure(actors.ADMIN, learner.id, NOW);
    expect([...preview.goes, ...preview.stays].map((l) => l.key).sort()).toEqual([...ERASURE_KEYS].sort());
    for (const line of preview.goes) expect(line.count, line.key).toBeGreaterThan(0);
    expect(preview.stays.every((l) => l.reason !== null && l.dataClass !== null)).toBe(true);
    expect(JSON.stringify(preview)).not.toContain(`${CANARY}-subject`);
  });

  it("a canary in each free-text field is gone after the erasure; what stays is anonymised; counts only are recorded", async () => {
    const { learner } = await learnerWithEverything("CANARY-ERASE-5521", "+33612345602");
    const bytesHex = Buffer.from(c("attachmentBytes")).toString("hex");
    const before = await everything();
    expect(before).toContain(`${CANARY}-blocker`);
    expect(before).toContain(bytesHex);

    const refused = await eraseLearner(actors.ADMIN, { learnerId: learner.id, confirmName: "Quelqu'un d'autre" }, NOW).catch((e: unknown) => e);
    expect((refused as Refusal).failure.fieldErrors).toEqual({ confirmName: "confirmName" });

    const user = await db().user.findUniqueOrThrow({ where: { id: learner.id } });
    const counts = await eraseLearner(actors.ADMIN, { learnerId: learner.id, confirmName: `  ${user.firstName.toUpperCase()} ${user.lastName} ` }, NOW);
    expect(counts.identity).toBe(1);

    const after = await everything();
    const left = [...new Set(after.match(new RegExp(`${CANARY}-[A-Za-z]+`, "g")) ?? [])];
    expect(left).toEqual([]);
    expect(after).not.toContain(bytesHex);
    expect(after).not.toContain(learner.user.email);
    expect(after).not.toContain("+33612345602");

    // What stays: the requests as numbers, the sessions as attendance, the consents, the audit.
    expect(await db().supportRequest.count({ where: { learnerId: learner.id } })).toBe(2);
    expect(await db().mentoringSession.count({ where: { learnerId: learner.id, status: "HELD" } })).toBe(1);
    expect(await db().appointment.count({ where: { learnerId: learner.id } })).toBe(1);
    expect(await db().consentRecord.count({ where: { learnerId: learner.id } })).toBe(2);
    const entry = await db().auditLog.findFirstOrThrow({ where: { action: "learner.erased", learnerId: learner.id } });
    expect(Object.values(entry.after as Record<string, unknown>).every((v) => typeof v === "number")).toBe(true);
    expect(await db().retentionRun.count({ where: { trigger: "erasure-request" } })).toBeGreaterThan(0);

    // A second erasure finds nothing left but the (already closed) identity.
    const preview = await previewErasure(actors.ADMIN, learner.id, NOW);
    expect(preview.goes.filter((l) => l.count > 0).map((l) => l.key)).toEqual([]);
  });

  it("a legal hold in force refuses the erasure; lifted (or ended), it no longer does", async () => {
    const { learner } = await learnerWithPlan();
    const user = await db().user.findUniqueOrThrow({ where: { id: learner.id } });
    const confirmName = `${user.firstName} ${user.lastName}`;
    const past = await setLegalHold(actors.ADMIN, { learnerId: learner.id, reason: "Contentieux", endsOn: "2026-12-01" }, NOW).catch((e: unknown) => e);
    expect((past as Refusal).failure.fieldErrors).toEqual({ endsOn: "holdPast" });
    await setLegalHold(actors.ADMIN, { learnerId: learner.id, reason: "Contentieux prud'homal", endsOn: "2027-06-30" }, NOW);
    expect((await previewErasure(actors.ADMIN, learner.id, NOW)).legalHold).toMatchObject({ reason: "Contentieux prud'homal", inForce: true });
    const held = await eraseLearner(actors.ADMIN, { learnerId: learner.id, confirmName }, NOW).catch((e: unknown) => e);
    expect((held as Refusal).failure.formError).toBe("legalHold");
    expect(await db().learnerSensitive.count({ where: { learnerId: learner.id } })).toBe(1);
    // The clock past its last day: the hold no longer applies.
    expect((await previewErasure(actors.ADMIN, learner.id, new Date("2027-07-01T08:00:00Z"))).legalHold?.inForce).toBe(false);
    await liftLegalHold(actors.ADMIN, learner.id);
    expect(await db().auditLog.count({ where: { learnerId: learner.id, action: { in: ["legalHold.set", "legalHold.lifted"] } } })).toBe(2);
    const again = await liftLegalHold(actors.ADMIN, learner.id).catch((e: unknown) => e);
    expect((again as Refusal).failure.formError).toBe("noHold");
    await eraseLearner(actors.ADMIN, { learnerId: learner.id, confirmName }, NOW);
    expect(await db().learnerSensitive.count({ where: { learnerId: learner.id } })).toBe(0);
  });
});
