import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { writeAudit } from "./audit";
import type { Period } from "@/lib/domain/reports/period";

// A learner's dossier (for a funder's delivery check) and monthly attendance attestation,
// read by the report readers: the learner's current advisor, the Mentorship Manager and
// administrators. Only dated facts go in; free text that may hold health or RQTH details
// (a request's message, notes, an exchange's summary) is left out, and so is the subject of
// a request whose topic or details are special-category. Every export is audited.

/** Topics whose very subject speaks of health or disability. */
const SENSITIVE_TOPICS = ["RQTH", "UPCOMING_ABSENCE", "BREAK_REQUEST"] as const;

function learnerWhere(actor: Actor, learnerId: string): Prisma.LearnerProfileWhereInput {
  switch (actor.role) {
    case "ADVISOR":
      return { userId: learnerId, advisorId: actor.id };
    case "MENTORSHIP_MANAGER":
    case "ADMIN":
      return { userId: learnerId };
    case "LEARNER":
    case "MENTOR":
    case "SUPPORT":
    case "DISABILITY_REFERENT":
      throw new NotFoundError();
  }
}

const name = { select: { firstName: true, lastName: true } } as const;

async function readLearner(actor: Actor, learnerId: string) {
  const learner = await getDb().learnerProfile.findFirst({
    where: learnerWhere(actor, learnerId),
    select: {
      userId: true,
      startDate: true,
      plannedEndDate: true,
      user: name,
      advisor: name,
      mentor: name,
      trainingPath: { select: { code: true, name: true } },
    },
  });
  if (!learner) throw new NotFoundError();
  return learner;
}

/** The learner's training and every dated request, reply, call, session and stakeholder exchange. */
export async function getLearnerDossier(actor: Actor, learnerId: string, at: Date) {
  const learner = await readLearner(actor, learnerId);
  const db = getDb();
  const [requests, sessions, appointments, exchanges] = await Promise.all([
    db.supportRequest.findMany({
      where: { learnerId },
      orderBy: { createdAt: "asc" },
      select: {
        id: true,
        number: true,
        createdAt: true,
        topic: true,
        side: true,
        status: true,
        subject: true,
        hasSensitive: true,
        resolvedAt: true,
        events: { where: { type: "REPLY", visibility: "PUBLIC" }, orderBy: { createdAt: "asc" }, select: { createdAt: true, actor: { select: { role: true } } } },
      },
    }),
    db.mentoringSession.findMany({
      where: { learnerId },
      orderBy: { scheduledAt: "asc" },
      select: { scheduledAt: true, kind: true, status: true, durationMinutes: true, cancelledBy: true, mentor: name },
    }),
    db.appointment.findMany({ where: { learnerId }, orderBy: { startsAt: "asc" }, select: { startsAt: true, kind: true, status: true, durationMinutes: true } }),
    db.stakeholderExchange.findMany({
      where: { learnerId },
      orderBy: { occurredAt: "asc" },
      select: { occurredAt: true, channel: true, stakeholder: { select: { kind: true, organisation: true } } },
    }),
  ]);
  await writeAudit(db, { actorId: actor.id, action: "learner.dossier.export", entityType: "LearnerProfile", entityId: learnerId, learnerId });
  return {
    learner,
    requests: requests.map(({ subject, hasSensitive, topic, ...r }) => ({
      ...r,
      // Even the topic says too much when it is RQTH: only the learner's advisor reads it.
      topic: topic === "RQTH" && actor.role !== "ADVISOR" ? null : topic,
      subject: hasSensitive || (SENSITIVE_TOPICS as readonly string[]).includes(topic) ? null : subject,
    })),
    sessions,
    appointments,
    exchanges,
    at,
  };
}

/** The sessions the learner held in a month (mentoring and defences), for an attendance attestation. */
export async function getAttendance(actor: Actor, learnerId: string, month: Period) {
  const learner = await readLearner(actor, learnerId);
  const db = getDb();
  const sessions = await db.mentoringSession.findMany({
    where: { learnerId, status: "HELD", scheduledAt: { gte: month.start, lt: month.end } },
    orderBy: { scheduledAt: "asc" },
    select: { scheduledAt: true, kind: true, durationMinutes: true },
  });
  await writeAudit(db, { actorId: actor.id, action: "learner.attendance.export", entityType: "LearnerProfile", entityId: learnerId, learnerId, after: { month: month.key } });
  return { learner, sessions, month };
}
