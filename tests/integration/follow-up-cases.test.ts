// A follow-up case end to end at the data layer: invites in the outbox with a
// valid calendar file, reminders once, the outcome required to close, breaks
// decided, exchanges refused when they would share what the learner did not agree to.
import { beforeAll, describe, expect, it } from "vitest";
import ICAL from "ical.js";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createBreak, createLearner, createRequest, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { NotFoundError } from "@/lib/server/auth/actor";
import { closeCase, getCase, openCase, prepareCase, recordAppointment, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { getLearnerFile } from "@/lib/server/data/learner-file";
import { decideBreak } from "@/lib/server/data/breaks";
import { logExchange, saveStakeholder } from "@/lib/server/data/stakeholders";
import { sendAppointmentReminders } from "@/lib/server/jobs/appointment-reminders";
import { closeCaseSchema } from "@/lib/schemas/follow-up";

const db = freshDatabase();
let advisor: Actor;
let mentorId: string;

beforeAll(async () => {
  const client = db();
  advisor = actorOf(await createUser(client, { role: "ADVISOR", phone: "01 23 45 67 89" }));
  mentorId = (await createUser(client, { role: "MENTOR" })).id;
});

async function newLearner() {
  return createLearner(db(), { advisorId: advisor.id, mentorId, email: `l-${Math.random().toString(36).slice(2)}@factory.test` });
}

async function invitesTo(email: string) {
  return db().emailOutbox.findMany({ where: { toAddress: email }, orderBy: { createdAt: "asc" } });
}

function parseEvent(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  const event = new ICAL.Event(calendar.getFirstSubcomponent("vevent")!);
  return { calendar, event };
}

/** The Paris wall-clock time of an instant, "YYYY-MM-DD HH:MM". */
function paris(at: Date): string {
  return new Intl.DateTimeFormat("sv-SE", { timeZone: "Europe/Paris", dateStyle: "short", timeStyle: "short" }).format(at);
}

describe("a follow-up case", () => {
  it("schedules both calls with valid ICS invites, records outcomes, refuses to close without the outcome, then closes", async () => {
    const learner = await newLearner();
    const now = new Date("2026-03-20T09:00:00Z");
    const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "OBSERVED_DELAY" });

    // First call on Friday 27 March 2026, 10:00 Paris (UTC+1, before the DST change of the 29th).
    await scheduleAppointment(advisor, { caseId, date: "2026-03-27", time: "10:00", durationMinutes: "30" }, now);
    await expect(scheduleAppointment(advisor, { caseId, date: "2026-03-28", time: "10:00", durationMinutes: "30" }, now)).rejects.toMatchObject({ failure: { formError: "conflict" } });
    let [invite] = await invitesTo(learner.user.email);
    expect(invite.template).toBe("appointment.invite");
    const parsed = parseEvent(invite.icsContent!);
    const calendar = parsed.calendar;
    let event = parsed.event;
    expect(calendar.getFirstPropertyValue("method")).toBe("REQUEST");
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-27T09:00:00.000Z");
    expect(paris(event.startDate.toJSDate())).toBe("2026-03-27 10:00");
    expect(event.endDate.toJSDate().getTime() - event.startDate.toJSDate().getTime()).toBe(30 * 60_000);
    expect(event.attendees.map((a) => String(a.getFirstValue()).toLowerCase())).toEqual([`mailto:${learner.user.email}`]);

    let found = await getCase(advisor, caseId);
    const first = found.appointments[0];
    // Held without the blocker: refused.
    await expect(recordAppointment(advisor, { appointmentId: first.id, kind: "FIRST", status: "HELD", blocker: " ", notes: "" })).rejects.toMatchObject({ failure: { fieldErrors: { blocker: "blocker.required" } } });
    await recordAppointment(advisor, { appointmentId: first.id, kind: "FIRST", status: "HELD", blocker: "Manque de temps le soir", notes: "" });
    found = await getCase(advisor, caseId);
    expect(found.blocker).toBe("Manque de temps le soir");
    expect(found.nextKind).toBe("FOLLOW_UP");

    // Follow-up call on Monday 30 March 2026, 10:00 Paris (UTC+2, after the DST change).
    await scheduleAppointment(advisor, { caseId, date: "2026-03-30", time: "10:00", durationMinutes: "45" }, now);
    [, invite] = await invitesTo(learner.user.email);
    ({ event } = parseEvent(invite.icsContent!));
    expect(event.startDate.toJSDate().toISOString()).toBe("2026-03-30T08:00:00.000Z");
    expect(paris(event.startDate.toJSDate())).toBe("2026-03-30 10:00");

    // Closing with a call still scheduled, or without the outcome, is refused.
    await expect(closeCase(advisor, { caseId, outcome: "BLOCKER_SOLVED", nextStep: "Continuer", sharedOutcome: "" })).rejects.toMatchObject({ failure: { formError: "conflict" } });
    found = await getCase(advisor, caseId);
    const followUp = found.appointments.find((a) => a.kind === "FOLLOW_UP")!;
    await recordAppointment(advisor, { appointmentId: followUp.id, kind: "FOLLOW_UP", status: "HELD", blocker: "", notes: "Nouveau planning tenu" });
    const noOutcome = { caseId, outcome: undefined, nextStep: "Continuer", sharedOutcome: "" };
    expect(closeCaseSchema.safeParse(noOutcome).success).toBe(false);
    await expect(closeCase(advisor, noOutcome as never)).rejects.toMatchObject({ failure: { fieldErrors: { outcome: "outcome.required" } } });
    await expect(closeCase(advisor, { caseId, outcome: "BLOCKER_SOLVED", nextStep: "  ", sharedOutcome: "" })).rejects.toMatchObject({ failure: { fieldErrors: { nextStep: "nextStep.required" } } });
    expect((await getCase(advisor, caseId)).status).toBe("OPEN");
    await closeCase(advisor, { caseId, outcome: "BLOCKER_SOLVED", nextStep: "Point mensuel", sharedOutcome: "" });
    found = await getCase(advisor, caseId);
    expect(found).toMatchObject({ status: "CLOSED", outcome: "BLOCKER_SOLVED", nextStep: "Point mensuel", nextKind: null });
  });

  it("a no-show offers to reschedule the same call", async () => {
    const learner = await newLearner();
    const now = new Date("2026-11-01T09:00:00Z");
    const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "ATTENDANCE_PROBLEM" });
    await scheduleAppointment(advisor, { caseId, date: "2026-11-10", time: "14:00", durationMinutes: "30" }, now);
    const [appointment] = (await getCase(advisor, caseId)).appointments;
    await recordAppointment(advisor, { appointmentId: appointment.id, kind: "FIRST", status: "NO_SHOW", blocker: "", notes: "" }, new Date("2026-11-10T13:05:00Z"));
    expect((await getCase(advisor, caseId)).nextKind).toBe("FIRST");
    await expect(scheduleAppointment(advisor, { caseId, date: "2026-10-01", time: "14:00", durationMinutes: "30" }, now)).rejects.toMatchObject({ failure: { formError: "past" } });
  });

  it("sends each reminder once, the day before", async () => {
    const learner = await newLearner();
    const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "CHECK_IN" });
    await scheduleAppointment(advisor, { caseId, date: "2026-12-15", time: "09:30", durationMinutes: "20" }, new Date("2026-12-01T09:00:00Z"));
    expect(await sendAppointmentReminders(new Date("2026-12-13T10:00:00Z"))).toBe(0);
    const dayBefore = new Date("2026-12-14T10:00:00Z");
    const [first, second] = await Promise.all([sendAppointmentReminders(dayBefore), sendAppointmentReminders(dayBefore)]);
    expect(first + second).toBe(1);
    expect(await sendAppointmentReminders(new Date("2026-12-14T18:00:00Z"))).toBe(0);
    const reminders = (await invitesTo(learner.user.email)).filter((e) => e.template === "appointment.reminder");
    expect(reminders).toHaveLength(1);
    expect(parseEvent(reminders[0].icsContent!).event.startDate.toJSDate().toISOString()).toBe("2026-12-15T08:30:00.000Z");
  });

  it("opens from a request about the same learner only, as a mentor alert for a mentor's request", async () => {
    const learner = await newLearner();
    const other = await newLearner();
    const alert = await createRequest(db(), { learnerId: learner.id, authorId: mentorId, topic: "DISENGAGEMENT_RISK" });
    expect((await prepareCase(advisor, learner.id, alert.id)).suggestedReason).toBe("MENTOR_ALERT");
    await expect(prepareCase(advisor, other.id, alert.id)).rejects.toBeInstanceOf(NotFoundError);
    await expect(openCase(advisor, { learnerId: other.id, reason: "MENTOR_ALERT", sourceRequestId: alert.id })).rejects.toBeInstanceOf(NotFoundError);
    const { caseId } = await openCase(advisor, { learnerId: learner.id, reason: "MENTOR_ALERT", sourceRequestId: alert.id });
    expect((await getCase(advisor, caseId)).sourceRequest?.id).toBe(alert.id);
  });
});

describe("breaks and stakeholders", () => {
  it("approving a requested break sets its dates, once, audited", async () => {
    const learner = await newLearner();
    const requested = await createBreak(db(), { learnerId: learner.id, reasonKind: "ILLNESS" });
    const input = { breakId: requested.id, decision: "APPROVED" as const, startDate: "2026-12-01", endDate: "2026-12-14" };
    await decideBreak(advisor, input);
    await expect(decideBreak(advisor, { ...input, decision: "REFUSED" })).rejects.toMatchObject({ failure: { formError: "conflict" } });
    const saved = await db().learnerBreak.findUniqueOrThrow({ where: { id: requested.id } });
    expect(saved).toMatchObject({ status: "APPROVED", decidedById: advisor.id });
    expect(saved.startDate.toISOString().slice(0, 10)).toBe("2026-12-01");
    expect(saved.endDate.toISOString().slice(0, 10)).toBe("2026-12-14");
    expect(await db().auditLog.count({ where: { entityId: requested.id, action: "break.approved" } })).toBe(1);
  });

  it("an exchange that would share health or RQTH without the learner's agreement is refused; others reach the timeline", async () => {
    const learner = await newLearner();
    const base = { learnerId: learner.id, stakeholderId: "", personName: "Mme Roux", roleTitle: "Conseillère", email: "roux@francetravail.test", phone: "" };
    const { stakeholderId } = await saveStakeholder(advisor, { ...base, kind: "FRANCE_TRAVAIL", organisation: "France Travail Nantes", sharing: ["PROGRESS"] });
    const exchange = { stakeholderId, occurredOn: "2026-11-20", channel: "PHONE" as const, summary: "Point sur l'avancement" };
    await expect(logExchange(advisor, { ...exchange, shared: ["PROGRESS", "HEALTH"] })).rejects.toMatchObject({ failure: { fieldErrors: { shared: "notAgreed" } } });
    await expect(logExchange(advisor, { ...exchange, shared: ["RQTH"] })).rejects.toMatchObject({ failure: { fieldErrors: { shared: "notAgreed" } } });
    expect(await db().stakeholderExchange.count({ where: { stakeholderId } })).toBe(0);
    await logExchange(advisor, { ...exchange, shared: ["PROGRESS"] });
    const file = await getLearnerFile(advisor, learner.id);
    expect(file.timeline.find((e) => e.kind === "exchange")?.detail).toMatchObject({ organisation: "France Travail Nantes", summary: "Point sur l'avancement" });
  });
});
