import "server-only";
import type { Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { assertAdvisorOf, followedLearnerWhere, requireOwnLearner } from "./advisor-scope";
import { writeAudit } from "./audit";
import { enqueueEmail } from "@/lib/server/data/outbox";
import { appointmentEmail, appointmentMailSelect, toMailInput } from "@/lib/server/mail/appointment-email";
import { closeRefusal, END_OF_TRAINING_CHECKLIST, initialChecklist, nextAppointmentKind } from "@/lib/domain/follow-up";
import { schoolInstant } from "@/lib/domain/week";
import { cancelCall, pastCallRefusal, recordRefusal, rescheduleCall } from "@/lib/domain/appointments";
import { now as clockNow } from "@/lib/server/clock";
import { closeCaseTransition } from "@/lib/domain/case-closing";
import { resolveRequestsInTx } from "./triage";
import { inviteToSurveyInTx } from "./satisfaction";
import { isOverlap } from "./booking";
import type {
  CancelAppointmentInput,
  ChecklistInput,
  CloseCaseInput,
  LogPastCallInput,
  RescheduleAppointmentInput,
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
      // One case per request: the request page links to it instead of offering a second.
      if (await tx.followUpCase.count({ where: { sourceRequestId } })) throw refuse.form("caseExists");
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
export async function getCase(actor: Actor, caseId: string, now = clockNow()) {
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
  const open = found.status === "OPEN";
  // What the page offers on each call: recording once it has started, moving or cancelling before.
  const appointments = found.appointments.map((a) => ({
    ...a,
    recordable: open && recordRefusal(a, now) === null,
    changeable: open && a.status === "SCHEDULED" && a.startsAt > now,
  }));
  return { ...found, appointments, nextKind: open ? nextAppointmentKind(found.appointments) : null };
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
export async function scheduleAppointment(actor: Actor, input: ScheduleAppointmentInput, now = clockNow()): Promise<void> {
  return overlapAsFieldError(getDb().$transaction(async (tx) => {
    const found = await ownOpenCase(tx, actor, input.caseId);
    const kind = nextAppointmentKind(found.appointments);
    if (found.status !== "OPEN" || !kind) throw refuse.form("conflict");
    const startsAt = instantOf(input);
    if (startsAt <= now) throw refuse.form("past");
    const appointment = await tx.appointment.create({
      data: { caseId: found.id, learnerId: found.learnerId, advisorId: actor.id, kind, startsAt, durationMinutes: Number(input.durationMinutes) },
      select: appointmentMailSelect,
    });
    await enqueueEmail(tx, appointmentEmail(toMailInput(appointment), "invite"));
    await writeAudit(tx, { actorId: actor.id, action: "appointment.scheduled", entityType: "Appointment", entityId: appointment.id, learnerId: found.learnerId, after: { kind, startsAt: startsAt.toISOString() } });
  }));
}

// Two scheduled calls of one advisor never overlap (a database constraint): over a call a
// learner booked, or another of the advisor's, the time field says so.
async function overlapAsFieldError(work: Promise<void>): Promise<void> {
  try {
    await work;
  } catch (error) {
    if (isOverlap(error)) throw refuse.field("time", "overlap");
    throw error;
  }
}

// The schema refused a date that does not exist; a null here is a bug, not a user's mistake.
function instantOf(input: { date: string; time: string }): Date {
  const startsAt = schoolInstant(input.date, input.time);
  if (!startsAt) throw new Error(`no instant for ${input.date} ${input.time}`);
  return startsAt;
}

/** After the call: held or no-show, once its start time has passed; the first call held records the blocker identified. */
export async function recordAppointment(actor: Actor, input: RecordAppointmentInput, now = clockNow()): Promise<void> {
  return getDb().$transaction(async (tx) => {
    assertAdvisorOf(actor);
    const appointment = await tx.appointment.findFirst({
      where: { id: input.appointmentId, learner: { advisorId: actor.id } },
      select: { id: true, kind: true, status: true, startsAt: true, caseId: true, learnerId: true, case: { select: { status: true } } },
    });
    if (!appointment) throw new NotFoundError();
    // A call the learner booked outside any case is recorded all the same (a no-show offers to rebook).
    if (appointment.case && appointment.case.status !== "OPEN") throw refuse.form("conflict");
    const refusal = recordRefusal(appointment, now);
    if (refusal === "notYet") throw refuse.field("status", "attendance.notYet");
    if (refusal) throw refuse.form(refusal);
    const blocker = input.blocker.trim();
    const identifiesBlocker = appointment.caseId !== null && appointment.kind === "FIRST" && input.status === "HELD";
    if (identifiesBlocker && !blocker) throw refuse.field("blocker", "blocker.required");
    await tx.appointment.update({ where: { id: appointment.id }, data: { status: input.status, notes: input.notes.trim() || null } });
    if (identifiesBlocker && appointment.caseId) {
      await tx.followUpCase.update({ where: { id: appointment.caseId }, data: { blocker } });
    }
    // A missed call: the learner is offered to book another time (the link opens the booking page).
    if (input.status === "NO_SHOW") {
      const missed = await tx.appointment.findUniqueOrThrow({ where: { id: appointment.id }, select: appointmentMailSelect });
      await enqueueEmail(tx, appointmentEmail(toMailInput(missed), "noShow"));
    }
    await writeAudit(tx, { actorId: actor.id, action: "appointment.recorded", entityType: "Appointment", entityId: appointment.id, learnerId: appointment.learnerId, after: { status: input.status } });
  });
}

/** A call that already took place, logged as held without an invitation (up to 14 days back). */
export async function logPastCall(actor: Actor, input: LogPastCallInput, now = clockNow()): Promise<void> {
  return getDb().$transaction(async (tx) => {
    const found = await ownOpenCase(tx, actor, input.caseId);
    const kind = nextAppointmentKind(found.appointments);
    // The page offered another kind than what is next now (someone logged or scheduled meanwhile).
    if (found.status !== "OPEN" || !kind || kind !== input.kind) throw refuse.form("conflict");
    const startsAt = instantOf(input);
    const refusal = pastCallRefusal(startsAt, now);
    if (refusal) throw refuse.field("date", `pastCall.${refusal}`);
    const blocker = input.blocker.trim();
    if (kind === "FIRST" && !blocker) throw refuse.field("blocker", "blocker.required");
    const created = await tx.appointment.create({
      data: { caseId: found.id, learnerId: found.learnerId, advisorId: actor.id, kind, startsAt, durationMinutes: Number(input.durationMinutes), status: "HELD", notes: input.notes.trim() || null },
      select: { id: true },
    });
    if (kind === "FIRST") await tx.followUpCase.update({ where: { id: found.id }, data: { blocker } });
    await writeAudit(tx, { actorId: actor.id, action: "appointment.logged", entityType: "Appointment", entityId: created.id, learnerId: found.learnerId, after: { kind, startsAt: startsAt.toISOString() } });
  });
}

/** A call still to come, of an open case, locked to the learner's current advisor. */
async function ownUpcomingCall(tx: Prisma.TransactionClient, actor: Actor, appointmentId: string) {
  assertAdvisorOf(actor);
  const found = await tx.appointment.findFirst({
    where: { id: appointmentId, learner: { advisorId: actor.id } },
    select: { id: true, status: true, startsAt: true, icsSequence: true, learnerId: true, case: { select: { status: true } } },
  });
  if (!found) throw new NotFoundError();
  if (found.case && found.case.status !== "OPEN") throw refuse.form("conflict");
  return found;
}

/** Moves a call to another time: the learner gets the updated invite (same UID, sequence + 1). */
export async function rescheduleAppointment(actor: Actor, input: RescheduleAppointmentInput, now = clockNow()): Promise<void> {
  return overlapAsFieldError(getDb().$transaction(async (tx) => {
    const found = await ownUpcomingCall(tx, actor, input.appointmentId);
    const change = rescheduleCall(found, instantOf(input), now);
    if ("refusal" in change) throw change.refusal === "past" ? refuse.field("date", "past") : refuse.form(change.refusal);
    const { count } = await tx.appointment.updateMany({
      where: { id: found.id, status: "SCHEDULED", icsSequence: found.icsSequence },
      data: { startsAt: change.startsAt, icsSequence: change.icsSequence, durationMinutes: Number(input.durationMinutes), reminderSentAt: null, hourReminderSentAt: null },
    });
    if (count !== 1) throw refuse.form("conflict");
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id: found.id }, select: appointmentMailSelect });
    await enqueueEmail(tx, appointmentEmail(toMailInput(appointment), "update"));
    await writeAudit(tx, { actorId: actor.id, action: "appointment.rescheduled", entityType: "Appointment", entityId: found.id, learnerId: found.learnerId, before: { startsAt: found.startsAt.toISOString() }, after: { startsAt: change.startsAt.toISOString() } });
  }));
}

/** Cancels a call still to come: the learner gets the cancellation (METHOD:CANCEL, same UID, sequence + 1). */
export async function cancelAppointment(actor: Actor, input: CancelAppointmentInput, now = clockNow()): Promise<void> {
  return getDb().$transaction(async (tx) => {
    const found = await ownUpcomingCall(tx, actor, input.appointmentId);
    const change = cancelCall(found, now);
    if ("refusal" in change) throw refuse.form(change.refusal);
    const { count } = await tx.appointment.updateMany({
      where: { id: found.id, status: "SCHEDULED", icsSequence: found.icsSequence },
      data: { status: change.status, icsSequence: change.icsSequence },
    });
    if (count !== 1) throw refuse.form("conflict");
    const appointment = await tx.appointment.findUniqueOrThrow({ where: { id: found.id }, select: appointmentMailSelect });
    await enqueueEmail(tx, appointmentEmail(toMailInput(appointment), "cancel"));
    await writeAudit(tx, { actorId: actor.id, action: "appointment.cancelled", entityType: "Appointment", entityId: found.id, learnerId: found.learnerId });
  });
}

/**
 * Closes the case: refused without the outcome and the next step (the form refuses it too).
 * In the same transaction its source request is resolved with the shared outcome as its
 * resolution note, and a mentor's alert closes its loop (one email, through the outbox).
 */
export async function closeCase(actor: Actor, input: CloseCaseInput, now = clockNow()): Promise<void> {
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
    const source = await tx.followUpCase.findUniqueOrThrow({
      where: { id: found.id },
      select: { sourceRequest: { select: { id: true, status: true, side: true, loopClosedAt: true } } },
    });
    const closing = closeCaseTransition(source.sourceRequest ? [source.sourceRequest] : [], input.sharedOutcome, now);
    const { count } = await tx.followUpCase.updateMany({
      where: { id: found.id, status: "OPEN" },
      data: { ...closing.case, outcome: input.outcome, nextStep: input.nextStep.trim() },
    });
    if (count !== 1) throw refuse.form("conflict");
    // The learner is asked about the case; a source request they filed is not asked about twice.
    await inviteToSurveyInTx(tx, { caseId: found.id }, now);
    await resolveRequestsInTx(tx, actor.id, closing.resolve, closing.case.sharedOutcome, now, { invite: true, exceptAuthorId: found.learnerId });
    await writeAudit(tx, { actorId: actor.id, action: "case.closed", entityType: "FollowUpCase", entityId: found.id, learnerId: found.learnerId, after: { outcome: input.outcome, resolved: closing.resolve.map((r) => r.id) } });
  }, TX_OPTIONS);
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
