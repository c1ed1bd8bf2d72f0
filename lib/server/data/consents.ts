import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { CURRENT_CONSENT_TEXT, consentCovers, withdrawalEffect } from "@/lib/domain/consent";
import type { GiveConsentInput } from "@/lib/schemas/special-category";
import { writeAudit } from "./audit";
import { eraseConfidentialDetails, recordRetention } from "./erasure";

// The learner's explicit consents (GDPR art. 9-2-a), from their own space: given per
// purpose with the version of the text they read, withdrawn at any time. A withdrawal
// stops sharing at once (the referent's writers re-check the consent under a row lock,
// data/referent.ts requireConsent) and erases what depended on it in the same transaction.

const LEARNER = ["LEARNER"] as const;

export async function listMyConsents(actor: Actor) {
  assertRole(actor, LEARNER);
  return getDb().consentRecord.findMany({
    where: { learnerId: actor.id },
    orderBy: { givenAt: "desc" },
    select: { id: true, purpose: true, partner: true, textVersion: true, givenAt: true, withdrawnAt: true },
  });
}

export async function giveConsent(actor: Actor, input: GiveConsentInput, now: Date) {
  assertRole(actor, LEARNER);
  const partner = input.purpose === "PARTNER_SHARING" && input.partner ? input.partner : null;
  const db = getDb();
  const profile = await db.learnerProfile.findUnique({ where: { userId: actor.id }, select: { userId: true } });
  if (!profile) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "LearnerProfile" WHERE "userId" = ${actor.id} FOR UPDATE`;
    const live = await tx.consentRecord.findMany({ where: { learnerId: actor.id, withdrawnAt: null }, select: { purpose: true, partner: true, withdrawnAt: true } });
    if (consentCovers(live, input.purpose, partner)) throw refuse.form("alreadyGiven");
    const record = await tx.consentRecord.create({
      data: { learnerId: actor.id, purpose: input.purpose, partner, textVersion: CURRENT_CONSENT_TEXT[input.purpose], givenAt: now },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "consent.given", entityType: "ConsentRecord", entityId: record.id, learnerId: actor.id, after: { purpose: input.purpose, partner } });
  }, TX_OPTIONS);
}

/** Withdraws one of the learner's own consents: sharing stops now, and what depended on it is erased. */
export async function withdrawConsent(actor: Actor, consentId: string, now: Date) {
  assertRole(actor, LEARNER);
  const db = getDb();
  const consent = await db.consentRecord.findFirst({ where: { id: consentId, learnerId: actor.id }, select: { id: true, purpose: true, partner: true, withdrawnAt: true } });
  if (!consent) throw new NotFoundError();
  if (consent.withdrawnAt) throw refuse.form("alreadyWithdrawn");
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT 1 FROM "LearnerProfile" WHERE "userId" = ${actor.id} FOR UPDATE`;
    const { count } = await tx.consentRecord.updateMany({ where: { id: consent.id, withdrawnAt: null }, data: { withdrawnAt: now } });
    if (count !== 1) throw refuse.form("alreadyWithdrawn");
    let counts: Record<string, number> = {};
    if (withdrawalEffect(consent.purpose) === "erase-confidential") {
      counts = await eraseConfidentialDetails(tx, [actor.id]);
    } else if (consent.partner) {
      const referral = await tx.partnerReferral.findUnique({ where: { learnerId_partner: { learnerId: actor.id, partner: consent.partner } }, select: { id: true } });
      if (referral) {
        await tx.partnerReferral.update({ where: { id: referral.id }, data: { stoppedAt: now } });
        const log = await tx.partnerExchange.deleteMany({ where: { referralId: referral.id } });
        counts = { "CONFIDENTIAL_DETAILS:erase": log.count };
      }
    }
    await recordRetention(tx, "consent-withdrawal", counts, now);
    await writeAudit(tx, { actorId: actor.id, action: "consent.withdrawn", entityType: "ConsentRecord", entityId: consent.id, learnerId: actor.id, after: { purpose: consent.purpose, partner: consent.partner, ...counts } });
    return counts;
  }, TX_OPTIONS);
}
