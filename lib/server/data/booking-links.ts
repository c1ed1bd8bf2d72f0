import "server-only";
import { randomBytes } from "node:crypto";
import type { AppointmentKind, Prisma } from "@prisma/client";
import { getDb, TX_OPTIONS } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { refuse } from "@/lib/server/errors";
import { now as clockNow } from "@/lib/server/clock";
import { hashToken } from "./auth-tokens";
import { writeAudit } from "./audit";
import { enqueueEmail } from "./outbox";
import { assertAdvisorOf } from "./advisor-scope";
import { staffScope } from "./inbox";
import { availabilitySelect, busyCalls, insertBookedCall, isOverlap, lockedRules, myAdvisor, slotError, toRules } from "./booking";
import { BOOKING_TOKEN, bookingLinkExpiry, bookingLinkState } from "@/lib/domain/booking-link";
import { freeSlots, slotRefusal } from "@/lib/domain/booking-slots";
import { nextAppointmentKind } from "@/lib/domain/follow-up";
import { bookingLinkEmail, type BookingLinkReason } from "@/lib/server/mail/templates/booking-link";
import type { BookWithLinkInput, ProposeSlotsInput, SendBookingLinkInput } from "@/lib/schemas/booking";

// The signed booking link of an advisor's email: the learner opens it after sign-in and books
// the call it was sent for (that case's next call, or the call a "call me back" request asked
// for). Only the SHA-256 of the token is stored; the link serves once (claimed by a conditional
// update in the booking's transaction) and expires; another user's link is not found.

const LEARNER = ["LEARNER"] as const;

type Issue = { learnerId: string; kind: AppointmentKind; caseId: string | null; requestId: string | null; createdById: string };

/** A new link inside the caller's transaction; earlier unused links for the same case or request stop working. Returns the raw token. */
async function issueBookingLink(tx: Prisma.TransactionClient, issue: Issue, now: Date): Promise<string> {
  const raw = randomBytes(32).toString("base64url");
  const same = issue.caseId ? { caseId: issue.caseId } : issue.requestId ? { requestId: issue.requestId } : { caseId: null, requestId: null };
  await tx.bookingLink.deleteMany({ where: { learnerId: issue.learnerId, usedAt: null, ...same } });
  await tx.bookingLink.create({ data: { ...issue, tokenHash: hashToken(raw), expiresAt: bookingLinkExpiry(now), createdAt: now } });
  return raw;
}

const learnerRecipient = { userId: true, advisor: { select: { firstName: true, lastName: true, active: true } }, user: { select: { email: true, firstName: true, locale: true, active: true } } } as const;

async function emailLink(tx: Prisma.TransactionClient, learner: { advisor: { firstName: string; lastName: string } | null; user: { email: string; firstName: string; locale: "fr" | "en" } }, kind: AppointmentKind, reason: BookingLinkReason, raw: string, now: Date) {
  const advisor = learner.advisor ? `${learner.advisor.firstName} ${learner.advisor.lastName}` : "";
  await enqueueEmail(tx, bookingLinkEmail(learner.user, { kind, advisor, reason, token: raw, expiresAt: bookingLinkExpiry(now) }));
}

/** The advisor emails the learner a link to choose the time of the case's next call (first or follow-up). */
export async function sendCaseBookingLink(actor: Actor, input: SendBookingLinkInput, now = clockNow()): Promise<{ kind: AppointmentKind }> {
  assertAdvisorOf(actor);
  return getDb().$transaction(async (tx) => {
    const found = await tx.followUpCase.findFirst({
      where: { id: input.caseId, learner: { advisorId: actor.id } },
      select: { id: true, status: true, learnerId: true, learner: { select: learnerRecipient }, appointments: { select: { kind: true, status: true } } },
    });
    if (!found) throw new NotFoundError();
    const kind = nextAppointmentKind(found.appointments);
    if (found.status !== "OPEN" || !kind) throw refuse.form("conflict");
    if (!found.learner.user.active) throw refuse.form("conflict");
    const raw = await issueBookingLink(tx, { learnerId: found.learnerId, kind, caseId: found.id, requestId: null, createdById: actor.id }, now);
    await emailLink(tx, found.learner, kind, "case", raw, now);
    await writeAudit(tx, { actorId: actor.id, action: "bookingLink.sent", entityType: "FollowUpCase", entityId: found.id, learnerId: found.learnerId, after: { kind } });
    return { kind };
  });
}

/**
 * "Proposer des créneaux" on a request whose learner asked to be called back: the booking link
 * by email, and a SLOTS_PROPOSED event in the request's history (seen by the learner too).
 * The call is booked with the learner's advisor, for their open case waiting for a call if any.
 */
export async function proposeSlots(actor: Actor, input: ProposeSlotsInput, now = clockNow()): Promise<void> {
  const scope = staffScope(actor);
  await getDb().$transaction(async (tx) => {
    const request = await tx.supportRequest.findFirst({
      where: { AND: [scope, { id: input.requestId }] },
      select: { id: true, callbackRequested: true, isOpen: true, learnerId: true, learner: { select: { ...learnerRecipient, advisorId: true } } },
    });
    if (!request) throw new NotFoundError("request");
    if (!request.callbackRequested || !request.isOpen || !request.learner.user.active) throw refuse.form("conflict");
    if (!request.learner.advisorId || !request.learner.advisor?.active) throw refuse.form("noAdvisor");
    const target = await caseTarget(tx, request.learnerId, request.learner.advisorId);
    const raw = await issueBookingLink(tx, { learnerId: request.learnerId, kind: target.kind, caseId: target.caseId, requestId: request.id, createdById: actor.id }, now);
    await emailLink(tx, request.learner, target.kind, "callback", raw, now);
    await tx.requestEvent.create({ data: { requestId: request.id, actorId: actor.id, type: "SLOTS_PROPOSED", visibility: "PUBLIC", createdAt: now } });
    await writeAudit(tx, { actorId: actor.id, action: "bookingLink.sent", entityType: "SupportRequest", entityId: request.id, learnerId: request.learnerId, after: { kind: target.kind, caseId: target.caseId } });
  });
}

/** The learner's open case waiting for its next call with this advisor, else a call of its own. */
async function caseTarget(tx: Prisma.TransactionClient, learnerId: string, advisorId: string): Promise<{ caseId: string | null; kind: AppointmentKind }> {
  const open = await tx.followUpCase.findMany({ where: { learnerId, advisorId, status: "OPEN" }, orderBy: { openedAt: "asc" }, select: { id: true, appointments: { select: { kind: true, status: true } } } });
  for (const c of open) {
    const kind = nextAppointmentKind(c.appointments);
    if (kind) return { caseId: c.id, kind };
  }
  return { caseId: null, kind: "FIRST" };
}

const linkSelect = {
  id: true,
  learnerId: true,
  kind: true,
  expiresAt: true,
  usedAt: true,
  caseId: true,
  case: { select: { status: true, advisorId: true, appointments: { select: { kind: true, status: true } } } },
  appointment: { select: { id: true, startsAt: true, status: true, kind: true } },
} as const satisfies Prisma.BookingLinkSelect;

type Link = Prisma.BookingLinkGetPayload<{ select: typeof linkSelect }>;

/** The learner's link by its raw token: an unknown token or another user's link is not found. */
async function ownLink(db: Prisma.TransactionClient | ReturnType<typeof getDb>, actor: Actor, raw: string, now: Date) {
  assertRole(actor, LEARNER);
  if (!BOOKING_TOKEN.test(raw)) throw new NotFoundError();
  const link = await db.bookingLink.findUnique({ where: { tokenHash: hashToken(raw) }, select: linkSelect });
  if (!link) throw new NotFoundError();
  const state = bookingLinkState(link, actor.id, now);
  if (state === "foreign") throw new NotFoundError();
  return { link, state };
}

/** Whether the case the link was sent for still waits for this call with the learner's advisor. */
function settled(link: Link, advisorId: string | null): boolean {
  if (!link.caseId || !link.case) return false;
  if (link.case.status !== "OPEN" || link.case.advisorId !== advisorId) return true;
  return nextAppointmentKind(link.case.appointments) !== link.kind;
}

/**
 * What the link's page shows: `used` with the call it booked, `expired`, `settled` (the case no
 * longer waits for this call), or `open` with the advisor's free slots for the link's call kind.
 */
export async function getBookingLinkPage(actor: Actor, raw: string, now = clockNow()) {
  const db = getDb();
  const { link, state } = await ownLink(db, actor, raw, now);
  const profile = await myAdvisor(db, actor);
  const base = { kind: link.kind, advisor: profile.advisor, phone: profile.user.phone, expiresAt: link.expiresAt, slots: [] as { startsAt: Date; endsAt: Date }[], durationMinutes: 0 };
  if (state === "used") return { ...base, state: "used" as const, call: link.appointment };
  if (state === "expired") return { ...base, state: "expired" as const, call: null };
  if (!profile.advisorId || !profile.advisor?.active) return { ...base, state: "noAdvisor" as const, call: null };
  if (settled(link, profile.advisorId)) return { ...base, state: "settled" as const, call: null };
  const stored = await db.advisorAvailability.findUnique({ where: { advisorId: profile.advisorId }, select: availabilitySelect });
  if (!stored) return { ...base, state: "noAvailability" as const, call: null };
  const rules = toRules(stored);
  const slots = freeSlots(rules, link.kind, await busyCalls(db, profile.advisorId, now, rules.horizonDays), now);
  return { ...base, state: "open" as const, call: null, slots, durationMinutes: rules.durations[link.kind] };
}

/**
 * Books through the link: the call of the link's kind, attached to its case; the link is
 * claimed in the same transaction (a second use, even concurrent, is refused "linkUsed").
 * The one-booking-at-a-time rule of self-booking does not apply: the advisor asked for this call.
 */
export async function bookWithLink(actor: Actor, input: BookWithLinkInput, now = clockNow()): Promise<{ appointmentId: string }> {
  assertRole(actor, LEARNER);
  try {
    return await getDb().$transaction(async (tx) => {
      const { link, state } = await ownLink(tx, actor, input.token, now);
      if (state === "used") throw refuse.form("linkUsed");
      if (state === "expired") throw refuse.form("linkExpired");
      const profile = await myAdvisor(tx, actor);
      if (!profile.advisorId || !profile.advisor?.active) throw refuse.form("noAdvisor");
      const rules = await lockedRules(tx, profile.advisorId);
      if (settled(link, profile.advisorId)) throw refuse.form("linkSettled");
      const startsAt = new Date(input.startsAt);
      const refusal = slotRefusal(rules, link.kind, await busyCalls(tx, profile.advisorId, now, rules.horizonDays), now, startsAt);
      if (refusal) throw slotError(refusal);
      const created = await insertBookedCall(tx, actor, { advisorId: profile.advisorId, caseId: link.caseId, kind: link.kind, startsAt, durationMinutes: rules.durations[link.kind], input, storedPhone: profile.user.phone, via: "link" });
      const { count } = await tx.bookingLink.updateMany({ where: { id: link.id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now, appointmentId: created.id } });
      if (count !== 1) throw refuse.form("linkUsed");
      return { appointmentId: created.id };
    }, TX_OPTIONS);
  } catch (error) {
    if (isOverlap(error)) throw slotError("taken");
    throw error;
  }
}
