import "server-only";
import type { AppointmentKind, Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { now as clockNow } from "@/lib/server/clock";
import { writeAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import { appointmentEmail, appointmentMailSelect, toMailInput, type AppointmentMailPurpose } from "@/lib/server/mail/appointment-email";
import { freeSlots, insideNotice, MAX_RESCHEDULES, slotRefusal, type BookingRules, type BusyCall } from "@/lib/domain/booking-slots";
import { nextAppointmentKind } from "@/lib/domain/follow-up";
import { cancelCall, rescheduleCall } from "@/lib/domain/appointments";
import { toStoredPhone } from "@/lib/domain/phone";
import type { BookCallInput, CancelMyCallInput, MoveMyCallInput } from "@/lib/schemas/booking";

// A learner books, moves and cancels their own phone calls with their current advisor,
// in the advisor's free slots (lib/domain/booking-slots.ts). Two bookings never take one
// slot: each booking locks the advisor's availability row (so the daily cap holds too),
// and the database refuses two overlapping scheduled calls of one advisor whoever made
// them (the exclusion constraint "Appointment_advisor_no_overlap").

export type Db = Prisma.TransactionClient | ReturnType<typeof getDb>;

const DAY = 86_400_000;
const LEARNER = ["LEARNER"] as const;

/** What the slot rules read of an advisor's availability (also the availability form's values). */
export const availabilitySelect = {
  firstCallMinutes: true,
  followUpCallMinutes: true,
  bufferMinutes: true,
  minNoticeHours: true,
  horizonDays: true,
  dailyCap: true,
  windows: { select: { weekday: true, startMinute: true, endMinute: true } },
  exceptions: { select: { startDate: true, endDate: true, label: true }, orderBy: { startDate: "asc" } },
} as const satisfies Prisma.AdvisorAvailabilitySelect;

type StoredAvailability = Prisma.AdvisorAvailabilityGetPayload<{ select: typeof availabilitySelect }>;

const day = (d: Date) => d.toISOString().slice(0, 10);

/** The stored availability as the pure rules read it. */
export function toRules(a: StoredAvailability): BookingRules {
  return {
    windows: a.windows,
    exceptions: a.exceptions.map((e) => ({ startDate: day(e.startDate), endDate: day(e.endDate) })),
    durations: { FIRST: a.firstCallMinutes, FOLLOW_UP: a.followUpCallMinutes },
    bufferMinutes: a.bufferMinutes,
    minNoticeHours: a.minNoticeHours,
    horizonDays: a.horizonDays,
    dailyCap: a.dailyCap,
  };
}

/** Whether a database error is the no-overlap constraint refusing a call (PostgreSQL's 23P01). */
export function isOverlap(error: unknown): boolean {
  const parts: string[] = [];
  for (let e: unknown = error, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth += 1) {
    parts.push(String((e as { message?: unknown }).message ?? ""), String((e as { code?: unknown }).code ?? ""), JSON.stringify((e as { meta?: unknown }).meta ?? null));
  }
  return /Appointment_advisor_no_overlap|23P01/.test(parts.join(" "));
}

/** The learner's current advisor, or a refusal when they have none. */
export async function myAdvisor(db: Db, actor: Actor) {
  assertRole(actor, LEARNER);
  const profile = await db.learnerProfile.findUnique({
    where: { userId: actor.id },
    select: { advisorId: true, advisor: { select: { firstName: true, lastName: true, active: true } }, user: { select: { phone: true } } },
  });
  if (!profile) throw new NotFoundError();
  return profile;
}

/** The scheduled calls of an advisor that may touch the bookable days (one left out when it is being moved). */
export async function busyCalls(db: Db, advisorId: string, now: Date, horizonDays: number, except?: string): Promise<BusyCall[]> {
  return db.appointment.findMany({
    where: { advisorId, status: "SCHEDULED", startsAt: { gte: new Date(now.getTime() - DAY), lt: new Date(now.getTime() + (horizonDays + 2) * DAY) }, ...(except ? { id: { not: except } } : {}) },
    select: { startsAt: true, durationMinutes: true },
  });
}

/** What the learner's next booking is for: the open case waiting for its next call, else a call of its own. */
async function bookingTarget(db: Db, learnerId: string, advisorId: string): Promise<{ caseId: string | null; kind: AppointmentKind }> {
  const open = await db.followUpCase.findMany({
    where: { learnerId, advisorId, status: "OPEN" },
    orderBy: { openedAt: "asc" },
    select: { id: true, appointments: { select: { kind: true, status: true } } },
  });
  for (const c of open) {
    const kind = nextAppointmentKind(c.appointments);
    if (kind) return { caseId: c.id, kind };
  }
  return { caseId: null, kind: "FIRST" };
}

const myCallSelect = {
  id: true,
  kind: true,
  status: true,
  startsAt: true,
  durationMinutes: true,
  rescheduleCount: true,
  topic: true,
  remindHourBefore: true,
  advisorId: true,
  icsSequence: true,
  advisor: { select: { firstName: true, lastName: true } },
} as const satisfies Prisma.AppointmentSelect;

/** The learner's next scheduled call, if any (a learner holds one booking at a time). */
async function upcomingCall(db: Db, learnerId: string, now: Date) {
  return db.appointment.findFirst({ where: { learnerId, status: "SCHEDULED", startsAt: { gt: now } }, orderBy: { startsAt: "asc" }, select: myCallSelect });
}

/**
 * The booking page: the advisor's free slots for the learner's next call, or, with `moveId`,
 * for moving that call of theirs (its own time counted free).
 */
export async function getBookingPage(actor: Actor, options: { moveId?: string } = {}, now = clockNow()) {
  const db = getDb();
  const profile = await myAdvisor(db, actor);
  const moving = options.moveId ? await getMyCall(actor, options.moveId, now) : null;
  if (moving && !moving.canMove) throw new NotFoundError();
  const base = { advisor: profile.advisor, phone: profile.user.phone, moving };
  if (!profile.advisorId || !profile.advisor?.active) return { ...base, state: "noAdvisor" as const, slots: [], existing: null, kind: null, durationMinutes: 0 };
  const existing = moving ? null : await upcomingCall(db, actor.id, now);
  const stored = await db.advisorAvailability.findUnique({ where: { advisorId: profile.advisorId }, select: availabilitySelect });
  const target = moving ? { kind: moving.kind } : await bookingTarget(db, actor.id, profile.advisorId);
  if (!stored) return { ...base, state: "noAvailability" as const, slots: [], existing, kind: target.kind, durationMinutes: 0 };
  const rules = toRules(stored);
  const slots = freeSlots(rules, target.kind, await busyCalls(db, profile.advisorId, now, rules.horizonDays, moving?.id), now);
  return { ...base, state: existing ? ("alreadyBooked" as const) : ("open" as const), slots, existing, kind: target.kind, durationMinutes: rules.durations[target.kind] };
}

/** Locks the advisor's availability row for this transaction, and reads it. */
export async function lockedRules(tx: Prisma.TransactionClient, advisorId: string): Promise<BookingRules> {
  await tx.$queryRaw`SELECT "advisorId" FROM "AdvisorAvailability" WHERE "advisorId" = ${advisorId} FOR UPDATE`;
  const stored = await tx.advisorAvailability.findUnique({ where: { advisorId }, select: availabilitySelect });
  if (!stored) throw refuse.form("noAvailability");
  return toRules(stored);
}

export function slotError(refusal: NonNullable<ReturnType<typeof slotRefusal>>) {
  return refuse.field("startsAt", `slot.${refusal}`);
}

export async function mail(tx: Prisma.TransactionClient, id: string, purpose: AppointmentMailPurpose) {
  const a = await tx.appointment.findUniqueOrThrow({ where: { id }, select: appointmentMailSelect });
  await enqueueEmail(tx, appointmentEmail(toMailInput(a), purpose));
}

type NewCall = { advisorId: string; caseId: string | null; kind: AppointmentKind; startsAt: Date; durationMinutes: number; input: BookCallInput; storedPhone: string | null; via?: "link" };

/** The learner's booked call, their confirmed phone number, the email with its invite and the audit entry (inside the booking's transaction). */
export async function insertBookedCall(tx: Prisma.TransactionClient, actor: Actor, call: NewCall): Promise<{ id: string }> {
  assertRole(actor, LEARNER);
  const phone = toStoredPhone(call.input.phone);
  const created = await tx.appointment.create({
    data: {
      caseId: call.caseId,
      learnerId: actor.id,
      advisorId: call.advisorId,
      kind: call.kind,
      startsAt: call.startsAt,
      durationMinutes: call.durationMinutes,
      bookedByLearner: true,
      topic: call.input.topic.trim() || null,
      remindHourBefore: call.input.remindHourBefore,
    },
    select: { id: true },
  });
  if (phone && phone !== call.storedPhone) await tx.user.update({ where: { id: actor.id }, data: { phone } });
  await mail(tx, created.id, "booked");
  await writeAudit(tx, { actorId: actor.id, action: "appointment.booked", entityType: "Appointment", entityId: created.id, learnerId: actor.id, after: { kind: call.kind, startsAt: call.startsAt.toISOString(), caseId: call.caseId, ...(call.via ? { via: call.via } : {}) } });
  return created;
}

/** Books a free slot with the learner's advisor: the call, the confirmed phone number, the email with its invite, in one transaction. */
export async function bookCall(actor: Actor, input: BookCallInput, now = clockNow()): Promise<{ appointmentId: string }> {
  assertRole(actor, LEARNER);
  try {
    return await getDb().$transaction(async (tx) => {
      const profile = await myAdvisor(tx, actor);
      if (!profile.advisorId || !profile.advisor?.active) throw refuse.form("noAdvisor");
      const rules = await lockedRules(tx, profile.advisorId);
      if (await upcomingCall(tx, actor.id, now)) throw refuse.form("alreadyBooked");
      const target = await bookingTarget(tx, actor.id, profile.advisorId);
      const startsAt = new Date(input.startsAt);
      const refusal = slotRefusal(rules, target.kind, await busyCalls(tx, profile.advisorId, now, rules.horizonDays), now, startsAt);
      if (refusal) throw slotError(refusal);
      const created = await insertBookedCall(tx, actor, { advisorId: profile.advisorId, caseId: target.caseId, kind: target.kind, startsAt, durationMinutes: rules.durations[target.kind], input, storedPhone: profile.user.phone });
      return { appointmentId: created.id };
    }, TX_OPTIONS);
  } catch (error) {
    if (isOverlap(error)) throw slotError("taken");
    throw error;
  }
}

/** One of the learner's own calls, with what they may still do with it. */
export async function getMyCall(actor: Actor, appointmentId: string, now = clockNow()) {
  assertRole(actor, LEARNER);
  const db = getDb();
  const found = await db.appointment.findFirst({ where: { id: appointmentId, learnerId: actor.id }, select: myCallSelect });
  if (!found) throw new NotFoundError();
  const notice = await db.advisorAvailability.findUnique({ where: { advisorId: found.advisorId }, select: { minNoticeHours: true } });
  const upcoming = found.status === "SCHEDULED" && found.startsAt > now;
  return {
    id: found.id,
    kind: found.kind,
    status: found.status,
    startsAt: found.startsAt,
    durationMinutes: found.durationMinutes,
    topic: found.topic,
    remindHourBefore: found.remindHourBefore,
    rescheduleCount: found.rescheduleCount,
    advisor: found.advisor,
    canMove: upcoming && found.rescheduleCount < MAX_RESCHEDULES,
    movesLeft: Math.max(0, MAX_RESCHEDULES - found.rescheduleCount),
    canCancel: upcoming,
    reasonRequired: upcoming && insideNotice(found.startsAt, notice?.minNoticeHours ?? 24, now),
  };
}

/** The learner's call still to come, locked in this transaction. */
async function ownUpcoming(tx: Prisma.TransactionClient, actor: Actor, appointmentId: string) {
  assertRole(actor, LEARNER);
  const found = await tx.appointment.findFirst({ where: { id: appointmentId, learnerId: actor.id }, select: myCallSelect });
  if (!found) throw new NotFoundError();
  return found;
}

/** Moves the learner's call to another free slot: the same event, sequence + 1; at most MAX_RESCHEDULES times. */
export async function moveMyCall(actor: Actor, input: MoveMyCallInput, now = clockNow()): Promise<void> {
  assertRole(actor, LEARNER);
  try {
    await getDb().$transaction(async (tx) => {
      const found = await ownUpcoming(tx, actor, input.appointmentId);
      const rules = await lockedRules(tx, found.advisorId);
      if (found.rescheduleCount >= MAX_RESCHEDULES) throw refuse.form("tooManyMoves");
      const startsAt = new Date(input.startsAt);
      const change = rescheduleCall(found, startsAt, now);
      if ("refusal" in change) throw change.refusal === "past" ? slotError("notice") : refuse.form("conflict");
      const refusal = slotRefusal(rules, found.kind, await busyCalls(tx, found.advisorId, now, rules.horizonDays, found.id), now, startsAt);
      if (refusal) throw slotError(refusal);
      const { count } = await tx.appointment.updateMany({
        where: { id: found.id, status: "SCHEDULED", icsSequence: found.icsSequence },
        data: { startsAt, icsSequence: change.icsSequence, rescheduleCount: { increment: 1 }, reminderSentAt: null, hourReminderSentAt: null },
      });
      if (count !== 1) throw refuse.form("conflict");
      await mail(tx, found.id, "learnerMoved");
      await writeAudit(tx, { actorId: actor.id, action: "appointment.movedByLearner", entityType: "Appointment", entityId: found.id, learnerId: actor.id, before: { startsAt: found.startsAt.toISOString() }, after: { startsAt: startsAt.toISOString() } });
    }, TX_OPTIONS);
  } catch (error) {
    if (isOverlap(error)) throw slotError("taken");
    throw error;
  }
}

/** Cancels the learner's call (METHOD:CANCEL, same UID, sequence + 1); inside the minimum notice a reason is required. */
export async function cancelMyCall(actor: Actor, input: CancelMyCallInput, now = clockNow()): Promise<void> {
  assertRole(actor, LEARNER);
  await getDb().$transaction(async (tx) => {
    const found = await ownUpcoming(tx, actor, input.appointmentId);
    const change = cancelCall(found, now);
    if ("refusal" in change) throw refuse.form("conflict");
    const notice = await tx.advisorAvailability.findUnique({ where: { advisorId: found.advisorId }, select: { minNoticeHours: true } });
    const reason = input.reason.trim();
    if (insideNotice(found.startsAt, notice?.minNoticeHours ?? 24, now) && !reason) throw refuse.field("reason", "reason.required");
    const { count } = await tx.appointment.updateMany({
      where: { id: found.id, status: "SCHEDULED", icsSequence: found.icsSequence },
      data: { status: change.status, icsSequence: change.icsSequence, cancelReason: reason || null },
    });
    if (count !== 1) throw refuse.form("conflict");
    await mail(tx, found.id, "learnerCancelled");
    await writeAudit(tx, { actorId: actor.id, action: "appointment.cancelledByLearner", entityType: "Appointment", entityId: found.id, learnerId: actor.id });
  });
}
