// Signed booking links on a real PostgreSQL: sent from a case or from a "call me back"
// request, single use (twice: "linkUsed", the page shows the call), expiring (the clock is
// moved, never slept), bound to one learner (anyone else: not found); and "call me back"
// filed through the contact form's schema, seen by staff only.
import { randomUUID } from "node:crypto";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { Role } from "@prisma/client";
import { freshDatabase } from "./db";
import { actorOf, describeAccessMatrix, expectEveryExportCovered, type AccessRow } from "./support/access";
import { createLearner, createUser, FILE_ANEW } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { advanceClock, setClock } from "@/lib/server/clock";
import { Refusal } from "@/lib/server/errors";
import { saveAvailability } from "@/lib/server/data/availability";
import { cancelAppointment, openCase, rescheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { bookCall } from "@/lib/server/data/booking";
import { runAs } from "@/lib/server/actions/client";
import { cancelCallAction, moveCallAction } from "@/app/(portal)/advisor/calendar/actions";
import { bookWithLink, getBookingLinkPage, proposeSlots, sendCaseBookingLink } from "@/lib/server/data/booking-links";
import { fileLearnerRequest } from "@/lib/server/data/contact";
import { getRequestThread } from "@/lib/server/data/request-thread";
import { learnerRequestSchema } from "@/lib/schemas/contact";
import { BOOKING_LINK_TTL_DAYS } from "@/lib/domain/booking-link";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = freshDatabase();
// Monday 30 November 2026, 09:00 Paris; Tuesday 9:00–12:00 Paris opens 08:00, 09:00, 10:00 UTC.
const NOW = new Date("2026-11-30T08:00:00Z");
const SLOT_1 = "2026-12-01T08:00:00.000Z";
const SLOT_2 = "2026-12-01T09:00:00.000Z";
const availability = {
  day1: "", day2: "09:00-12:00", day3: "", day4: "", day5: "", day6: "", day7: "", daysOff: "",
  firstCallMinutes: "45", followUpCallMinutes: "30", bufferMinutes: "15", minNoticeHours: "24", horizonDays: "21", dailyCap: "6",
};
const booking = (token: string, startsAt: string) => ({ token, startsAt, phone: "06 12 34 56 78", topic: "", remindHourBefore: false });
const refusalOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof Refusal ? e.failure : Promise.reject(e)));

let advisor: Actor;
let counter = 0;
async function newLearner() {
  counter += 1;
  const learner = await createLearner(db(), { advisorId: advisor.id, email: `linked-${counter}-${randomUUID()}@factory.test` });
  return { ...learner, actor: actorOf(learner.user) };
}

/** The raw token of the latest booking-link email to `to` (only its hash is in the database). */
async function tokenSentTo(to: string): Promise<string> {
  const email = await db().emailOutbox.findFirst({ where: { toAddress: to, template: { startsWith: "bookingLink." } }, orderBy: { createdAt: "desc" } });
  const token = /link%2F([A-Za-z0-9_-]{32,64})/.exec(email?.textBody ?? "")?.[1];
  if (!token) throw new Error(`no booking link to ${to}`);
  return token;
}

async function caseLink() {
  const learner = await newLearner();
  const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "CHECK_IN", sourceRequestId: "" });
  await sendCaseBookingLink(advisor, { caseId }, NOW);
  return { learner, caseId, token: await tokenSentTo(learner.user.email) };
}

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  await saveAvailability(advisor, availability);
});
afterEach(() => setClock(null));

describe("a booking link from a case", () => {
  it("is emailed with the case's call kind, stored only as a hash, and books the call into that case", async () => {
    setClock(NOW);
    const { learner, caseId, token } = await caseLink();
    const stored = await db().bookingLink.findFirstOrThrow({ where: { caseId } });
    expect(stored.tokenHash).not.toContain(token);
    expect(JSON.stringify(stored)).not.toContain(token);
    const email = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: learner.user.email, template: "bookingLink.case" } });
    expect(email.subject).toBe("Choisissez l'horaire de votre premier appel");

    const page = await getBookingLinkPage(learner.actor, token, NOW);
    expect(page.state).toBe("open");
    expect(page.kind).toBe("FIRST");
    expect(page.slots[0].startsAt.toISOString()).toBe(SLOT_1);

    const { appointmentId } = await bookWithLink(learner.actor, booking(token, SLOT_1), NOW);
    const call = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(call).toMatchObject({ caseId, kind: "FIRST", bookedByLearner: true, advisorId: advisor.id });
    expect((await db().bookingLink.findFirstOrThrow({ where: { caseId } })).appointmentId).toBe(appointmentId);
  });

  it("serves once: a second use is refused 'linkUsed', writes nothing, and the page shows the call it booked", async () => {
    setClock(NOW);
    const { learner, token } = await caseLink();
    const { appointmentId } = await bookWithLink(learner.actor, booking(token, SLOT_2), NOW);
    const before = await db().appointment.count({ where: { learnerId: learner.id } });
    expect(await refusalOf(bookWithLink(learner.actor, booking(token, "2026-12-08T08:00:00.000Z"), NOW))).toMatchObject({ formError: "linkUsed" });
    expect(await db().appointment.count({ where: { learnerId: learner.id } })).toBe(before);
    const page = await getBookingLinkPage(learner.actor, token, NOW);
    expect(page.state).toBe("used");
    expect(page.call?.id).toBe(appointmentId);
  });

  it("expires: after its days the page says so and booking is refused 'linkExpired'", async () => {
    setClock(NOW);
    const { learner, token } = await caseLink();
    setClock(NOW);
    advanceClock(BOOKING_LINK_TTL_DAYS * 24 * 60 + 1);
    const later = new Date(NOW.getTime() + (BOOKING_LINK_TTL_DAYS * 24 * 60 + 1) * 60_000);
    expect((await getBookingLinkPage(learner.actor, token, later)).state).toBe("expired");
    expect(await refusalOf(bookWithLink(learner.actor, booking(token, "2026-12-15T08:00:00.000Z"), later))).toMatchObject({ formError: "linkExpired" });
    expect(await db().appointment.count({ where: { learnerId: learner.id } })).toBe(0);
  });

  it("is not found for another learner, for staff, and for a made-up token", async () => {
    setClock(NOW);
    const { token } = await caseLink();
    const other = await newLearner();
    await expect(getBookingLinkPage(other.actor, token, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(bookWithLink(other.actor, booking(token, SLOT_1), NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getBookingLinkPage(advisor, token, NOW)).rejects.toBeInstanceOf(NotFoundError);
    await expect(getBookingLinkPage(other.actor, "x".repeat(43), NOW)).rejects.toBeInstanceOf(NotFoundError);
  });

  it("a second link for the same case replaces the first", async () => {
    setClock(NOW);
    const { learner, caseId, token } = await caseLink();
    await sendCaseBookingLink(advisor, { caseId }, NOW);
    await expect(getBookingLinkPage(learner.actor, token, NOW)).rejects.toBeInstanceOf(NotFoundError);
    expect((await getBookingLinkPage(learner.actor, await tokenSentTo(learner.user.email), NOW)).state).toBe("open");
  });
});

const callbackInput = (over: Record<string, string> = {}) =>
  learnerRequestSchema.safeParse({
    topic: "ADMIN_SUPPORT",
    subject: "Question sur mon contrat",
    message: "Bonjour, pouvez-vous m'appeler ?",
    idempotencyKey: randomUUID(),
    replyChannel: "PHONE",
    callbackPhone: "06 12 34 56 78",
    callbackWhen: "le matin avant 10 h",
    ...FILE_ANEW,
    ...over,
  });

describe("call me back", () => {
  it("a bad or missing number is a field error of the shared schema, and nothing is filed", async () => {
    const bad = callbackInput({ callbackPhone: "12" });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["callbackPhone", "phone.tooShort"]]);
    const missing = callbackInput({ callbackPhone: "" });
    expect(missing.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([["callbackPhone", "phone.required"]]);
    expect(callbackInput({ replyChannel: "EMAIL", callbackPhone: "" }).success).toBe(true);
  });

  it("is filed with the number in E.164; staff see it and propose slots, which emails the link and records it in the history", async () => {
    setClock(NOW);
    const learner = await newLearner();
    const parsed = callbackInput();
    if (!parsed.success) throw parsed.error;
    const filed = await fileLearnerRequest(learner.actor, parsed.data, NOW);
    const thread = await getRequestThread(advisor, filed.id);
    expect(thread).toMatchObject({ callbackRequested: true, callbackPhone: "+33612345678", callbackWhen: "le matin avant 10 h" });

    await proposeSlots(advisor, { requestId: filed.id }, NOW);
    const events = await db().requestEvent.findMany({ where: { requestId: filed.id, type: "SLOTS_PROPOSED" } });
    expect(events).toHaveLength(1);
    expect(events[0].visibility).toBe("PUBLIC");
    const token = await tokenSentTo(learner.user.email);
    const page = await getBookingLinkPage(learner.actor, token, NOW);
    expect(page.state).toBe("open");
    const { appointmentId } = await bookWithLink(learner.actor, booking(token, "2026-12-08T09:00:00.000Z"), NOW);
    expect((await db().bookingLink.findFirstOrThrow({ where: { requestId: filed.id } })).appointmentId).toBe(appointmentId);
  });

  it("a mentor, another learner or another advisor cannot see the request nor propose slots", async () => {
    setClock(NOW);
    const learner = await newLearner();
    const parsed = callbackInput();
    if (!parsed.success) throw parsed.error;
    const filed = await fileLearnerRequest(learner.actor, parsed.data, NOW);
    const outsiders = [actorOf(await createUser(db(), { role: "MENTOR" })), (await newLearner()).actor, actorOf(await createUser(db(), { role: "ADVISOR" })), learner.actor];
    for (const outsider of outsiders) {
      await expect(getRequestThread(outsider, filed.id)).rejects.toBeInstanceOf(NotFoundError);
      await expect(proposeSlots(outsider, { requestId: filed.id }, NOW)).rejects.toBeInstanceOf(NotFoundError);
    }
    expect(await db().bookingLink.count({ where: { requestId: filed.id } })).toBe(0);
  });

  it("a request without a call back is refused 'conflict'", async () => {
    setClock(NOW);
    const learner = await newLearner();
    const parsed = callbackInput({ replyChannel: "EMAIL", callbackPhone: "" });
    if (!parsed.success) throw parsed.error;
    const filed = await fileLearnerRequest(learner.actor, parsed.data, NOW);
    expect(await refusalOf(proposeSlots(advisor, { requestId: filed.id }, NOW))).toMatchObject({ formError: "conflict" });
  });
});

describe("the advisor moves or cancels a call booked outside any case", () => {
  it("moves it (updated invite, SEQUENCE + 1) and cancels it (METHOD:CANCEL); another advisor gets not found", async () => {
    setClock(NOW);
    const learner = await newLearner();
    const { appointmentId } = await bookCall(learner.actor, { startsAt: "2026-12-08T10:00:00.000Z", phone: "06 12 34 56 78", topic: "", remindHourBefore: false }, NOW);
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).caseId).toBeNull();
    const stranger = actorOf(await createUser(db(), { role: "ADVISOR" }));
    await expect(rescheduleAppointment(stranger, { appointmentId, date: "2026-12-09", time: "10:00", durationMinutes: "30" }, NOW)).rejects.toBeInstanceOf(NotFoundError);

    const moved = await runAs(advisor, () => moveCallAction({ appointmentId, date: "2026-12-09", time: "10:00", durationMinutes: "30" }));
    expect(moved).toMatchObject({ ok: true });
    const after = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(after).toMatchObject({ startsAt: new Date("2026-12-09T09:00:00.000Z"), icsSequence: 1, status: "SCHEDULED" });
    const update = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: learner.user.email, template: "appointment.update" } });
    expect(update.icsContent).toContain("SEQUENCE:1");
    expect(update.icsContent).toContain(`UID:${after.icsUid}`);

    expect(await runAs(advisor, () => cancelCallAction({ appointmentId }))).toMatchObject({ ok: true });
    expect(await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toMatchObject({ status: "CANCELLED", icsSequence: 2 });
    const cancel = await db().emailOutbox.findFirstOrThrow({ where: { toAddress: learner.user.email, template: "appointment.cancel" } });
    expect(cancel.icsContent).toContain("METHOD:CANCEL");
    expect(cancel.icsContent).toContain("SEQUENCE:2");
    await expect(cancelAppointment(advisor, { appointmentId }, NOW)).rejects.toBeInstanceOf(Refusal);
  });
});

// The authorization matrix of booking-links.ts: every function × every role.
const actors = {} as Record<Role, Actor>;
// The latest link emailed is the one that works (each row may send a new one, replacing the older).
const ids = { case: "", request: "", email: "" };
const MATRIX: AccessRow[] = [
  { name: "sendCaseBookingLink", call: (a) => sendCaseBookingLink(a, { caseId: ids.case }), allowed: ["ADVISOR"] },
  { name: "proposeSlots", call: (a) => proposeSlots(a, { requestId: ids.request }), allowed: ["ADVISOR", "SUPPORT", "MENTORSHIP_MANAGER"] },
  { name: "getBookingLinkPage", call: async (a) => getBookingLinkPage(a, await tokenSentTo(ids.email)), allowed: ["LEARNER"] },
  { name: "bookWithLink", call: async (a) => bookWithLink(a, booking(await tokenSentTo(ids.email), "2099-01-06T08:00:00.000Z")), allowed: ["LEARNER"] },
];

describe("booking links authorization matrix", () => {
  beforeAll(async () => {
    const own = actorOf(await createUser(db(), { role: "ADVISOR" }));
    await saveAvailability(own, availability);
    const learner = await createLearner(db(), { advisorId: own.id, email: `matrix-${randomUUID()}@factory.test` });
    actors.ADVISOR = own;
    actors.LEARNER = actorOf(learner.user);
    for (const role of ["MENTOR", "SUPPORT", "MENTORSHIP_MANAGER", "ADMIN", "DISABILITY_REFERENT"] as const) actors[role] = actorOf(await createUser(db(), { role }));
    ids.case = (await openCase(own, { learnerId: learner.id, reason: "CHECK_IN", sourceRequestId: "" })).caseId;
    const parsed = callbackInput();
    if (!parsed.success) throw parsed.error;
    ids.request = (await fileLearnerRequest(actors.LEARNER, parsed.data)).id;
    await sendCaseBookingLink(own, { caseId: ids.case });
    ids.email = learner.user.email;
  });

  describeAccessMatrix(MATRIX, (role) => actors[role]);

  it("every exported data function has a row", async () => {
    await expectEveryExportCovered(import.meta.glob(["../../lib/server/data/booking-links.ts"]), MATRIX);
  });
});
