// Consent withdrawal, the retention job, the plan-review reminder and the learner's export.
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
    await db().legalHold.create({ data: { learnerId: held.learner.id, reason: "Contentieux" } });
    const sent = await db().emailOutbox.create({ data: { toAddress: "a@example.org", subject: "s", textBody: "t", htmlBody: "h", template: "x", status: "SENT", createdAt: addDays(NOW, -100) } });

    const first = await applyRetention(NOW);
    expect(first["CONFIDENTIAL_DETAILS:erase"]).toBeGreaterThanOrEqual(2);
    expect(await db().learnerSensitive.count({ where: { learnerId: ended.learner.id } })).toBe(0);
    expect(await db().accommodationPlan.count({ where: { learnerId: ended.learner.id } })).toBe(0);
    expect(await db().learnerSensitive.count({ where: { learnerId: recent.learner.id } })).toBe(1);
    expect(await db().learnerSensitive.count({ where: { learnerId: held.learner.id } })).toBe(1);
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
