import "server-only";
import type { Prisma, RequestTopic } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { ANONYMISED, ERASURE_ON_REQUEST, holdDayOf, holdInForce, type ErasureKey } from "@/lib/domain/retention";
import { confidentialKindOfTopic } from "@/lib/domain/confidential";
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

/** Topics whose requests hold special-category data (their documents go with their confidential part). */
export const CONFIDENTIAL_TOPICS: RequestTopic[] = (["RQTH", "UPCOMING_ABSENCE", "BREAK_REQUEST"] as const).filter((t) => confidentialKindOfTopic(t) !== null);

/**
 * The confidential part of the learners' requests (health, absence reasons, RQTH): the
 * RequestSensitive rows, the break reasons, and the bytes of the documents sent on a
 * health or RQTH request (sick notes, RQTH notifications).
 */
export async function eraseRequestConfidential(tx: Prisma.TransactionClient, learnerIds: string[]): Promise<ErasureCounts> {
  if (learnerIds.length === 0) return {};
  const where = { request: { learnerId: { in: learnerIds } } };
  const gone = await tx.requestSensitive.deleteMany({ where });
  await tx.supportRequest.updateMany({ where: { learnerId: { in: learnerIds }, hasSensitive: true }, data: { hasSensitive: false } });
  const reasons = await tx.learnerBreak.updateMany({ where: { learnerId: { in: learnerIds }, reasonDetails: { not: null } }, data: { reasonDetails: null } });
  const documents = await tx.attachment.deleteMany({ where: { request: { learnerId: { in: learnerIds }, topic: { in: [...CONFIDENTIAL_TOPICS] } } } });
  return { "REQUEST_CONFIDENTIAL:erase": gone.count + reasons.count + documents.count };
}

/** Where a learner's legal hold is not in force at `now` (none, or ended): for LearnerProfile filters. */
export function noHoldAt(now: Date): Prisma.LearnerProfileWhereInput {
  return { OR: [{ legalHold: { is: null } }, { legalHold: { endsOn: { lt: holdDayOf(now) } } }] };
}

async function heldAt(learnerId: string, now: Date) {
  const hold = await getDb().legalHold.findUnique({ where: { learnerId }, select: { endsOn: true } });
  return holdInForce(hold, now);
}

async function erasable(actor: Actor, learnerId: string) {
  assertRole(actor, ["ADMIN"]);
  const learner = await getDb().learnerProfile.findUnique({ where: { userId: learnerId }, select: { userId: true, user: { select: { firstName: true, lastName: true, email: true, active: true } } } });
  if (!learner) throw new NotFoundError();
  return learner;
}

const ANON = { not: ANONYMISED } as const;
const IDENTITY_FIELDS = ["email", "phone", "firstName", "lastName"];

/** The records each line of ERASURE_ON_REQUEST covers for one learner (one shape for the preview and the erasure). */
function scopes(learnerId: string, email: string) {
  const requests = { learnerId };
  return {
    attachments: { OR: [{ request: requests }, { uploadedById: learnerId, requestId: null }, { inboundEmail: { request: requests } }] } satisfies Prisma.AttachmentWhereInput,
    events: { request: requests, body: { not: null }, NOT: { body: ANONYMISED } } satisfies Prisma.RequestEventWhereInput,
    inbound: { OR: [{ request: requests }, { fromAddress: { equals: email, mode: "insensitive" as const } }], NOT: { body: null, subject: null, fromAddress: null } } satisfies Prisma.InboundEmailWhereInput,
    sessionNotes: { learnerId, OR: [{ privateNote: { not: null } }, { learnerNote: { not: null } }] } satisfies Prisma.MentoringSessionWhereInput,
    cases: { learnerId, OR: [{ blocker: { not: null } }, { nextStep: { not: null } }, { sharedOutcome: { not: null } }] } satisfies Prisma.FollowUpCaseWhereInput,
    appointments: { learnerId, OR: [{ notes: { not: null } }, { topic: { not: null } }, { cancelReason: { not: null } }] } satisfies Prisma.AppointmentWhereInput,
    breakNotes: { learnerId, decisionNote: { not: null } } satisfies Prisma.LearnerBreakWhereInput,
    signalNotes: { learnerId, resolutionNote: { not: null } } satisfies Prisma.LearnerSignalWhereInput,
    assignmentReasons: { learnerId, reason: { not: null } } satisfies Prisma.AssignmentHistoryWhereInput,
    outbox: { toAddress: { equals: email, mode: "insensitive" as const } } satisfies Prisma.EmailOutboxWhereInput,
  };
}

export type ErasurePreview = Awaited<ReturnType<typeof previewErasure>>;

/**
 * Admin: what an erasure on request would remove, and what stays for legal reasons, as
 * counts per line of ERASURE_ON_REQUEST (lib/domain/retention.ts), with the hold if any.
 */
export async function previewErasure(actor: Actor, learnerId: string, now: Date = new Date()) {
  const learner = await erasable(actor, learnerId);
  const db = getDb();
  const s = scopes(learnerId, learner.user.email);
  const sum = (...n: number[]) => n.reduce((a, b) => a + b, 0);
  const [sensitive, plan, accommodations, referrals, exchanges, requestSensitive, breakReasons, attachments, requestTexts, events, inbound, sessionNotes, revisions, cases, appointments, breakNotes, signalNotes, assignmentReasons, stakeholders, stakeholderExchanges, notifications, reads, outbox, requests, sessions, allCases, allAppointments, consents, audit, hold] =
    await Promise.all([
      db.learnerSensitive.count({ where: { learnerId } }),
      db.accommodationPlan.count({ where: { learnerId } }),
      db.accommodation.count({ where: { learnerId } }),
      db.partnerReferral.count({ where: { learnerId } }),
      db.partnerExchange.count({ where: { referral: { learnerId } } }),
      db.requestSensitive.count({ where: { request: { learnerId } } }),
      db.learnerBreak.count({ where: { learnerId, reasonDetails: { not: null } } }),
      db.attachment.count({ where: s.attachments }),
      db.supportRequest.count({ where: { learnerId, OR: [{ subject: ANON }, { message: ANON }] } }),
      db.requestEvent.count({ where: s.events }),
      db.inboundEmail.count({ where: s.inbound }),
      db.mentoringSession.count({ where: s.sessionNotes }),
      db.sessionRevision.count({ where: { session: { learnerId } } }),
      db.followUpCase.count({ where: s.cases }),
      db.appointment.count({ where: s.appointments }),
      db.learnerBreak.count({ where: s.breakNotes }),
      db.learnerSignal.count({ where: s.signalNotes }),
      db.assignmentHistory.count({ where: s.assignmentReasons }),
      db.stakeholder.count({ where: { learnerId } }),
      db.stakeholderExchange.count({ where: { learnerId } }),
      db.notification.count({ where: { userId: learnerId } }),
      db.requestRead.count({ where: { userId: learnerId } }),
      db.emailOutbox.count({ where: s.outbox }),
      db.supportRequest.count({ where: { learnerId } }),
      db.mentoringSession.count({ where: { learnerId } }),
      db.followUpCase.count({ where: { learnerId } }),
      db.appointment.count({ where: { learnerId } }),
      db.consentRecord.count({ where: { learnerId } }),
      db.auditLog.count({ where: { learnerId } }),
      db.legalHold.findUnique({ where: { learnerId }, select: { reason: true, endsOn: true } }),
    ]);
  const counts: Record<ErasureKey, number> = {
    identity: learner.user.active || !learner.user.email.endsWith("@invalid") ? 1 : 0,
    confidentialProfile: sensitive,
    accommodationPlan: sum(plan, accommodations, referrals, exchanges),
    requestConfidential: sum(requestSensitive, breakReasons),
    attachments,
    requestTexts,
    threadMessages: sum(events, inbound),
    sessionNotes: sum(sessionNotes, revisions),
    followUpNotes: sum(cases, appointments),
    otherNotes: sum(breakNotes, signalNotes, assignmentReasons),
    stakeholders: sum(stakeholders, stakeholderExchanges),
    notices: sum(notifications, reads, outbox),
    requests,
    sessions: sum(sessions, allCases, allAppointments),
    consents,
    audit,
  };
  const lines = (Object.entries(ERASURE_ON_REQUEST) as [ErasureKey, (typeof ERASURE_ON_REQUEST)[ErasureKey]][]).map(([key, item]) => ({
    key,
    fate: item.fate,
    dataClass: item.dataClass,
    reason: "reason" in item ? item.reason : null,
    count: counts[key],
  }));
  return {
    learner: { id: learner.userId, name: `${learner.user.firstName} ${learner.user.lastName}`, email: learner.user.email, active: learner.user.active },
    legalHold: hold ? { reason: hold.reason, endsOn: hold.endsOn, inForce: holdInForce(hold, now) } : null,
    goes: lines.filter((l) => l.fate !== "keep"),
    stays: lines.filter((l) => l.fate === "keep"),
  };
}

/** The name an admin types to confirm an erasure, compared without case, accents or extra spaces. */
function sameName(typed: string, name: string) {
  const fold = (v: string) => v.normalize("NFD").replace(/\p{M}/gu, "").replace(/\s+/g, " ").trim().toLowerCase();
  return fold(typed) === fold(name);
}

/**
 * Admin: erases a learner on request (art. 17), in one transaction, following
 * ERASURE_ON_REQUEST: what is erased goes, what is anonymised keeps its record without its
 * words or identity, what is kept stays for its legal reason. Refused under a legal hold in
 * force, or when the name typed to confirm is not the learner's. Records counts, never content.
 */
export async function eraseLearner(actor: Actor, input: { learnerId: string; confirmName: string }, now: Date) {
  const { learnerId } = input;
  const learner = await erasable(actor, learnerId);
  if (!sameName(input.confirmName, `${learner.user.firstName} ${learner.user.lastName}`)) throw refuse.field("confirmName", "confirmName");
  if (await heldAt(learnerId, now)) throw refuse.form("legalHold");
  const s = scopes(learnerId, learner.user.email);
  return getDb().$transaction(async (tx) => {
    // Re-checked inside: a hold set meanwhile wins.
    const hold = await tx.legalHold.findUnique({ where: { learnerId }, select: { endsOn: true } });
    if (holdInForce(hold, now)) throw refuse.form("legalHold");
    const confidential = await eraseConfidentialDetails(tx, [learnerId]);
    const requestPart = await eraseRequestConfidential(tx, [learnerId]);
    const attachments = await tx.attachment.deleteMany({ where: s.attachments });
    const requests = await tx.supportRequest.updateMany({ where: { learnerId, OR: [{ subject: ANON }, { message: ANON }] }, data: { subject: ANONYMISED, message: ANONYMISED, details: {} } });
    const events = await tx.requestEvent.updateMany({ where: s.events, data: { body: ANONYMISED } });
    const inbound = await tx.inboundEmail.updateMany({ where: s.inbound, data: { body: null, subject: null, fromAddress: null } });
    const revisions = await tx.sessionRevision.deleteMany({ where: { session: { learnerId } } });
    const notes = await tx.mentoringSession.updateMany({ where: s.sessionNotes, data: { privateNote: null, learnerNote: null } });
    const cases = await tx.followUpCase.updateMany({ where: s.cases, data: { blocker: null, nextStep: null, sharedOutcome: null } });
    const appointments = await tx.appointment.updateMany({ where: s.appointments, data: { notes: null, topic: null, cancelReason: null } });
    const breakNotes = await tx.learnerBreak.updateMany({ where: s.breakNotes, data: { decisionNote: null } });
    const signalNotes = await tx.learnerSignal.updateMany({ where: s.signalNotes, data: { resolutionNote: null } });
    const reasons = await tx.assignmentHistory.updateMany({ where: s.assignmentReasons, data: { reason: null } });
    const stakeholderExchanges = await tx.stakeholderExchange.deleteMany({ where: { learnerId } });
    const stakeholders = await tx.stakeholder.deleteMany({ where: { learnerId } });
    const notifications = await tx.notification.deleteMany({ where: { userId: learnerId } });
    const reads = await tx.requestRead.deleteMany({ where: { userId: learnerId } });
    const outbox = await tx.emailOutbox.deleteMany({ where: s.outbox });
    await tx.passwordResetRequest.deleteMany({ where: { email: { equals: learner.user.email, mode: "insensitive" } } });
    await tx.authToken.deleteMany({ where: { userId: learnerId } });
    await tx.legalHold.deleteMany({ where: { learnerId } });
    // The audit log stays (accountability), without the identity it quoted (account changes).
    await tx.$executeRaw`UPDATE "AuditLog" SET "before" = CASE WHEN jsonb_typeof("before") = 'object' THEN "before" - ${IDENTITY_FIELDS}::text[] ELSE "before" END, "after" = CASE WHEN jsonb_typeof("after") = 'object' THEN "after" - ${IDENTITY_FIELDS}::text[] ELSE "after" END WHERE "learnerId" = ${learnerId} OR ("entityType" = 'User' AND "entityId" = ${learnerId})`;
    await tx.user.update({
      where: { id: learnerId },
      data: { firstName: "Apprenant·e", lastName: "effacé·e", email: `erased-${learnerId}@invalid`, phone: null, passwordHash: null, active: false, deactivatedAt: now, sessionVersion: { increment: 1 } },
    });
    await tx.authSession.updateMany({ where: { userId: learnerId, endedAt: null }, data: { endedAt: now } });
    const byLine: Partial<Record<ErasureKey, number>> = {
      identity: 1,
      confidentialProfile: confidential["CONFIDENTIAL_DETAILS:erase"] ?? 0,
      requestConfidential: requestPart["REQUEST_CONFIDENTIAL:erase"] ?? 0,
      attachments: attachments.count,
      requestTexts: requests.count,
      threadMessages: events.count + inbound.count,
      sessionNotes: notes.count + revisions.count,
      followUpNotes: cases.count + appointments.count,
      otherNotes: breakNotes.count + signalNotes.count + reasons.count,
      stakeholders: stakeholders.count + stakeholderExchanges.count,
      notices: notifications.count + reads.count + outbox.count,
    };
    const counts: ErasureCounts = {};
    for (const [key, count] of Object.entries(byLine) as [ErasureKey, number][]) {
      const item = ERASURE_ON_REQUEST[key];
      const code = `${item.dataClass ?? key.toUpperCase()}:${item.fate}`;
      counts[code] = (counts[code] ?? 0) + count;
    }
    await recordRetention(tx, "erasure-request", counts, now);
    await writeAudit(tx, { actorId: actor.id, action: "learner.erased", entityType: "LearnerProfile", entityId: learnerId, learnerId, after: byLine });
    return byLine;
  }, TX_OPTIONS);
}
