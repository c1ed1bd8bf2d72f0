import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { assertAdvisorOf, followedLearnerWhere, requireOwnLearner } from "./advisor-scope";
import { writeAudit } from "./audit";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { appointmentEmail, appointmentMailSelect, toMailInput } from "@/lib/server/mail/appointment-email";
import { closeRefusal, END_OF_TRAINING_CHECKLIST, initialChecklist, nextAppointmentKind } from "@/lib/domain/follow-up";
import { schoolInstant } from "@/lib/domain/week";
import type {
  ChecklistInput,
  CloseCaseInput,
  OpenCaseInput,
  RecordAppointmentInput,
  ScheduleAppointmentInput,
} from "@/lib/schemas/follow-up";

/** The "open a case" page: the learner and, when given, the request the case comes from (about that learner). */
export async function prepareCase(actor: Actor, learnerId: string, requestId?: string) {
  const db = getDb();
  const learner = await requireOwnLearner(db, actor, learnerId);
  const request = requestId
    ? await db.supportRequest.findFirst({
        where: { id: requestId, learnerId },
        select: { id: true, number: true, subject: true, topic: true, side: true },
      })
    : null;
  if (requestId && !request) throw new NotFoundError("request");
  return {
    learner: { id: learner.userId, firstName: learner.user.firstName, lastName: learner.user.lastName },
    request,
    suggestedReason: request?.side === "MENTOR" ? ("MENTOR_ALERT" as const) : undefined,
  };
}

export async function openCase(actor: Actor, input: OpenCaseInput): Promise<{ caseId: string }> {
  return getDb().$transaction(async (tx) => {
    await requireOwnLearner(tx, actor, input.learnerId);
    const sourceRequestId = input.sourceRequestId || null;
    if (sourceRequestId) {
      const found = await tx.supportRequest.count({ where: { id: sourceRequestId, learnerId: input.learnerId } });
      if (!found) throw new NotFoundError("request");
    }
    const checklist = initialChecklist(input.reason);
    const created = await tx.followUpCase.create({
      data: {
        learnerId: input.learnerId,
        advisorId: actor.id,
        reason: input.reason,
        sourceRequestId,
        checklist: checklist ?? undefined,
      },
      select: { id: true },
    });
    await writeAudit(tx, { actorId: actor.id, action: "case.opened", entityType: "FollowUpCase", entityId: created.id, learnerId: input.learnerId, after: { reason: input.reason, sourceRequestId } });
    return { caseId: created.id };
  });
}

/** A case the actor may read: its learner's advisor, Support, the Mentorship Manager. */
export async function getCase(actor: Actor, caseId: string) {
  const found = await getDb().followUpCase.findFirst({
    where: { id: caseId, learner: followedLearnerWhere(actor) },
    select: {
      id: true,
      learnerId: true,
      reason: true,
      status: true,
      blocker: true,
      outcome: true,
      nextStep: true,
      checklist: true,
      openedAt: true,
      closedAt: true,
      advisor: { select: { firstName: true, lastName: true } },
      learner: { select: { user: { select: { firstName: true, lastName: true, phone: true, email: true } } } },
      sourceRequest: { select: { id: true, number: true, subject: true, topic: true } },
      appointments: {
        orderBy: { startsAt: "asc" },
        select: { id: true, kind: true, startsAt: true, durationMinutes: true, status: true, notes: true, reminderSentAt: true },
      },
    },
  });
  if (!found) throw new NotFoundError();
  return { ...found, nextKind: found.status === "OPEN" ? nextAppointmentKind(found.appointments) : null };
}


/** The case, locked to its learner's current advisor, inside a transaction. */
async function ownOpenCase(tx: Prisma.TransactionClient, actor: Actor, caseId: string) {
  assertAdvisorOf(actor);
  const found = await tx.followUpCase.findFirst({
    where: { id: caseId, learner: { advisorId: actor.id } },
    select: { id: true, learnerId: true, status: true, outcome: true, nextStep: true, appointments: { select: { kind: true, status: true } } },
  });
  if (!found) throw new NotFoundError();
  return found;
}

/** Schedules the next call of the case and emails the learner the invite, in one transaction. */
export async function scheduleAppointment(actor: Actor, input: ScheduleAppointmentInput, now = new Date()): Promise<void> {
  return getDb().$transaction(async (tx) => {
    const found = await ownOpenCase(tx, actor, input.caseId);
    const kind = nextAppointmentKind(found.appointments);
    if (found.status !== "OPEN" || !kind) throw refuse.form("conflict");
    // The schema refused a date that does not exist; a null here is a bug, not a user's mistake.
    const startsAt = schoolInstant(input.date, input.time);
    if (!startsAt) throw new Error(`scheduleAppointment: no instant for ${input.date} ${input.time}`);
    if (startsAt <= now) throw refuse.form("past");
    const appointment = await tx.appointment.create({
      data: { caseId: found.id, learnerId: found.learnerId, advisorId: actor.id, kind, startsAt, durationMinutes: Number(input.durationMinutes) },
      select: appointmentMailSelect,
    });
    await enqueueEmail(tx, appointmentEmail(toMailInput(appointment), "invite"));
    await writeAudit(tx, { actorId: actor.id, action: "appointment.scheduled", entityType: "Appointment", entityId: appointment.id, learnerId: found.learnerId, after: { kind, startsAt: startsAt.toISOString() } });
  });
}

/** After the call: held or no-show; the first call held records the blocker identified. */
export async function recordAppointment(actor: Actor, input: RecordAppointmentInput): Promise<void> {
  return getDb().$transaction(async (tx) => {
    assertAdvisorOf(actor);
    const appointment = await tx.appointment.findFirst({
      where: { id: input.appointmentId, learner: { advisorId: actor.id } },
      select: { id: true, kind: true, status: true, caseId: true, learnerId: true, case: { select: { status: true } } },
    });
    if (!appointment) throw new NotFoundError();
    if (appointment.status !== "SCHEDULED" || appointment.case.status !== "OPEN") throw refuse.form("conflict");
    const blocker = input.blocker.trim();
    if (appointment.kind === "FIRST" && input.status === "HELD" && !blocker) throw refuse.field("blocker", "blocker.required");
    await tx.appointment.update({ where: { id: appointment.id }, data: { status: input.status, notes: input.notes.trim() || null } });
    if (appointment.kind === "FIRST" && input.status === "HELD") {
      await tx.followUpCase.update({ where: { id: appointment.caseId }, data: { blocker } });
    }
    await writeAudit(tx, { actorId: actor.id, action: "appointment.recorded", entityType: "Appointment", entityId: appointment.id, learnerId: appointment.learnerId, after: { status: input.status } });
  });
}

/** Closes the case: refused without the outcome and the next step (the form refuses it too). */
export async function closeCase(actor: Actor, input: CloseCaseInput): Promise<void> {
  const refusal = closeRefusal(input);
  if (refusal) {
    assertAdvisorOf(actor);
    throw refuse.field(refusal === "outcome.required" ? "outcome" : "nextStep", refusal);
  }
  return getDb().$transaction(async (tx) => {
    const found = await ownOpenCase(tx, actor, input.caseId);
    if (found.status !== "OPEN") throw refuse.form("conflict");
    // A scheduled call would be left dangling: record it first.
    if (found.appointments.some((a) => a.status === "SCHEDULED")) throw refuse.form("conflict");
    const { count } = await tx.followUpCase.updateMany({
      where: { id: found.id, status: "OPEN" },
      data: { status: "CLOSED", outcome: input.outcome, nextStep: input.nextStep.trim(), closedAt: new Date() },
    });
    if (count !== 1) throw refuse.form("conflict");
    await writeAudit(tx, { actorId: actor.id, action: "case.closed", entityType: "FollowUpCase", entityId: found.id, learnerId: found.learnerId, after: { outcome: input.outcome } });
  });
}

/** The end-of-training checklist: which steps are done. */
export async function saveChecklist(actor: Actor, input: ChecklistInput): Promise<void> {
  return getDb().$transaction(async (tx) => {
    const found = await ownOpenCase(tx, actor, input.caseId);
    const existing = await tx.followUpCase.findUniqueOrThrow({ where: { id: found.id }, select: { checklist: true, reason: true } });
    if (existing.reason !== "END_OF_TRAINING" || found.status !== "OPEN") throw refuse.form("conflict");
    const checklist = END_OF_TRAINING_CHECKLIST.map((key) => ({ key, done: input.done.includes(key) }));
    await tx.followUpCase.update({ where: { id: found.id }, data: { checklist } });
  });
}
