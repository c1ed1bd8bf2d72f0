// The mentor's planning rules on a real database, the clock moved (never slept):
// no session over another of theirs, a warning to confirm inside the learner's
// approved break, nothing planned in the past; a session that took place is logged
// by its own action, at most 14 days back. Refusals name the field and write nothing.
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { createBreak, createLearner, createSession, createUser } from "@/tests/factories";
import type { Actor } from "@/lib/server/auth/actor";
import { runAs } from "@/lib/server/actions/client";
import { setClock } from "@/lib/server/clock";
import { logPastSessionAction, planSessionAction, recordSessionAction } from "@/app/(portal)/mentor/sessions/actions";

vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));
const db = freshDatabase();
let mentor: Actor;
let learnerId: string;
let otherLearnerId: string;

// Wednesday 2 December 2026, 10:00 Paris.
const NOW = new Date("2026-12-02T09:00:00Z");

beforeAll(async () => {
  const advisor = await createUser(db(), { role: "ADVISOR" });
  mentor = actorOf(await createUser(db(), { role: "MENTOR", locale: "fr" }));
  learnerId = (await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, firstName: "Inès", lastName: "Garnier" })).id;
  otherLearnerId = (await createLearner(db(), { advisorId: advisor.id, mentorId: mentor.id, firstName: "Hugo", lastName: "Lemaire" })).id;
  // Thursday 3 December, 18:00–19:00 Paris, with Hugo.
  await createSession(db(), { learnerId: otherLearnerId, mentorId: mentor.id, scheduledAt: new Date("2026-12-03T17:00:00Z"), durationMinutes: 60, status: "SCHEDULED" });
  await createBreak(db(), { learnerId, status: "APPROVED", startDate: new Date("2026-12-14T00:00:00Z"), endDate: new Date("2026-12-18T00:00:00Z") });
  await createBreak(db(), { learnerId, status: "REFUSED", startDate: new Date("2026-12-21T00:00:00Z"), endDate: new Date("2026-12-23T00:00:00Z") });
});
beforeEach(() => setClock(NOW));
afterEach(() => setClock(null));

const sessions = () => db().mentoringSession.count({ where: { mentorId: mentor.id } });
const plan = (o: Record<string, unknown>) => runAs(mentor, () => planSessionAction({ learnerId, kind: "MENTORING", durationMinutes: "45", ...o }));
async function redirectOf(work: Promise<unknown>): Promise<string> {
  const error = await work.then(
    (value) => value,
    (e: unknown) => e,
  );
  // A successful action redirects to the session (Next's redirect error carries the target in its digest).
  const digest = (error as { digest?: unknown } | null)?.digest;
  if (typeof digest !== "string" || !digest.startsWith("NEXT_REDIRECT")) throw new Error(`no redirect: ${JSON.stringify(error)}`);
  return digest.split(";")[2];
}

describe("planning a session", () => {
  it("over another of the mentor's sessions: refused on the time, naming it; nothing written", async () => {
    const before = await sessions();
    expect(await plan({ date: "2026-12-03", time: "18:30" })).toEqual({
      ok: false,
      fieldErrors: { time: "time.overlap" },
      values: { day: expect.stringContaining("3 décembre"), start: "18:00", end: "19:00", learner: "Hugo Lemaire" },
    });
    expect(await plan({ date: "2026-12-03", time: "17:30" })).toMatchObject({ fieldErrors: { time: "time.overlap" } });
    expect(await sessions()).toBe(before);
    // Ending as the other starts is free.
    expect(await redirectOf(plan({ date: "2026-12-03", time: "17:15" }))).toMatch(/^\/mentor\/sessions\/\w+\?done=planned$/);
    expect(await sessions()).toBe(before + 1);
  });

  it("a cancelled session frees its time", async () => {
    await createSession(db(), { learnerId: otherLearnerId, mentorId: mentor.id, scheduledAt: new Date("2026-12-04T17:00:00Z"), durationMinutes: 60, status: "CANCELLED" });
    expect(await redirectOf(plan({ date: "2026-12-04", time: "18:00" }))).toContain("done=planned");
  });

  it("in the past: refused on the time; from now on: planned", async () => {
    const before = await sessions();
    expect(await plan({ date: "2026-12-02", time: "09:59" })).toEqual({ ok: false, fieldErrors: { time: "time.past" } });
    expect(await plan({ date: "2026-11-30", time: "18:00" })).toEqual({ ok: false, fieldErrors: { time: "time.past" } });
    expect(await sessions()).toBe(before);
    expect(await redirectOf(plan({ date: "2026-12-02", time: "10:00" }))).toContain("done=planned");
  });

  it("inside the learner's approved break: a warning naming the break, then planned once confirmed", async () => {
    const before = await sessions();
    expect(await plan({ date: "2026-12-14", time: "18:00" })).toEqual({
      ok: false,
      fieldErrors: { confirmBreak: "confirmBreak.required" },
      values: { from: expect.stringContaining("14 décembre"), to: expect.stringContaining("18 décembre") },
    });
    expect(await plan({ date: "2026-12-14", time: "18:00", confirmBreak: "" })).toMatchObject({ fieldErrors: { confirmBreak: "confirmBreak.required" } });
    expect(await sessions()).toBe(before);
    expect(await redirectOf(plan({ date: "2026-12-14", time: "18:00", confirmBreak: "yes" }))).toContain("done=planned");
    // A refused break is no break.
    expect(await redirectOf(plan({ date: "2026-12-22", time: "18:00" }))).toContain("done=planned");
    expect(await sessions()).toBe(before + 2);
  });

  it("bad input names the field and writes nothing", async () => {
    const before = await sessions();
    expect(await plan({ date: "2026-12-10", time: "18h", durationMinutes: "5", kind: "LUNCH" })).toEqual({
      ok: false,
      fieldErrors: { kind: "kind.required", time: "time.invalid", durationMinutes: "duration.invalid" },
    });
    expect(await plan({ date: "2026-02-30", time: "18:00" })).toEqual({ ok: false, fieldErrors: { date: "date.invalid" } });
    expect(await plan({ learnerId: "someoneelse42", date: "2026-12-10", time: "18:00" })).toEqual({ ok: false, fieldErrors: { learnerId: "notFound" } });
    expect(await sessions()).toBe(before);
  });
});

describe("logging a session that took place", () => {
  const log = (o: Record<string, unknown>) =>
    runAs(mentor, () => logPastSessionAction({ learnerId, kind: "MENTORING", durationMinutes: "45", status: "HELD", learnerNote: "", privateNote: "", ...o }));

  it("up to 14 Paris days back, with its outcome; not before it started, not older", async () => {
    const before = await sessions();
    expect(await log({ date: "2026-12-02", time: "10:30" })).toEqual({ ok: false, fieldErrors: { time: "time.notYet" } });
    expect(await log({ date: "2026-11-17", time: "23:30" })).toEqual({ ok: false, fieldErrors: { date: "date.tooOld" } });
    expect(await log({ date: "2026-11-29", time: "18:00", status: "SCHEDULED" })).toMatchObject({ fieldErrors: { status: "status.required" } });
    expect(await sessions()).toBe(before);
    const url = await redirectOf(log({ date: "2026-11-18", time: "08:00", status: "NO_SHOW", privateNote: "Pas venu·e" }));
    expect(url).toContain("done=logged");
    const id = /sessions\/(\w+)\?/.exec(url)![1];
    expect(await db().mentoringSession.findUniqueOrThrow({ where: { id } })).toMatchObject({ status: "NO_SHOW", privateNote: "Pas venu·e", scheduledAt: new Date("2026-11-18T07:00:00Z") });
  });

  it("over another session: refused like a plan", async () => {
    await createSession(db(), { learnerId: otherLearnerId, mentorId: mentor.id, scheduledAt: new Date("2026-11-26T17:00:00Z"), durationMinutes: 60, status: "HELD" });
    expect(await log({ date: "2026-11-26", time: "18:15" })).toMatchObject({ fieldErrors: { time: "time.overlap" }, values: { start: "18:00", end: "19:00" } });
  });
});

describe("recording an existing session", () => {
  it("held only once started (server clock); moved, a plan stays in the future and a held session within 14 days", async () => {
    const s = await createSession(db(), { learnerId, mentorId: mentor.id, scheduledAt: new Date("2026-12-02T17:00:00Z"), durationMinutes: 45, status: "SCHEDULED" });
    const edit = { id: s.id, version: "1", kind: "MENTORING", date: "2026-12-02", time: "18:00", durationMinutes: "45", cancelledBy: "", learnerNote: "", privateNote: "" };
    // The schema's own check uses the machine's time; the data function the server's clock.
    setClock(new Date("2026-12-02T16:00:00Z"));
    expect(await runAs(mentor, () => recordSessionAction({ ...edit, status: "HELD" }))).toEqual({ ok: false, fieldErrors: { status: "status.notStarted" } });
    expect(await runAs(mentor, () => recordSessionAction({ ...edit, status: "SCHEDULED", time: "16:00" }))).toEqual({ ok: false, fieldErrors: { time: "time.past" } });
    setClock(new Date("2026-12-20T12:00:00Z"));
    expect(await runAs(mentor, () => recordSessionAction({ ...edit, status: "HELD", date: "2026-12-01" }))).toEqual({ ok: false, fieldErrors: { date: "date.tooOld" } });
    expect(await db().mentoringSession.findUniqueOrThrow({ where: { id: s.id } })).toMatchObject({ status: "SCHEDULED", version: 1 });
    expect(await redirectOf(runAs(mentor, () => recordSessionAction({ ...edit, status: "HELD" })))).toContain("done=saved");
  });
});
