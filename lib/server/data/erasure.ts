import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { ANONYMISED } from "@/lib/domain/retention";
import { writeAudit } from "./audit";

// Erasure of special-category data and of a learner on request (GDPR art. 17). What
// goes and what stays is decided here once; the retention job, a consent withdrawal and
// the admin's erasure all use these functions. Only counts are recorded, never content.

export type ErasureCounts = Record<string, number>;

/** Records what was erased, by class (counts only), for the retention log. */
export async function recordRetention(tx: Prisma.TransactionClient, trigger: string, counts: ErasureCounts, now: Date) {
  const rows = Object.entries(counts)
    .filter(([, count]) => count > 0)
    .map(([key, count]) => {
      const [dataClass, action] = key.split(":");
      return { ranAt: now, trigger, dataClass, action: action ?? "erase", count };
    });
  if (rows.length > 0) await tx.retentionRun.createMany({ data: rows });
}

/** The learner's confidential profile and accommodation plan (accommodations, referrals, their log). */
export async function eraseConfidentialDetails(tx: Prisma.TransactionClient, learnerIds: string[]): Promise<ErasureCounts> {
  if (learnerIds.length === 0) return {};
  const sensitive = await tx.learnerSensitive.deleteMany({ where: { learnerId: { in: learnerIds } } });
  const plans = await tx.accommodationPlan.deleteMany({ where: { learnerId: { in: learnerIds } } });
  return { "CONFIDENTIAL_DETAILS:erase": sensitive.count + plans.count };
}

/** The confidential part of the learners' requests (health, absence reasons, RQTH). */
export async function eraseRequestConfidential(tx: Prisma.TransactionClient, learnerIds: string[]): Promise<ErasureCounts> {
  if (learnerIds.length === 0) return {};
  const where = { request: { learnerId: { in: learnerIds } } };
  const gone = await tx.requestSensitive.deleteMany({ where });
  await tx.supportRequest.updateMany({ where: { learnerId: { in: learnerIds }, hasSensitive: true }, data: { hasSensitive: false } });
  const reasons = await tx.learnerBreak.updateMany({ where: { learnerId: { in: learnerIds }, reasonDetails: { not: null } }, data: { reasonDetails: null } });
  return { "REQUEST_CONFIDENTIAL:erase": gone.count + reasons.count };
}

async function hasLegalHold(learnerId: string) {
  return (await getDb().legalHold.count({ where: { learnerId } })) > 0;
}

async function erasable(actor: Actor, learnerId: string) {
  assertRole(actor, ["ADMIN"]);
  const learner = await getDb().learnerProfile.findUnique({ where: { userId: learnerId }, select: { userId: true, user: { select: { firstName: true, lastName: true, email: true, active: true } } } });
  if (!learner) throw new NotFoundError();
  return learner;
}

/** Admin: what an erasure on request would remove, and what stays for legal reasons (counts). */
export async function previewErasure(actor: Actor, learnerId: string) {
  const learner = await erasable(actor, learnerId);
  const db = getDb();
  const [sensitive, plan, requestConfidential, requests, events, notes, consents, sessions, audit, hold] = await Promise.all([
    db.learnerSensitive.count({ where: { learnerId } }),
    db.accommodationPlan.count({ where: { learnerId } }),
    db.requestSensitive.count({ where: { request: { learnerId } } }),
    db.supportRequest.count({ where: { learnerId } }),
    db.requestEvent.count({ where: { request: { learnerId }, body: { not: null } } }),
    db.mentoringSession.count({ where: { learnerId, privateNote: { not: null } } }),
    db.consentRecord.count({ where: { learnerId } }),
    db.mentoringSession.count({ where: { learnerId } }),
    db.auditLog.count({ where: { learnerId } }),
    db.legalHold.findUnique({ where: { learnerId }, select: { reason: true } }),
  ]);
  return {
    learner: { id: learner.userId, name: `${learner.user.firstName} ${learner.user.lastName}`, email: learner.user.email },
    legalHold: hold?.reason ?? null,
    goes: { confidentialProfile: sensitive, accommodationPlan: plan, requestConfidential, requestTexts: requests, threadMessages: events, sessionNotes: notes, identity: 1 },
    stays: { requests, sessions, consents, audit },
  };
}

/**
 * Admin: erases a learner on request (art. 17). Goes: confidential profile and plan, the
 * confidential part of requests, the texts of requests and threads (anonymised), mentors'
 * private notes, the identity (name, email, phone, password; the account is closed). Stays,
 * anonymised: the requests and sessions as counts (Qualiopi attendance), the consent records
 * (proof) and the audit log (legal obligation). Refused under a legal hold.
 */
export async function eraseLearner(actor: Actor, learnerId: string, now: Date) {
  await erasable(actor, learnerId);
  if (await hasLegalHold(learnerId)) throw refuse.form("legalHold");
  return getDb().$transaction(async (tx) => {
    const confidential = await eraseConfidentialDetails(tx, [learnerId]);
    const requestPart = await eraseRequestConfidential(tx, [learnerId]);
    const requests = await tx.supportRequest.updateMany({ where: { learnerId }, data: { subject: ANONYMISED, message: ANONYMISED, details: {} } });
    const events = await tx.requestEvent.updateMany({ where: { request: { learnerId }, body: { not: null } }, data: { body: ANONYMISED } });
    const notes = await tx.mentoringSession.updateMany({ where: { learnerId, privateNote: { not: null } }, data: { privateNote: null } });
    await tx.user.update({
      where: { id: learnerId },
      data: { firstName: "Apprenant·e", lastName: "effacé·e", email: `erased-${learnerId}@invalid`, phone: null, passwordHash: null, active: false, deactivatedAt: now, sessionVersion: { increment: 1 } },
    });
    await tx.authSession.updateMany({ where: { userId: learnerId, endedAt: null }, data: { endedAt: now } });
    const counts = { ...confidential, ...requestPart, "REQUESTS:anonymise": requests.count + events.count, "SESSIONS:anonymise": notes.count, "IDENTITY:erase": 1 };
    await recordRetention(tx, "erasure-request", counts, now);
    await writeAudit(tx, { actorId: actor.id, action: "learner.erased", entityType: "LearnerProfile", entityId: learnerId, learnerId, after: counts });
    return counts;
  }, TX_OPTIONS);
}
