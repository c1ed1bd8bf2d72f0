// The dashboard's read model (LearnerRiskFacts) against the live computation it replaces:
// on random caseloads, after random sequences of writes through the real data functions,
// and after moving the clock (with or without the worker's refresh job), every learner's
// row, the counts, the tiles and every order of the dashboard equal what the live query
// and the rules of lib/domain/risk.ts give at the same instant.
import { randomUUID } from "node:crypto";
import { afterEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { addDays, createBreak, createLearner, createRequest, createSession, createUser, FILE_ANEW } from "@/tests/factories";
import { getCaseloadDashboard, listCaseload, type CaseloadRow } from "@/lib/server/data/caseload";
import { refreshRiskFacts, refreshStaleRiskFacts } from "@/lib/server/data/risk-facts";
import { logPastSession } from "@/lib/server/data/sessions";
import { fileMentorAlert } from "@/lib/server/data/contact";
import { changeRequestStatus } from "@/lib/server/data/triage";
import { resolveSignal } from "@/lib/server/data/signals";
import { openCase, recordAppointment, scheduleAppointment } from "@/lib/server/data/follow-up-cases";
import { decideBreak } from "@/lib/server/data/breaks";
import { runCommitmentCheck } from "@/lib/server/jobs/commitment-check";
import { CASELOAD_SORTS, sortRows } from "@/lib/domain/caseload-view";
import { parisDay, schoolDateTime } from "@/lib/domain/week";
import { setClock } from "@/lib/server/clock";
import { Refusal } from "@/lib/server/errors";
import { NotFoundError } from "@/lib/server/auth/actor";

const db = freshDatabase();
const HOUR = 60 * 60 * 1000;

afterEach(() => setClock(null));

const sessionSpec = fc.record({
  daysAgo: fc.integer({ min: -5, max: 40 }),
  hour: fc.integer({ min: 7, max: 18 }),
  status: fc.constantFrom("HELD", "NO_SHOW", "CANCELLED", "SCHEDULED") as fc.Arbitrary<"HELD" | "NO_SHOW" | "CANCELLED" | "SCHEDULED">,
});
const learnerSpec = fc.record({
  delayWeeks: fc.integer({ min: 0, max: 5 }),
  startedDaysAgo: fc.integer({ min: 5, max: 200 }),
  sessions: fc.array(sessionSpec, { maxLength: 6 }),
  dropoutAlert: fc.boolean(),
  breakAt: fc.constantFrom("none", "now", "past", "future"),
  signal: fc.constantFrom("none", "COMMITMENT_NOT_KEPT", "ATTENDANCE_PROBLEM") as fc.Arbitrary<"none" | "COMMITMENT_NOT_KEPT" | "ATTENDANCE_PROBLEM">,
  missedCall: fc.boolean(),
});
const learner = fc.nat({ max: 5 });
const op = fc.oneof(
  fc.record({ t: fc.constant("session" as const), learner, daysAgo: fc.integer({ min: 0, max: 13 }), status: fc.constantFrom("HELD" as const, "NO_SHOW" as const) }),
  fc.record({ t: fc.constant("alert" as const), learner }),
  fc.record({ t: fc.constant("resolveRequest" as const), learner }),
  fc.record({ t: fc.constant("resolveSignal" as const), learner }),
  fc.record({ t: fc.constant("call" as const), learner, status: fc.constantFrom("HELD" as const, "NO_SHOW" as const) }),
  fc.record({ t: fc.constant("break" as const), learner, days: fc.integer({ min: 0, max: 10 }) }),
  fc.record({ t: fc.constant("commitmentCheck" as const) }),
  fc.record({ t: fc.constant("tick" as const), hours: fc.integer({ min: 1, max: 24 * 9 }), job: fc.boolean() }),
);

type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;
type LearnerSpec = typeof learnerSpec extends fc.Arbitrary<infer T> ? T : never;
type Ctx = { advisor: ReturnType<typeof actorOf>; mentor: ReturnType<typeof actorOf>; support: ReturnType<typeof actorOf>; ids: string[]; now: Date };

/** Only what the data functions refuse on purpose (a time taken, a request already closed…) is skipped. */
async function attempt(work: () => Promise<unknown>) {
  try {
    await work();
  } catch (error) {
    if (!(error instanceof Refusal || error instanceof NotFoundError)) throw error;
  }
}

async function apply(ctx: Ctx, o: Op) {
  const client = db();
  const now = ctx.now;
  const learnerId = "learner" in o ? ctx.ids[o.learner % ctx.ids.length] : "";
  switch (o.t) {
    case "session":
      await attempt(() =>
        logPastSession(ctx.mentor, { learnerId, kind: "MENTORING", scheduledAt: new Date(now.getTime() - o.daysAgo * 24 * HOUR - 2 * HOUR), durationMinutes: 30, status: o.status, learnerNote: null, privateNote: null }, now),
      );
      return;
    case "alert":
      await attempt(() => fileMentorAlert(ctx.mentor, { topic: "DISENGAGEMENT_RISK", learnerId, subject: "Alerte", message: "Plus de nouvelles.", idempotencyKey: randomUUID(), ...FILE_ANEW }, now));
      return;
    case "resolveRequest": {
      const open = await client.supportRequest.findFirst({ where: { learnerId, isOpen: true }, select: { id: true, version: true } });
      if (open) await attempt(() => changeRequestStatus(ctx.support, { id: open.id, version: open.version, status: "RESOLVED" }, now));
      return;
    }
    case "resolveSignal": {
      const signal = await client.learnerSignal.findFirst({ where: { learnerId, resolvedAt: null }, select: { id: true } });
      if (signal) await attempt(() => resolveSignal(ctx.advisor, signal.id, "Appel passé", now));
      return;
    }
    case "call": {
      const existing = await client.followUpCase.findFirst({ where: { learnerId, status: "OPEN" }, select: { id: true } });
      const caseId = existing?.id ?? (await openCase(ctx.advisor, { learnerId, reason: "CHECK_IN" })).caseId;
      const at = schoolDateTime(new Date(now.getTime() + 2 * HOUR));
      await attempt(() => scheduleAppointment(ctx.advisor, { caseId, date: at.date, time: at.time, durationMinutes: "30" }, now));
      const appointment = await client.appointment.findFirst({ where: { caseId, status: "SCHEDULED" }, orderBy: { startsAt: "asc" }, select: { id: true, kind: true, startsAt: true } });
      if (!appointment) return;
      // After the call: the clock moves past it (the dashboard is checked at the new time).
      ctx.now = new Date(Math.max(now.getTime(), appointment.startsAt.getTime()) + HOUR);
      setClock(ctx.now);
      await attempt(() => recordAppointment(ctx.advisor, { appointmentId: appointment.id, kind: appointment.kind, status: o.status, blocker: "Temps", notes: "" }, ctx.now));
      return;
    }
    case "break": {
      const pending = await createBreak(client, { learnerId, status: "REQUESTED", startDate: addDays(parisDay(now), o.days - 3), endDate: addDays(parisDay(now), o.days + 4) });
      const day = (d: Date) => d.toISOString().slice(0, 10);
      await attempt(() => decideBreak(ctx.advisor, { breakId: pending.id, decision: "APPROVED", startDate: day(pending.startDate), endDate: day(pending.endDate) }, now));
      return;
    }
    case "commitmentCheck":
      await runCommitmentCheck(now);
      return;
    case "tick":
      ctx.now = new Date(now.getTime() + o.hours * HOUR);
      setClock(ctx.now);
      if (o.job) {
        await refreshStaleRiskFacts(ctx.now);
        await expectNoStaleRow(ctx);
      }
      return;
  }
}

async function expectNoStaleRow(ctx: Ctx) {
  const [{ stale }] = await db().$queryRaw<{ stale: number }[]>`
    SELECT count(*)::int AS stale FROM "LearnerRiskFacts" rf
    WHERE rf."learnerId" = ANY(${ctx.ids}::text[]) AND NOT (rf."computedAt" <= ${ctx.now} AND ${ctx.now} < rf."staleAt")`;
  expect(stale).toBe(0);
}

const byId = (rows: CaseloadRow[]) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));

/** The read model, as the dashboard reads it, equals the live computation at ctx.now. */
async function expectModelEqualsLive(ctx: Ctx) {
  const live = await listCaseload(ctx.advisor, ctx.now);
  const all = await getCaseloadDashboard(ctx.advisor, { filter: {}, sort: "name", pageSize: 100 }, ctx.now);
  expect(byId(all.page.items)).toEqual(byId(live));
  // Right after that read every row holds: the stored row itself is the live one.
  await expectNoStaleRow(ctx);
  expect(all.total).toBe(live.length);
  expect(all.tiles).toMatchObject({
    atRisk: live.filter((r) => r.level !== "NONE").length,
    withoutSessionThisWeek: live.filter((r) => r.sessionsThisWeek === 0 && !r.onBreak).length,
    alertsWaiting: live.reduce((n, r) => n + r.openAlerts, 0),
  });
  for (const sort of CASELOAD_SORTS) {
    const page = await getCaseloadDashboard(ctx.advisor, { filter: { only: "atRisk" }, sort, pageSize: 100 }, ctx.now);
    const expected = sortRows(live.filter((r) => r.level !== "NONE"), sort).map((r) => r.id);
    expect(page.page.items.map((r) => r.id)).toEqual(expected);
    expect(page.count).toBe(expected.length);
  }
}

async function seedCaseload(specs: LearnerSpec[], now: Date): Promise<Ctx> {
  const client = db();
  const advisorUser = await createUser(client, { role: "ADVISOR" });
  const mentorUser = await createUser(client, { role: "MENTOR" });
  const supportUser = await createUser(client, { role: "SUPPORT" });
  const ids: string[] = [];
  for (const spec of specs) {
    const l = await createLearner(client, { advisorId: advisorUser.id, mentorId: mentorUser.id, delayWeeks: spec.delayWeeks, startDate: parisDay(addDays(now, -spec.startedDaysAgo)), now });
    ids.push(l.id);
    for (const s of spec.sessions) {
      const scheduledAt = new Date(parisDay(addDays(now, -s.daysAgo)).getTime() + s.hour * HOUR);
      await createSession(client, { learnerId: l.id, mentorId: mentorUser.id, scheduledAt, status: s.status });
    }
    if (spec.dropoutAlert) await createRequest(client, { learnerId: l.id, authorId: mentorUser.id, topic: "DISENGAGEMENT_RISK" });
    const today = parisDay(now);
    if (spec.breakAt === "now") await createBreak(client, { learnerId: l.id, status: "APPROVED", startDate: addDays(today, -3), endDate: addDays(today, 2) });
    if (spec.breakAt === "past") await createBreak(client, { learnerId: l.id, status: "APPROVED", startDate: addDays(today, -20), endDate: addDays(today, -6) });
    if (spec.breakAt === "future") await createBreak(client, { learnerId: l.id, status: "APPROVED", startDate: addDays(today, 1), endDate: addDays(today, 3) });
    if (spec.signal !== "none") await client.learnerSignal.create({ data: { learnerId: l.id, advisorId: advisorUser.id, kind: spec.signal, isoWeek: "2026-W01" } });
    if (spec.missedCall) {
      await client.appointment.create({ data: { learnerId: l.id, advisorId: advisorUser.id, kind: "FIRST", startsAt: addDays(now, -3), status: "NO_SHOW" } });
    }
  }
  return { advisor: actorOf(advisorUser), mentor: actorOf(mentorUser), support: actorOf(supportUser), ids, now };
}

describe("the risk facts read model", () => {
  it("equals the live computation on random caseloads, after random writes and after the clock moves", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(learnerSpec, { minLength: 1, maxLength: 5 }), fc.array(op, { maxLength: 8 }), async (specs, ops) => {
        const start = new Date(Math.floor(Date.now() / HOUR) * HOUR);
        setClock(start);
        const ctx = await seedCaseload(specs, start);
        await expectModelEqualsLive(ctx);
        for (const o of ops) {
          await apply(ctx, o);
          await expectModelEqualsLive(ctx);
        }
      }),
      { numRuns: 12, endOnFailure: true },
    );
  }, 600_000);

  it("a write marks the row stale in its own transaction; a refresh that read the facts before it commits does not overwrite it", async () => {
    const client = db();
    const now = new Date();
    const ctx = await seedCaseload([{ delayWeeks: 0, startedDaysAgo: 60, sessions: [], dropoutAlert: false, breakAt: "none", signal: "none", missedCall: false }], now);
    const [learnerId] = ctx.ids;
    const state = async () =>
      (await client.$queryRaw<{ version: number; stale: boolean }[]>`
        SELECT version, NOT ("computedAt" <= ${now} AND ${now} < "staleAt") AS stale FROM "LearnerRiskFacts" WHERE "learnerId" = ${learnerId}`)[0];
    await refreshStaleRiskFacts(now);
    const before = await state();
    expect(before.stale).toBe(false);

    let refresh: Promise<unknown> | undefined;
    await client.$transaction(async (tx) => {
      await createSession(tx, { learnerId, scheduledAt: addDays(now, -1), status: "HELD" });
      // The write's trigger, in the writer's transaction:
      const [inTx] = await tx.$queryRaw<{ version: number; stale: boolean }[]>`
        SELECT version, "staleAt" = '-infinity' AS stale FROM "LearnerRiskFacts" WHERE "learnerId" = ${learnerId}`;
      expect(inTx).toEqual({ version: before.version + 1, stale: true });
      // A refresh on another connection reads the facts without the uncommitted session and
      // then waits on the row the writer holds; it must not win once the writer commits.
      refresh = refreshRiskFacts(client, [learnerId], now);
      for (let polls = 0; polls < 10_000; polls += 1) {
        const [{ waiting }] = await client.$queryRaw<{ waiting: number }[]>`
          SELECT count(*)::int AS waiting FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND query LIKE '%INSERT INTO "LearnerRiskFacts" AS rf%'`;
        if (waiting > 0) break;
      }
    }, { timeout: 60_000 });
    await refresh;
    expect(await state()).toEqual({ version: before.version + 1, stale: true });
    // The next read recomputes it with the session.
    const [row] = await getCaseloadDashboard(ctx.advisor, { filter: {}, sort: "name", pageSize: 10 }, now).then((d) => d.page.items);
    expect(row.lastHeldAt?.getTime()).toBe(addDays(now, -1).getTime());
  }, 120_000);

  it("a call recorded as no-show shows as a missed call on the dashboard, until a call is held", async () => {
    const start = new Date(Math.floor(Date.now() / HOUR) * HOUR);
    setClock(start);
    const ctx = await seedCaseload([{ delayWeeks: 0, startedDaysAgo: 5, sessions: [], dropoutAlert: false, breakAt: "none", signal: "none", missedCall: false }], start);
    const reasons = async () => (await getCaseloadDashboard(ctx.advisor, { filter: {}, sort: "name", pageSize: 10 }, ctx.now)).page.items[0].reasons;
    expect(await reasons()).toEqual([]);
    await apply(ctx, { t: "call", learner: 0, status: "NO_SHOW" });
    expect(await reasons()).toEqual(["MISSED_CALLS"]);
    const missed = await getCaseloadDashboard(ctx.advisor, { filter: { reason: "MISSED_CALLS" }, sort: "attention", pageSize: 10 }, ctx.now);
    expect(missed.count).toBe(1);
    await apply(ctx, { t: "call", learner: 0, status: "HELD" });
    expect(await reasons()).toEqual([]);
  }, 120_000);
});
