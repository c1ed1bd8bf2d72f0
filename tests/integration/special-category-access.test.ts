// The authorization matrix of special-category data (issue 18): every data function of the
// referent's space, accommodation plans, consents, erasure and export × every role, and
// canaries in confidential fields that must never reach a mentor, an advisor (for RQTH),
// another learner, or an export for a role that may not read them.
import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { addDays, createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { getConfidentialRequest, getReferentLearner, listReferentLearners, listRqthRequests, saveConfidentialProfile } from "@/lib/server/data/referent";
import { listAccommodationsToApply, logPartnerExchange, openReferral, saveAccommodationPlan } from "@/lib/server/data/accommodation-plans";
import { giveConsent, listMyConsents, withdrawConsent } from "@/lib/server/data/consents";
import { eraseLearner, previewErasure } from "@/lib/server/data/erasure";
import { exportLearnerData } from "@/lib/server/data/learner-export";
import { findPrivacyLearners, liftLegalHold, setLegalHold } from "@/lib/server/data/legal-holds";
import { mayReadConfidential } from "@/lib/server/data/confidential";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { getMyRequest } from "@/lib/server/data/my-requests";
import { getRequestThread } from "@/lib/server/data/request-thread";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { getLearnerSessionLog } from "@/lib/server/data/sessions";
import { learnerRequestSchema } from "@/lib/schemas/contact";

const db = freshDatabase();
const actors = {} as Record<Role, Actor>;
const ids = { learner: "", other: "", erase: "", eraseName: "", hold: "", request: "", referral: "", consent: "" };
const NOW = new Date();
const REFERENT = ["DISABILITY_REFERENT"] as const;
const CANARY = { rqth: "CANARY-RQTH-7731", health: "CANARY-HEALTH-7731", request: "CANARY-REQUEST-7731", subject: "CANARY-SUBJECT-7731" };

const plan = (learnerId: string) => ({ learnerId, reviewDate: "2099-01-10", mentor: "Pauses toutes les 45 minutes", examiner: "Tiers-temps aux soutenances : +30 %", school: "" });

const MATRIX: AccessRow[] = [
  { name: "listReferentLearners", call: (a) => listReferentLearners(a), allowed: REFERENT },
  { name: "listRqthRequests", call: (a) => listRqthRequests(a), allowed: REFERENT },
  { name: "getReferentLearner", call: (a) => getReferentLearner(a, ids.learner), allowed: REFERENT },
  { name: "getConfidentialRequest", call: (a) => getConfidentialRequest(a, ids.request), allowed: REFERENT },
  { name: "saveConfidentialProfile", call: (a) => saveConfidentialProfile(a, { learnerId: ids.learner, rqth: "yes", rqthDetails: CANARY.rqth, healthNotes: CANARY.health }), allowed: REFERENT },
  { name: "saveAccommodationPlan", call: (a) => saveAccommodationPlan(a, plan(ids.learner), NOW), allowed: REFERENT },
  { name: "openReferral", call: (a) => openReferral(a, { learnerId: ids.learner, partner: "AGEFIPH", contactName: "" }), allowed: REFERENT },
  { name: "logPartnerExchange", call: (a) => logPartnerExchange(a, { referralId: ids.referral, occurredOn: "2026-11-20", summary: "Appel" }), allowed: REFERENT },
  { name: "listAccommodationsToApply", call: (a) => listAccommodationsToApply(a, ids.learner), allowed: ["MENTOR", "ADVISOR", "DISABILITY_REFERENT", "LEARNER"] },
  { name: "listMyConsents", call: (a) => listMyConsents(a), allowed: ["LEARNER"] },
  { name: "giveConsent", call: (a) => giveConsent(a, { purpose: "PARTNER_SHARING", partner: "MDPH", agree: true }, NOW), allowed: ["LEARNER"] },
  { name: "withdrawConsent", call: (a) => withdrawConsent(a, ids.consent, NOW), allowed: ["LEARNER"] },
  { name: "previewErasure", call: (a) => previewErasure(a, ids.erase), allowed: ["ADMIN"] },
  { name: "eraseLearner", call: (a) => eraseLearner(a, { learnerId: ids.erase, confirmName: ids.eraseName }, NOW), allowed: ["ADMIN"] },
  { name: "findPrivacyLearners", call: (a) => findPrivacyLearners(a, "a"), allowed: ["ADMIN"] },
  // Set then lift, on a learner of its own: an admin's set must not block the erasure row.
  { name: "setLegalHold", call: (a) => setLegalHold(a, { learnerId: ids.hold, reason: "Contrôle", endsOn: "2099-01-01" }, NOW), allowed: ["ADMIN"] },
  { name: "liftLegalHold", call: (a) => liftLegalHold(a, ids.hold), allowed: ["ADMIN"] },
  { name: "exportLearnerData", call: (a) => exportLearnerData(a, ids.learner, NOW), allowed: ["LEARNER", "ADMIN"] },
  {
    // THE confidential-read rule on RQTH about a learner other than oneself: the referent only.
    name: "mayReadConfidential",
    call: async (a) => {
      if (!mayReadConfidential(a, { learnerId: ids.other, kind: "RQTH" })) throw new NotFoundError();
    },
    allowed: REFERENT,
  },
];

// Used inside a writer's transaction or by jobs, with no actor.
const SYSTEM = ["requireConsent", "recordRetention", "eraseConfidentialDetails", "eraseRequestConfidential", "noHoldAt", "listDuePlanReviews", "claimPlanReviewReminder", "applyRetention"];

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
  ids.other = (await createLearner(client, { advisorId: advisor.id })).id;
  const erase = await createLearner(client, { advisorId: advisor.id });
  ids.erase = erase.id;
  ids.eraseName = `${erase.user.firstName} ${erase.user.lastName}`;
  ids.hold = (await createLearner(client, { advisorId: advisor.id })).id;
  await giveConsent(actors.LEARNER, { purpose: "ACCOMMODATIONS", partner: "", agree: true }, NOW);
  await giveConsent(actors.LEARNER, { purpose: "PARTNER_SHARING", partner: "AGEFIPH", agree: true }, NOW);
  ids.consent = (await client.consentRecord.create({ data: { learnerId: learner.id, purpose: "PARTNER_SHARING", partner: "CAP_EMPLOI", textVersion: "partnerSharingV1", givenAt: NOW } })).id;
  await saveConfidentialProfile(actors.DISABILITY_REFERENT, { learnerId: learner.id, rqth: "yes", rqthDetails: CANARY.rqth, healthNotes: CANARY.health });
  await saveAccommodationPlan(actors.DISABILITY_REFERENT, plan(learner.id), NOW);
  await openReferral(actors.DISABILITY_REFERENT, { learnerId: learner.id, partner: "AGEFIPH", contactName: "" });
  ids.referral = (await client.partnerReferral.findFirstOrThrow({ where: { learnerId: learner.id } })).id;
  const input = learnerRequestSchema.parse({ topic: "RQTH", subject: CANARY.subject, message: "Bonjour", accommodation: CANARY.request, idempotencyKey: randomUUID(), ...FILE_ANEW });
  ids.request = (await fileLearnerRequest(actors.LEARNER, input)).id;
});

describe("special-category authorization matrix", () => {
  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row (or is a system function)", async () => {
    await expectEveryExportCovered(
      import.meta.glob([
        "../../lib/server/data/referent.ts",
        "../../lib/server/data/accommodation-plans.ts",
        "../../lib/server/data/consents.ts",
        "../../lib/server/data/erasure.ts",
        "../../lib/server/data/learner-export.ts",
        "../../lib/server/data/legal-holds.ts",
        "../../lib/server/data/confidential.ts",
        "../../lib/server/data/jobs/plan-reviews.ts",
        "../../lib/server/data/jobs/retention.ts",
      ]),
      MATRIX,
      SYSTEM,
    );
  });
});

describe("canaries in confidential fields", () => {
  const text = (value: unknown) => JSON.stringify(value);
  const leaks = (value: unknown) => Object.values(CANARY).filter((c) => text(value).includes(c));

  it("the mentor sees the accommodations to apply, never the diagnosis, the RQTH details or the request", async () => {
    const lines = await listAccommodationsToApply(actors.MENTOR, ids.learner);
    expect(lines.map((l) => l.text)).toEqual(["Pauses toutes les 45 minutes", "Tiers-temps aux soutenances : +30 %"]);
    expect(leaks(lines)).toEqual([]);
    expect(leaks(await getLearnerSessionLog(actors.MENTOR, ids.learner))).toEqual([]);
  });

  it("the advisor is told an RQTH request exists, without its content; the referent reads it", async () => {
    const thread = await getRequestThread(actors.ADVISOR, ids.request);
    expect(thread.topic).toBe("RQTH");
    expect(thread.sensitiveHidden).toBe(true);
    expect(leaks(thread)).toEqual([]);
    expect(leaks(await getLearnerFile(actors.ADVISOR, ids.learner)).filter((c) => c !== CANARY.health)).toEqual([]);
    expect(leaks(await getLearnerFile(actors.MENTORSHIP_MANAGER, ids.learner))).toEqual([]);
    const emails = await db().emailOutbox.findMany({ select: { subject: true, textBody: true } });
    expect(leaks(emails)).toEqual([]);
    const referentView = await getConfidentialRequest(actors.DISABILITY_REFERENT, ids.request);
    expect(text(referentView)).toContain(CANARY.request);
    expect(text(referentView)).toContain(CANARY.subject);
  });

  it("another learner reaches none of it; the learner reads their own", async () => {
    const other = actorOf((await db().user.findUniqueOrThrow({ where: { id: ids.other } })) as never);
    await expect(getMyRequest(other, ids.request)).rejects.toBeInstanceOf(NotFoundError);
    await expect(exportLearnerData(other, ids.learner, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(listAccommodationsToApply(other, ids.learner)).rejects.toBeInstanceOf(NotFoundError);
    expect(text(await getMyRequest(actors.LEARNER, ids.request))).toContain(CANARY.request);
  });

  it("the learner's export holds their confidential data; the admin's export (written request) does not", async () => {
    const own = await exportLearnerData(actors.LEARNER, ids.learner, NOW);
    expect(leaks(own).sort()).toEqual([CANARY.health, CANARY.request, CANARY.rqth, CANARY.subject].sort());
    const admin = await exportLearnerData(actors.ADMIN, ids.learner, NOW, "Courrier du 1er décembre");
    expect(leaks(admin)).toEqual([]);
    expect(admin.confidentialWithheld).toBe(true);
    expect(await db().auditLog.count({ where: { action: "learner.export.admin", learnerId: ids.learner } })).toBeGreaterThan(0);
  });

  it("a mentor of another learner gets nothing", async () => {
    const otherMentor = actorOf(await createUser(db(), { role: "MENTOR" }));
    await expect(listAccommodationsToApply(otherMentor, ids.learner)).rejects.toBeInstanceOf(NotFoundError);
    expect(addDays(NOW, 1) > NOW).toBe(true);
  });
});
