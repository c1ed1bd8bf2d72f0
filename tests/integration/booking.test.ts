// Self-booking on a real PostgreSQL: 20 learners racing for one slot, the database's
// no-overlap constraint, the invite parsed back for book / move / cancel, and bad input
// (a slot just taken, inside the notice, a third move, a late cancel without a reason)
// answered with a field error and nothing written. The clock is moved, never slept.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import ICAL from "ical.js";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { runAs } from "@/lib/server/actions/client";
import { setClock } from "@/lib/server/clock";
import { Refusal } from "@/lib/server/errors";
import { saveAvailability } from "@/lib/server/data/availability";
import { bookCall, cancelMyCall, getBookingPage, getMyCall, isOverlap, moveMyCall } from "@/lib/server/data/booking";
import { openCase, recordAppointment, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { sendAppointmentReminders } from "@/lib/server/jobs/appointment-reminders";
import { bookCallAction, cancelMyCallAction } from "@/app/(portal)/learner/booking/actions";
import { listMyCalls, renewMyFeedToken, revokeMyFeedToken } from "@/lib/server/data/advisor-calls";
import { GET } from "@/app/api/calendar/[token]/route";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = freshDatabase();
let advisor: Actor;
let mentorId: string;

// Monday 30 November 2026, 09:00 Paris. Tuesday 1 December 9:00–12:00 Paris (08:00–11:00 UTC)
// with 45-minute first calls and a 15-minute buffer: 08:00, 09:00 and 10:00 UTC.
const NOW = new Date("2026-11-30T08:00:00Z");
const SLOT_1 = "2026-12-01T08:00:00.000Z";
const SLOT_2 = "2026-12-01T09:00:00.000Z";
const SLOT_3 = "2026-12-01T10:00:00.000Z";

const availability = {
  day1: "",
  day2: "09:00-12:00",
  day3: "",
  day4: "14:00-16:00",
  day5: "",
  day6: "",
  day7: "",
  daysOff: "2026-12-03 Formation",
  firstCallMinutes: "45",
  followUpCallMinutes: "30",
  bufferMinutes: "15",
  minNoticeHours: "24",
  horizonDays: "21",
  dailyCap: "6",
};

const booking = (startsAt: string, over: Partial<{ phone: string; topic: string; remindHourBefore: boolean }> = {}) => ({
  startsAt,
  phone: "06 12 34 56 78",
  topic: "Mon retard sur le projet 3",
  remindHourBefore: false,
  ...over,
});

let counter = 0;
async function newLearner(advisorId = advisor.id) {
  counter += 1;
  const learner = await createLearner(db(), { advisorId, mentorId, email: `booker-${counter}-${Math.random().toString(36).slice(2)}@factory.test` });
  return { ...learner, actor: actorOf(learner.user) };
}

async function newAdvisor() {
  const a = actorOf(await createUser(db(), { role: "ADVISOR" }));
  await saveAvailability(a, availability);
  return a;
}

const refusalOf = (p: Promise<unknown>) => p.then(() => null, (e: unknown) => (e instanceof Refusal ? e.failure : Promise.reject(e)));

function eventOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return { method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), end: event.endDate.toJSDate().toISOString(), status: vevent.getFirstPropertyValue("status") };
}

beforeAll(async () => {
  advisor = await newAdvisor();
  mentorId = (await createUser(db(), { role: "MENTOR" })).id;
});
afterEach(() => setClock(null));

describe("the booking page", () => {
  it("offers the free slots of the learner's advisor, without the day off, and says when there is no availability", async () => {
    setClock(NOW);
    const { actor } = await newLearner();
    const page = await getBookingPage(actor);
    expect(page.state).toBe("open");
    expect(page.kind).toBe("FIRST");
    expect(page.durationMinutes).toBe(45);
    const starts = page.slots.map((s) => s.startsAt.toISOString());
    expect(starts.slice(0, 3)).toEqual([SLOT_1, SLOT_2, SLOT_3]);
    // Thursday 3 December is a day off; Thursday 10 December 14:00 Paris is 13:00 UTC.
    expect(starts.some((s) => s.startsWith("2026-12-03"))).toBe(false);
    expect(starts).toContain("2026-12-10T13:00:00.000Z");

    const bare = actorOf(await createUser(db(), { role: "ADVISOR" }));
    const other = await newLearner(bare.id);
    expect((await getBookingPage(other.actor)).state).toBe("noAvailability");
  });
});

describe("no double booking", () => {
  it("20 learners booking one slot at once: exactly one wins, the others are told it is taken and see the next free slots", async () => {
    setClock(NOW);
    const own = await newAdvisor();
    const learners = await Promise.all(Array.from({ length: 20 }, () => newLearner(own.id)));
    const outcomes = await Promise.all(learners.map((l) => runAs(l.actor, () => bookCallAction(booking(SLOT_1)))));
    const won = outcomes.filter((o) => o.ok);
    expect(won).toHaveLength(1);
    for (const lost of outcomes.filter((o) => !o.ok)) expect(lost).toMatchObject({ ok: false, fieldErrors: { startsAt: "slot.taken" } });
    expect(await db().appointment.count({ where: { advisorId: own.id, status: "SCHEDULED" } })).toBe(1);
    expect(await db().emailOutbox.count({ where: { template: "appointment.booked", toAddress: { in: learners.map((l) => l.user.email) } } })).toBe(1);
    const next = await getBookingPage(learners.find((_, i) => !outcomes[i].ok)!.actor);
    expect(next.slots[0].startsAt.toISOString()).toBe(SLOT_2);
  });

  it("the database refuses two overlapping scheduled calls of one advisor, whoever writes them", async () => {
    setClock(NOW);
    const own = await newAdvisor();
    const first = await newLearner(own.id);
    await bookCall(first.actor, booking(SLOT_2));
    const second = await newLearner(own.id);
    const attempt = db().appointment.create({
      data: { learnerId: second.id, advisorId: own.id, kind: "FIRST", startsAt: new Date("2026-12-01T09:30:00Z"), durationMinutes: 30 },
    });
    const error = await attempt.then(() => null, (e: unknown) => e);
    expect(isOverlap(error)).toBe(true);
    // A cancelled call frees its time: the same insert goes through once the first is cancelled.
    const [call] = await db().appointment.findMany({ where: { learnerId: first.id } });
    await cancelMyCall(first.actor, { appointmentId: call.id, reason: "" });
    await expect(db().appointment.create({ data: { learnerId: second.id, advisorId: own.id, kind: "FIRST", startsAt: new Date("2026-12-01T09:30:00Z"), durationMinutes: 30 } })).resolves.toBeTruthy();

    // The advisor's own scheduling over a booked call is a field error, not a crash.
    const other = await newLearner(own.id);
    const { caseId } = await openCase(own, { learnerId: other.id, reason: "CHECK_IN" });
    expect(await refusalOf(scheduleAppointment(own, { caseId, date: "2026-12-01", time: "10:40", durationMinutes: "30" }))).toMatchObject({ fieldErrors: { time: "overlap" } });
  });
});

describe("book, move, cancel: one calendar event", () => {
  it("the invite, the update (same UID, SEQUENCE + 1) and the cancellation (METHOD:CANCEL) parse back with ical.js", async () => {
    setClock(NOW);
    const { actor, user } = await newLearner();
    const { appointmentId } = await bookCall(actor, booking(SLOT_3, { phone: "07 11 22 33 44", remindHourBefore: true }));
    const stored = await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } });
    expect(stored).toMatchObject({ bookedByLearner: true, topic: "Mon retard sur le projet 3", remindHourBefore: true, caseId: null, durationMinutes: 45 });
    expect((await db().user.findUniqueOrThrow({ where: { id: user.id } })).phone).toBe("+33711223344");

    await moveMyCall(actor, { appointmentId, startsAt: "2026-12-08T09:00:00.000Z" });
    await cancelMyCall(actor, { appointmentId, reason: "" });

    const emails = await db().emailOutbox.findMany({ where: { toAddress: user.email }, orderBy: { createdAt: "asc" } });
    expect(emails.map((e) => e.template)).toEqual(["appointment.booked", "appointment.learnerMoved", "appointment.learnerCancelled"]);
    const [booked, moved, cancelled] = emails.map((e) => eventOf(e.icsContent!));
    expect(booked).toMatchObject({ method: "REQUEST", uid: stored.icsUid, sequence: 0, start: SLOT_3, end: "2026-12-01T10:45:00.000Z", status: "CONFIRMED" });
    expect(moved).toMatchObject({ method: "REQUEST", uid: stored.icsUid, sequence: 1, start: "2026-12-08T09:00:00.000Z", status: "CONFIRMED" });
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: stored.icsUid, sequence: 2, status: "CANCELLED" });
    expect(emails[0].textBody).toContain(`/learner/booking/${appointmentId}`);
  });

  it("a call booked for a case waiting for its call shows in that case, with the case's kind", async () => {
    setClock(NOW);
    const { actor, id } = await newLearner();
    const { caseId } = await openCase(advisor, { learnerId: id, reason: "OBSERVED_DELAY" });
    const { appointmentId } = await bookCall(actor, booking("2026-12-10T13:00:00.000Z"));
    expect(await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toMatchObject({ caseId, kind: "FIRST" });
  });
});

describe("bad input changes nothing", () => {
  it("a slot inside the notice, past the horizon, or not offered is refused with its reason", async () => {
    setClock(NOW);
    const { actor } = await newLearner();
    for (const [at, key] of [
      ["2026-11-30T14:00:00.000Z", "slot.notice"],
      ["2027-01-05T08:00:00.000Z", "slot.horizon"],
      ["2026-12-01T08:20:00.000Z", "slot.unavailable"],
    ] as const) {
      expect(await runAs(actor, () => bookCallAction(booking(at)))).toMatchObject({ ok: false, fieldErrors: { startsAt: key } });
    }
    expect(await runAs(actor, () => bookCallAction(booking(SLOT_1, { phone: "" })))).toMatchObject({ ok: false, fieldErrors: { phone: "phone.required" } });
    expect(await db().appointment.count({ where: { learnerId: actor.id } })).toBe(0);
  });

  it("a learner holds one booking at a time; a call moves at most twice", async () => {
    setClock(NOW);
    const { actor } = await newLearner();
    const { appointmentId } = await bookCall(actor, booking("2026-12-15T08:00:00.000Z"));
    expect(await refusalOf(bookCall(actor, booking("2026-12-15T09:00:00.000Z")))).toMatchObject({ formError: "alreadyBooked" });
    await moveMyCall(actor, { appointmentId, startsAt: "2026-12-15T09:00:00.000Z" });
    await moveMyCall(actor, { appointmentId, startsAt: "2026-12-15T10:00:00.000Z" });
    expect((await getMyCall(actor, appointmentId)).canMove).toBe(false);
    expect(await refusalOf(moveMyCall(actor, { appointmentId, startsAt: "2026-12-15T08:00:00.000Z" }))).toMatchObject({ formError: "tooManyMoves" });
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).startsAt.toISOString()).toBe("2026-12-15T10:00:00.000Z");
  });

  it("moving to a slot someone else took is refused and the call stays where it was", async () => {
    setClock(NOW);
    const own = await newAdvisor();
    const a = await newLearner(own.id);
    const b = await newLearner(own.id);
    const { appointmentId } = await bookCall(a.actor, booking(SLOT_1));
    await bookCall(b.actor, booking(SLOT_2));
    expect(await refusalOf(moveMyCall(a.actor, { appointmentId, startsAt: SLOT_2 }))).toMatchObject({ fieldErrors: { startsAt: "slot.taken" } });
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).icsSequence).toBe(0);
  });

  it("cancelling inside the minimum notice asks for a reason, then records it", async () => {
    setClock(NOW);
    const { actor } = await newLearner();
    const { appointmentId } = await bookCall(actor, booking("2026-12-17T13:00:00.000Z"));
    setClock(new Date("2026-12-17T08:00:00Z"));
    expect((await getMyCall(actor, appointmentId)).reasonRequired).toBe(true);
    expect(await runAs(actor, () => cancelMyCallAction({ appointmentId, reason: "  " }))).toMatchObject({ ok: false, fieldErrors: { reason: "reason.required" } });
    expect((await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).status).toBe("SCHEDULED");
    expect(await runAs(actor, () => cancelMyCallAction({ appointmentId, reason: "Rendez-vous médical" }))).toMatchObject({ ok: true });
    expect(await db().appointment.findUniqueOrThrow({ where: { id: appointmentId } })).toMatchObject({ status: "CANCELLED", cancelReason: "Rendez-vous médical" });
  });

  it("another learner's call is not found", async () => {
    setClock(NOW);
    const a = await newLearner();
    const b = await newLearner();
    const { appointmentId } = await bookCall(a.actor, booking("2026-12-10T14:00:00.000Z"));
    await expect(getMyCall(b.actor, appointmentId)).rejects.toThrow();
    expect(await runAs(b.actor, () => cancelMyCallAction({ appointmentId, reason: "x" }))).toMatchObject({ ok: false, notFound: true });
  });
});

describe("the advisor's calls", () => {
  it("today's and tomorrow's calls list the advisor's own learners; the private feed returns them without the topic, and stops once revoked", async () => {
    setClock(NOW);
    const own = await newAdvisor();
    const { actor, user } = await newLearner(own.id);
    await bookCall(actor, booking(SLOT_1, { topic: "SANTE-MARKER" }));
    const calls = await listMyCalls(own, new Date("2026-12-01T00:00:00Z"), new Date("2026-12-02T00:00:00Z"));
    expect(calls.map((c) => [c.learner.user.lastName, c.topic])).toEqual([[user.lastName, "SANTE-MARKER"]]);
    expect(await listMyCalls(advisor, new Date("2026-12-01T00:00:00Z"), new Date("2026-12-02T00:00:00Z"))).not.toContainEqual(expect.objectContaining({ id: calls[0].id }));

    const token = await renewMyFeedToken(own);
    expect(await db().advisorAvailability.count({ where: { feedTokenHash: token } })).toBe(0); // stored hashed
    const response = await GET(new Request("http://localhost/"), { params: Promise.resolve({ token: `${token}.ics` }) });
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toContain("text/calendar");
    const body = await response.text();
    expect(body).not.toContain("SANTE-MARKER");
    const calendar = new ICAL.Component(ICAL.parse(body));
    const events = calendar.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
    expect(calendar.getFirstPropertyValue("method")).toBe("PUBLISH");
    expect(events.map((e) => [e.startDate.toJSDate().toISOString(), e.summary])).toEqual([[SLOT_1, `Premier appel : ${user.firstName} ${user.lastName}`]]);

    const renewed = await renewMyFeedToken(own);
    expect((await GET(new Request("http://localhost/"), { params: Promise.resolve({ token }) })).status).toBe(404);
    await revokeMyFeedToken(own);
    expect((await GET(new Request("http://localhost/"), { params: Promise.resolve({ token: renewed }) })).status).toBe(404);
    expect((await GET(new Request("http://localhost/"), { params: Promise.resolve({ token: "not-a-token" }) })).status).toBe(404);
  });
});

describe("reminders and no-shows", () => {
  it("the hour-before reminder goes once, even with several workers, only to the learner who asked", async () => {
    setClock(NOW);
    const own = await newAdvisor();
    const wants = await newLearner(own.id);
    const not = await newLearner(own.id);
    await bookCall(wants.actor, booking(SLOT_1, { remindHourBefore: true }));
    await bookCall(not.actor, booking(SLOT_2));
    const hourBefore = new Date("2026-12-01T07:10:00Z");
    await Promise.all([sendAppointmentReminders(hourBefore), sendAppointmentReminders(hourBefore), sendAppointmentReminders(hourBefore)]);
    const templates = async (email: string) => (await db().emailOutbox.findMany({ where: { toAddress: email } })).map((e) => e.template).sort();
    expect(await templates(wants.user.email)).toEqual(["appointment.booked", "appointment.hourReminder", "appointment.reminder"]);
    expect(await templates(not.user.email)).toEqual(["appointment.booked", "appointment.reminder"]);
    await sendAppointmentReminders(new Date("2026-12-01T07:40:00Z"));
    expect(await templates(wants.user.email)).toEqual(["appointment.booked", "appointment.hourReminder", "appointment.reminder"]);
  });

  it("a no-show recorded by the advisor emails the learner a link to book again", async () => {
    setClock(NOW);
    const own = await newAdvisor();
    const { actor, user } = await newLearner(own.id);
    const { appointmentId } = await bookCall(actor, booking(SLOT_1));
    setClock(new Date("2026-12-01T08:20:00Z"));
    await recordAppointment(own, { appointmentId, kind: "FIRST", status: "NO_SHOW", blocker: "", notes: "" });
    const [email] = await db().emailOutbox.findMany({ where: { toAddress: user.email, template: "appointment.noShow" } });
    expect(email.textBody).toContain("/learner/booking");
    expect(email.icsContent).toBeNull();
    setClock(new Date("2026-12-01T09:00:00Z"));
    expect((await getBookingPage(actor)).state).toBe("open");
  });
});
