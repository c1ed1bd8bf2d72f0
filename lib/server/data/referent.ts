import "server-only";
import type { ConsentPurpose, PartnerKind, Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { consentCovers } from "@/lib/domain/consent";
import { holdInForce } from "@/lib/domain/retention";
import type { ConfidentialProfileInput } from "@/lib/schemas/special-category";
import { writeAudit } from "./audit";
import { mayReadConfidential } from "./confidential";

// The disability referent's space: every learner with confidential data, an accommodation
// plan, a consent or an RQTH request. Reading the confidential part is audited.

const REFERENT = ["DISABILITY_REFERENT"] as const;

/** Learners the referent follows: confidential profile, plan, consent or RQTH request. */
export async function listReferentLearners(actor: Actor) {
  assertRole(actor, REFERENT);
  const rows = await getDb().learnerProfile.findMany({
    where: { OR: [{ sensitive: { isNot: null } }, { accommodationPlan: { isNot: null } }, { consents: { some: {} } }, { requests: { some: { topic: "RQTH" } } }] },
    orderBy: [{ user: { lastName: "asc" } }, { user: { firstName: "asc" } }],
    take: 500,
    select: {
      userId: true,
      plannedEndDate: true,
      user: { select: { firstName: true, lastName: true } },
      accommodationPlan: { select: { reviewDate: true } },
      requests: { where: { topic: "RQTH", status: { notIn: ["RESOLVED", "CLOSED"] } }, select: { id: true } },
    },
  });
  return rows.map((r) => ({
    id: r.userId,
    name: `${r.user.firstName} ${r.user.lastName}`,
    plannedEndDate: r.plannedEndDate,
    reviewDate: r.accommodationPlan?.reviewDate ?? null,
    openRqthRequests: r.requests.length,
  }));
}

/** Open RQTH requests, oldest first: the referent's queue. */
export async function listRqthRequests(actor: Actor) {
  assertRole(actor, REFERENT);
  return getDb().supportRequest.findMany({
    where: { topic: "RQTH", status: { notIn: ["RESOLVED", "CLOSED"] } },
    orderBy: { createdAt: "asc" },
    take: 200,
    select: { id: true, number: true, createdAt: true, status: true, learner: { select: { userId: true, user: { select: { firstName: true, lastName: true } } } } },
  });
}

/** One learner's confidential file for the referent: profile, plan, consents, RQTH requests with their content. */
export async function getReferentLearner(actor: Actor, learnerId: string) {
  assertRole(actor, REFERENT);
  const db = getDb();
  const learner = await db.learnerProfile.findUnique({
    where: { userId: learnerId },
    select: {
      userId: true,
      plannedEndDate: true,
      user: { select: { firstName: true, lastName: true, email: true } },
      mentor: { select: { firstName: true, lastName: true } },
      advisor: { select: { firstName: true, lastName: true } },
    },
  });
  if (!learner || !mayReadConfidential(actor, { learnerId, kind: "RQTH" })) throw new NotFoundError();
  return db.$transaction(async (tx) => {
    const [sensitive, plan, consents, requests, hold] = await Promise.all([
      tx.learnerSensitive.findUnique({ where: { learnerId }, select: { rqth: true, rqthDetails: true, healthNotes: true, accommodations: true, updatedAt: true } }),
      tx.accommodationPlan.findUnique({
        where: { learnerId },
        select: {
          reviewDate: true,
          updatedAt: true,
          accommodations: { orderBy: [{ audience: "asc" }, { position: "asc" }], select: { id: true, audience: true, text: true } },
          referrals: {
            orderBy: { openedAt: "asc" },
            select: {
              id: true,
              partner: true,
              contactName: true,
              openedAt: true,
              stoppedAt: true,
              exchanges: { orderBy: { occurredAt: "desc" }, select: { id: true, occurredAt: true, summary: true } },
            },
          },
        },
      }),
      tx.consentRecord.findMany({ where: { learnerId }, orderBy: { givenAt: "desc" }, select: { id: true, purpose: true, partner: true, textVersion: true, givenAt: true, withdrawnAt: true } }),
      tx.supportRequest.findMany({
        where: { learnerId, topic: "RQTH" },
        orderBy: { createdAt: "desc" },
        select: { id: true, number: true, status: true, createdAt: true, sensitive: { select: { details: true } } },
      }),
      tx.legalHold.findUnique({ where: { learnerId }, select: { reason: true, endsOn: true } }),
    ]);
    await writeAudit(tx, { actorId: actor.id, action: "learner.sensitive.read", entityType: "LearnerSensitive", entityId: learnerId, learnerId });
    return {
      learner: { id: learner.userId, name: `${learner.user.firstName} ${learner.user.lastName}`, email: learner.user.email, plannedEndDate: learner.plannedEndDate, mentor: learner.mentor, advisor: learner.advisor },
      sensitive,
      plan,
      consents,
      requests: requests.map((r) => ({ id: r.id, number: r.number, status: r.status, createdAt: r.createdAt, details: (r.sensitive?.details ?? {}) as Record<string, unknown> })),
      // Only a hold in force: an ended one no longer keeps anything.
      legalHold: holdInForce(hold, new Date()) ? hold!.reason : null,
      consentsCover: {
        accommodations: consentCovers(consents, "ACCOMMODATIONS"),
      },
    };
  }, TX_OPTIONS);
}

/** One RQTH request with its confidential content (the referent's page of a request), audited. */
export async function getConfidentialRequest(actor: Actor, requestId: string) {
  assertRole(actor, REFERENT);
  const db = getDb();
  const request = await db.supportRequest.findFirst({
    where: { id: requestId, topic: "RQTH" },
    select: {
      id: true,
      number: true,
      status: true,
      createdAt: true,
      learnerId: true,
      learner: { select: { user: { select: { firstName: true, lastName: true } }, advisor: { select: { firstName: true, lastName: true } } } },
      sensitive: { select: { details: true } },
    },
  });
  if (!request || !mayReadConfidential(actor, { learnerId: request.learnerId, kind: "RQTH" })) throw new NotFoundError();
  await db.$transaction((tx) =>
    writeAudit(tx, { actorId: actor.id, action: "request.sensitive.read", entityType: "SupportRequest", entityId: requestId, learnerId: request.learnerId }),
  );
  return { ...request, details: (request.sensitive?.details ?? {}) as Record<string, unknown> };
}

/** A live consent of the learner for this purpose (and partner), read inside the writer's transaction. */
export async function requireConsent(tx: Prisma.TransactionClient, learnerId: string, purpose: ConsentPurpose, partner: PartnerKind | null = null) {
  // Locks the learner's consents against a withdrawal in flight: sharing stops at once.
  await tx.$queryRaw`SELECT 1 FROM "LearnerProfile" WHERE "userId" = ${learnerId} FOR UPDATE`;
  const consents = await tx.consentRecord.findMany({ where: { learnerId, purpose, withdrawnAt: null }, select: { purpose: true, partner: true, withdrawnAt: true } });
  if (!consentCovers(consents, purpose, partner)) throw refuse.form(purpose === "ACCOMMODATIONS" ? "noConsent" : "noPartnerConsent");
}

/** The referent records the learner's RQTH status and health notes: only with their consent to accommodations. */
export async function saveConfidentialProfile(actor: Actor, input: ConfidentialProfileInput) {
  assertRole(actor, REFERENT);
  const db = getDb();
  const learner = await db.learnerProfile.findUnique({ where: { userId: input.learnerId }, select: { userId: true } });
  if (!learner) throw new NotFoundError();
  await db.$transaction(async (tx) => {
    await requireConsent(tx, input.learnerId, "ACCOMMODATIONS");
    const data = { rqth: input.rqth === "yes", rqthDetails: input.rqthDetails?.trim() || null, healthNotes: input.healthNotes?.trim() || null };
    await tx.learnerSensitive.upsert({ where: { learnerId: input.learnerId }, create: { learnerId: input.learnerId, ...data }, update: data });
    await writeAudit(tx, { actorId: actor.id, action: "learner.sensitive.update", entityType: "LearnerSensitive", entityId: input.learnerId, learnerId: input.learnerId });
  }, TX_OPTIONS);
}
