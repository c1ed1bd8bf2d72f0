import "server-only";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "./audit";
import { mayReadConfidential } from "./confidential";

// Everything the portal holds about a learner (GDPR art. 15), as one object: the JSON
// download as is, and the readable PDF (lib/server/pdf/learner-export.ts). Within the roles'
// limits: never another person's private notes (mentors' session notes, advisors' case
// and appointment notes, internal request notes, stakeholder exchange summaries); the
// confidential part (health, RQTH) only for who may read it (data/confidential.ts): the
// learner themselves, not the admin running an export for a written request.

export const EXPORT_SECTIONS = [
  "account",
  "training",
  "milestones",
  "breaks",
  "sessions",
  "requests",
  "appointments",
  "cases",
  "signals",
  "stakeholders",
  "confidential",
  "accommodations",
  "referrals",
  "consents",
] as const;

export type LearnerExport = Awaited<ReturnType<typeof exportLearnerData>>;

/** The learner's own export, or an admin's for a written request (audited, with its reference and the day it was received). */
export async function exportLearnerData(actor: Actor, learnerId: string, now: Date, reference?: string, receivedOn?: string) {
  assertRole(actor, ["LEARNER", "ADMIN"]);
  if (actor.role === "LEARNER" && actor.id !== learnerId) throw new NotFoundError();
  const db = getDb();
  const user = await db.user.findFirst({
    where: { id: learnerId, role: "LEARNER" },
    select: { id: true, email: true, firstName: true, lastName: true, phone: true, locale: true, active: true, createdAt: true },
  });
  if (!user) throw new NotFoundError();
  const confidential = mayReadConfidential(actor, { learnerId, kind: "RQTH" });
  const health = mayReadConfidential(actor, { learnerId, kind: "HEALTH" });
  return db.$transaction(async (tx) => {
    const [profile, milestones, breaks, sessions, requests, appointments, cases, signals, stakeholders, sensitive, plan, consents] = await Promise.all([
      tx.learnerProfile.findUnique({
        where: { userId: learnerId },
        select: {
          startDate: true,
          plannedEndDate: true,
          weeklyCommitment: true,
          trainingPath: { select: { code: true, name: true } },
          advisor: { select: { firstName: true, lastName: true, email: true } },
          mentor: { select: { firstName: true, lastName: true, email: true } },
        },
      }),
      tx.learnerMilestone.findMany({ where: { learnerId }, orderBy: { position: "asc" }, select: { position: true, label: true, plannedDate: true, completedAt: true } }),
      tx.learnerBreak.findMany({
        where: { learnerId },
        orderBy: { startDate: "asc" },
        select: { startDate: true, endDate: true, status: true, createdAt: true, decidedAt: true, reasonKind: health, reasonDetails: health },
      }),
      tx.mentoringSession.findMany({ where: { learnerId }, orderBy: { scheduledAt: "asc" }, select: { kind: true, status: true, scheduledAt: true, durationMinutes: true, cancelledBy: true } }),
      // The learner's own requests (mentors' alerts about them are the mentor's words: not theirs to export).
      tx.supportRequest.findMany({
        where: { learnerId, authorId: learnerId },
        orderBy: { createdAt: "asc" },
        select: {
          number: true,
          topic: true,
          status: true,
          subject: true,
          message: true,
          details: true,
          createdAt: true,
          resolvedAt: true,
          closedAt: true,
          sensitive: confidential ? { select: { details: true } } : false,
          events: { where: { visibility: "PUBLIC" }, orderBy: { createdAt: "asc" }, select: { type: true, body: true, createdAt: true } },
        },
      }),
      tx.appointment.findMany({ where: { learnerId }, orderBy: { startsAt: "asc" }, select: { kind: true, status: true, startsAt: true, durationMinutes: true } }),
      tx.followUpCase.findMany({ where: { learnerId }, orderBy: { openedAt: "asc" }, select: { reason: true, status: true, outcome: true, sharedOutcome: true, openedAt: true, closedAt: true } }),
      tx.learnerSignal.findMany({ where: { learnerId }, orderBy: { createdAt: "asc" }, select: { kind: true, isoWeek: true, createdAt: true, resolvedAt: true } }),
      tx.stakeholder.findMany({ where: { learnerId }, orderBy: { organisation: "asc" }, select: { kind: true, organisation: true, personName: true, email: true, phone: true } }),
      confidential ? tx.learnerSensitive.findUnique({ where: { learnerId }, select: { rqth: true, rqthDetails: true, healthNotes: true, accommodations: true, updatedAt: true } }) : null,
      tx.accommodationPlan.findUnique({
        where: { learnerId },
        select: {
          reviewDate: true,
          accommodations: { orderBy: [{ audience: "asc" }, { position: "asc" }], select: { audience: true, text: true } },
          // The partners the learner was referred to, and when: the referent's log stays the referent's.
          referrals: confidential ? { select: { partner: true, openedAt: true, stoppedAt: true } } : false,
        },
      }),
      tx.consentRecord.findMany({ where: { learnerId }, orderBy: { givenAt: "asc" }, select: { purpose: true, partner: true, textVersion: true, givenAt: true, withdrawnAt: true } }),
    ]);
    if (!profile) throw new NotFoundError();
    await writeAudit(tx, {
      actorId: actor.id,
      action: actor.role === "ADMIN" ? "learner.export.admin" : "learner.export",
      entityType: "LearnerProfile",
      entityId: learnerId,
      learnerId,
      after: reference ? { reference, ...(receivedOn ? { receivedOn } : {}) } : undefined,
    });
    return {
      generatedAt: now.toISOString(),
      account: user,
      training: profile,
      milestones,
      breaks,
      sessions,
      requests: requests.map(({ sensitive: part, ...r }) => ({ ...r, confidential: (part as { details: unknown } | null | undefined)?.details ?? null })),
      appointments,
      cases,
      signals,
      stakeholders,
      /** null with `withheld: true` when the actor may not read it (the referent exports it). */
      confidential: confidential ? sensitive : null,
      confidentialWithheld: !confidential,
      accommodations: plan ? { reviewDate: plan.reviewDate, items: plan.accommodations } : null,
      referrals: plan && "referrals" in plan ? (plan.referrals ?? []) : [],
      consents,
    };
  }, TX_OPTIONS);
}
