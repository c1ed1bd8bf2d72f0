import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { accommodationLines, audiencesFor } from "@/lib/domain/accommodations";
import type { AccommodationPlanInput, PartnerExchangeInput, ReferralInput } from "@/lib/schemas/special-category";
import { writeAudit } from "./audit";
import { requireConsent } from "./referent";

// The accommodation plan: written by the disability referent (with the learner's consent to
// accommodations), applied by the mentor, the examiners and the school, who each see only
// "the accommodations to apply" — never the diagnosis, the RQTH document or the referrals.

const REFERENT = ["DISABILITY_REFERENT"] as const;
const DAY = (d: string) => new Date(`${d}T00:00:00Z`);

/** Creates or replaces the plan: its review date and each audience's accommodations (one a line). */
export async function saveAccommodationPlan(actor: Actor, input: AccommodationPlanInput, now: Date) {
  assertRole(actor, REFERENT);
  const db = getDb();
  const learner = await db.learnerProfile.findUnique({ where: { userId: input.learnerId }, select: { userId: true } });
  if (!learner) throw new NotFoundError();
  const lines = [
    ...accommodationLines(input.mentor ?? "").map((text) => ({ audience: "MENTOR" as const, text })),
    ...accommodationLines(input.examiner ?? "").map((text) => ({ audience: "EXAMINER" as const, text })),
    ...accommodationLines(input.school ?? "").map((text) => ({ audience: "SCHOOL" as const, text })),
  ];
  if (lines.length === 0) throw refuse.field("mentor", "noAccommodation");
  const reviewDate = DAY(input.reviewDate);
  if (reviewDate.getTime() < now.getTime() - 86_400_000) throw refuse.field("reviewDate", "reviewPast");
  await db.$transaction(async (tx) => {
    await requireConsent(tx, input.learnerId, "ACCOMMODATIONS");
    const before = await tx.accommodationPlan.findUnique({ where: { learnerId: input.learnerId }, select: { reviewDate: true } });
    // A new review date gets its own reminder.
    const remindAgain = !before || before.reviewDate.getTime() !== reviewDate.getTime();
    await tx.accommodationPlan.upsert({
      where: { learnerId: input.learnerId },
      create: { learnerId: input.learnerId, reviewDate, updatedById: actor.id },
      update: { reviewDate, updatedById: actor.id, ...(remindAgain ? { reviewRemindedAt: null } : {}) },
    });
    await tx.accommodation.deleteMany({ where: { learnerId: input.learnerId } });
    await tx.accommodation.createMany({ data: lines.map((l, position) => ({ learnerId: input.learnerId, audience: l.audience, text: l.text, position })) });
    await writeAudit(tx, { actorId: actor.id, action: before ? "accommodationPlan.updated" : "accommodationPlan.created", entityType: "AccommodationPlan", entityId: input.learnerId, learnerId: input.learnerId, after: { accommodations: lines.length } });
  }, TX_OPTIONS);
}

/** Refers the learner to a partner: only with their consent to share with that partner. */
export async function openReferral(actor: Actor, input: ReferralInput) {
  assertRole(actor, REFERENT);
  const db = getDb();
  const plan = await db.accommodationPlan.findUnique({ where: { learnerId: input.learnerId }, select: { learnerId: true } });
  if (!plan) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await requireConsent(tx, input.learnerId, "PARTNER_SHARING", input.partner);
    await tx.partnerReferral.upsert({
      where: { learnerId_partner: { learnerId: input.learnerId, partner: input.partner } },
      create: { learnerId: input.learnerId, partner: input.partner, contactName: input.contactName?.trim() || null },
      update: { contactName: input.contactName?.trim() || null, stoppedAt: null },
    });
    await writeAudit(tx, { actorId: actor.id, action: "referral.opened", entityType: "PartnerReferral", entityId: `${input.learnerId}:${input.partner}`, learnerId: input.learnerId });
  }, TX_OPTIONS);
}

/** Logs an exchange with a partner: refused once the learner withdrew their consent (sharing stops at once). */
export async function logPartnerExchange(actor: Actor, input: PartnerExchangeInput) {
  assertRole(actor, REFERENT);
  const db = getDb();
  const referral = await db.partnerReferral.findUnique({ where: { id: input.referralId }, select: { id: true, learnerId: true, partner: true } });
  if (!referral) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await requireConsent(tx, referral.learnerId, "PARTNER_SHARING", referral.partner);
    const live = await tx.partnerReferral.count({ where: { id: referral.id, stoppedAt: null } });
    if (live !== 1) throw refuse.form("noPartnerConsent");
    await tx.partnerExchange.create({ data: { referralId: referral.id, occurredAt: DAY(input.occurredOn), summary: input.summary, authorId: actor.id } });
    await writeAudit(tx, { actorId: actor.id, action: "referral.exchange", entityType: "PartnerReferral", entityId: referral.id, learnerId: referral.learnerId });
  }, TX_OPTIONS);
}

/**
 * "Accommodations to apply" for the people who apply them: the mentor of the learner (their own
 * and the examiners' lines), the advisor of the learner, the referent, and the learner themselves.
 * Only the lines: no diagnosis, no RQTH details, no referral.
 */
export async function listAccommodationsToApply(actor: Actor, learnerId: string) {
  assertRole(actor, ["MENTOR", "ADVISOR", "DISABILITY_REFERENT", "LEARNER"]);
  const db = getDb();
  const scope =
    actor.role === "MENTOR" ? { mentorId: actor.id } : actor.role === "ADVISOR" ? { advisorId: actor.id } : actor.role === "LEARNER" ? { userId: actor.id } : {};
  // AND, never a spread: the learner's own scope names the same field as the id asked for.
  const learner = await db.learnerProfile.findFirst({ where: { AND: [{ userId: learnerId }, scope] }, select: { userId: true } });
  if (!learner) throw new NotFoundError();
  const plan = await db.accommodationPlan.findUnique({
    where: { learnerId },
    select: { reviewDate: true, accommodations: { where: { audience: { in: [...audiencesFor(actor.role)] } }, orderBy: [{ audience: "asc" }, { position: "asc" }], select: { audience: true, text: true } } },
  });
  return plan ? plan.accommodations : [];
}
