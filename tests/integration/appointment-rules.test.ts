// The time rules of phone appointments on a real database, with the server's
// clock moved (never slept): no report before the call starts, a past call
// logged without an invitation, a moved or cancelled call updating the same
// calendar event.
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import ICAL from "ical.js";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createLearner, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { runAs } from "@/lib/server/actions/client";
import { setClock } from "@/lib/server/clock";
import { getCase, logPastCall, openCase, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { listMyAppointments } from "@/lib/server/data/my-appointments";
import { cancelAppointmentAction, logPastCallAction, recordAppointmentAction, rescheduleAppointmentAction } from "@/app/(portal)/advisor/learners/[id]/cases/actions";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const db = freshDatabase();
let advisor: Actor;
let mentorId: string;

beforeAll(async () => {
  advisor = actorOf(await createUser(db(), { role: "ADVISOR" }));
  mentorId = (await createUser(db(), { role: "MENTOR" })).id;
});
afterEach(() => setClock(null));

async function newCase() {
  const learner = await createLearner(db(), { advisorId: advisor.id, mentorId, email: `l-${Math.random().toString(36).slice(2)}@factory.test` });
  const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "OBSERVED_DELAY" });
  return { learner, caseId };
}

const emailsTo = (to: string) => db().emailOutbox.findMany({ where: { toAddress: to }, orderBy: { createdAt: "asc" } });

function eventOf(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const vevent = calendar.getFirstSubcomponent("vevent")!;
  const event = new ICAL.Event(vevent);
  return { method: calendar.getFirstPropertyValue("method"), uid: event.uid, sequence: event.sequence, start: event.startDate.toJSDate().toISOString(), status: vevent.getFirstPropertyValue("status") };
}

describe("recording a call", () => {
  it("is refused before its start time with a field error, and nothing is written; allowed once it has started", async () => {
    const { caseId } = await newCase();
    setClock(new Date("2026-10-20T08:00:00Z"));
    // Sunday 25 October 2026, 10:00 Paris: winter time again, 09:00Z.
    await scheduleAppointment(advisor, { caseId, date: "2026-10-25", time: "10:00", durationMinutes: "30" });
    const [call] = (await getCase(advisor, caseId)).appointments;
    const input = { appointmentId: call.id, kind: "FIRST", status: "HELD", blocker: "Horaires de travail", notes: "" };

    setClock(new Date("2026-10-25T08:59:00Z"));
    expect((await getCase(advisor, caseId)).appointments[0]).toMatchObject({ recordable: false, changeable: true });
    const early = await runAs(advisor, () => recordAppointmentAction(input));
    expect(early).toMatchObject({ ok: false, fieldErrors: { status: "attendance.notYet" } });
    const untouched = await getCase(advisor, caseId);
    expect(untouched.appointments[0].status).toBe("SCHEDULED");
    expect(untouched.blocker).toBeNull();

    setClock(new Date("2026-10-25T09:00:00Z"));
    expect(await runAs(advisor, () => recordAppointmentAction(input))).toMatchObject({ ok: true });
    const after = await getCase(advisor, caseId);
    expect(after.appointments[0].status).toBe("HELD");
    expect(after.blocker).toBe("Horaires de travail");
  });
});

describe("logging a call that already took place", () => {
  it("records it held with what was said, sends no invitation, and refuses a future call or one older than 14 days", async () => {
    const { learner, caseId } = await newCase();
    setClock(new Date("2026-04-12T08:00:00Z"));
    const base = { caseId, kind: "FIRST" as const, durationMinutes: "20" as const, blocker: "Ordinateur en panne", notes: "Rappel la semaine prochaine" };

    expect(await runAs(advisor, () => logPastCallAction({ ...base, date: "2026-03-28", time: "23:30" }))).toMatchObject({ ok: false, fieldErrors: { date: "pastCall.tooOld" } });
    expect(await runAs(advisor, () => logPastCallAction({ ...base, date: "2026-04-12", time: "10:30" }))).toMatchObject({ ok: false, fieldErrors: { date: "pastCall.future" } });
    expect(await runAs(advisor, () => logPastCallAction({ ...base, blocker: "", date: "2026-04-10", time: "10:30" }))).toMatchObject({ ok: false, fieldErrors: { blocker: "blocker.required" } });
    expect((await getCase(advisor, caseId)).appointments).toHaveLength(0);

    // 29 March 00:30 Paris (before the spring change) is 14 Paris days back: still in.
    expect(await runAs(advisor, () => logPastCallAction({ ...base, date: "2026-03-29", time: "00:30" }))).toMatchObject({ ok: true });
    const found = await getCase(advisor, caseId);
    expect(found.appointments).toMatchObject([{ kind: "FIRST", status: "HELD", durationMinutes: 20, notes: "Rappel la semaine prochaine", startsAt: new Date("2026-03-28T23:30:00Z") }]);
    expect(found.blocker).toBe("Ordinateur en panne");
    expect(found.nextKind).toBe("FOLLOW_UP");
    expect(await emailsTo(learner.user.email)).toHaveLength(0);
    // The kind the page offered is no longer next: refused, nothing added.
    await expect(logPastCall(advisor, { ...base, date: "2026-04-11", time: "10:00" })).rejects.toMatchObject({ failure: { formError: "conflict" } });
  });
});

describe("moving and cancelling a call", () => {
  it("sends an updated invite with the same UID and SEQUENCE + 1, then a cancellation; the learner sees each change", async () => {
    const { learner, caseId } = await newCase();
    const learnerActor = actorOf(learner.user);
    setClock(new Date("2026-03-20T09:00:00Z"));
    await scheduleAppointment(advisor, { caseId, date: "2026-03-27", time: "10:00", durationMinutes: "30" });
    const [call] = (await getCase(advisor, caseId)).appointments;

    expect(await runAs(advisor, () => rescheduleAppointmentAction({ appointmentId: call.id, date: "2026-03-19", time: "10:00", durationMinutes: "30" }))).toMatchObject({ ok: false, fieldErrors: { date: "past" } });
    // Moved across the spring change: Monday 30 March 10:00 Paris is 08:00Z.
    expect(await runAs(advisor, () => rescheduleAppointmentAction({ appointmentId: call.id, date: "2026-03-30", time: "10:00", durationMinutes: "45" }))).toMatchObject({ ok: true });
    expect(await listMyAppointments(learnerActor)).toMatchObject([{ id: call.id, status: "SCHEDULED", moved: true, startsAt: new Date("2026-03-30T08:00:00Z"), durationMinutes: 45 }]);

    expect(await runAs(advisor, () => cancelAppointmentAction({ appointmentId: call.id }))).toMatchObject({ ok: true });
    expect(await runAs(advisor, () => cancelAppointmentAction({ appointmentId: call.id }))).toMatchObject({ ok: false, formError: "conflict" });
    expect(await listMyAppointments(learnerActor)).toMatchObject([{ id: call.id, status: "CANCELLED", moved: false }]);

    const [invite, update, cancellation] = await emailsTo(learner.user.email);
    expect([invite.template, update.template, cancellation.template]).toEqual(["appointment.invite", "appointment.update", "appointment.cancel"]);
    const [first, moved, cancelled] = [invite, update, cancellation].map((e) => eventOf(e.icsContent!));
    expect(first).toMatchObject({ method: "REQUEST", sequence: 0, start: "2026-03-27T09:00:00.000Z" });
    expect(moved).toMatchObject({ method: "REQUEST", uid: first.uid, sequence: 1, start: "2026-03-30T08:00:00.000Z" });
    expect(cancelled).toMatchObject({ method: "CANCEL", uid: first.uid, sequence: 2, status: "CANCELLED" });

    // A cancelled first call: the first call can be scheduled again.
    expect((await getCase(advisor, caseId)).nextKind).toBe("FIRST");
  });

  it("a call that has started can no longer move or be cancelled", async () => {
    const { caseId } = await newCase();
    setClock(new Date("2026-03-20T09:00:00Z"));
    await scheduleAppointment(advisor, { caseId, date: "2026-03-27", time: "10:00", durationMinutes: "30" });
    const [call] = (await getCase(advisor, caseId)).appointments;
    setClock(new Date("2026-03-27T09:00:00Z"));
    expect(await runAs(advisor, () => cancelAppointmentAction({ appointmentId: call.id }))).toMatchObject({ ok: false, formError: "conflict" });
    expect(await runAs(advisor, () => rescheduleAppointmentAction({ appointmentId: call.id, date: "2026-03-30", time: "10:00", durationMinutes: "30" }))).toMatchObject({ ok: false, formError: "conflict" });
  });
});
