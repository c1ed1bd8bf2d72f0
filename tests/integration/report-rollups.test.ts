// The figures read from the reports' rollups (lib/server/data/report-rollups.ts) against their
// records: on random learners, after random sequences of writes (sessions added, recorded,
// moved and deleted; calls held or missed; breaks; a commitment, a start or an end changed),
// with or without the worker's job, and with the clock moved forward or back, "commitments
// kept" and the no-shows (with each kind) for every month and quarter around now, and the
// no-shows' six-month trend, for the whole school, one advisor and an advisor filter, equal
// the counts of the records their drill-downs list at the same instant.
import { afterAll, describe, expect, it } from "vitest";
import fc from "fast-check";
import { freshDatabase } from "./db";
import { actorOf } from "./support/access";
import { addDays, createBreak, createLearner, createSession, createUser } from "@/tests/factories";
import { getFigure, getFigureTrend, listAllFigureRecords } from "@/lib/server/data/reports";
import { runReportRollups } from "@/lib/server/data/report-rollups";
import { periodContaining, periodsUpTo, previousPeriod } from "@/lib/domain/reports/period";
import type { FigureKey } from "@/lib/domain/reports/figures";
import type { Actor } from "@/lib/server/auth/actor";
import type { ReportQuery } from "@/lib/schemas/reports";

const db = freshDatabase();
const DAY = 24 * 60 * 60 * 1000;
const BASE = new Date("2026-11-18T14:00:00Z");

const learnerSpec = fc.record({
  startWeeksAgo: fc.integer({ min: -2, max: 30 }),
  lengthWeeks: fc.integer({ min: 4, max: 40 }),
  commitment: fc.integer({ min: 1, max: 3 }),
  advisor: fc.nat({ max: 1 }),
  sessions: fc.array(
    fc.record({ daysAgo: fc.integer({ min: -10, max: 200 }), status: fc.constantFrom("HELD", "NO_SHOW", "SCHEDULED", "CANCELLED") as fc.Arbitrary<"HELD" | "NO_SHOW" | "SCHEDULED" | "CANCELLED">, byMentor: fc.boolean() }),
    { maxLength: 12 },
  ),
});
const learner = fc.nat({ max: 4 });
const op = fc.oneof(
  fc.record({ t: fc.constant("session" as const), learner, daysAgo: fc.integer({ min: -10, max: 120 }), status: fc.constantFrom("HELD" as const, "SCHEDULED" as const) }),
  fc.record({ t: fc.constant("record" as const), learner, status: fc.constantFrom("HELD" as const, "NO_SHOW" as const, "CANCELLED" as const) }),
  fc.record({ t: fc.constant("move" as const), learner, days: fc.integer({ min: -20, max: 20 }) }),
  fc.record({ t: fc.constant("delete" as const), learner }),
  fc.record({ t: fc.constant("call" as const), learner, daysAgo: fc.integer({ min: -5, max: 120 }), status: fc.constantFrom("HELD" as const, "NO_SHOW" as const, "SCHEDULED" as const), follow: fc.boolean() }),
  fc.record({ t: fc.constant("recordCall" as const), learner, status: fc.constantFrom("HELD" as const, "NO_SHOW" as const, "CANCELLED" as const) }),
  fc.record({ t: fc.constant("break" as const), learner, daysAgo: fc.integer({ min: -5, max: 90 }), days: fc.integer({ min: 3, max: 30 }), approved: fc.boolean() }),
  fc.record({ t: fc.constant("profile" as const), learner, commitment: fc.integer({ min: 1, max: 3 }), startShiftWeeks: fc.integer({ min: -4, max: 4 }), endShiftWeeks: fc.integer({ min: -6, max: 6 }) }),
  fc.record({ t: fc.constant("job" as const) }),
  fc.record({ t: fc.constant("tick" as const), days: fc.integer({ min: -40, max: 40 }) }),
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

type World = { ids: string[]; mentorId: string; advisorOf: Map<string, string>; calls: number; readers: { actor: Actor; query: Partial<ReportQuery> }[]; now: Date };

async function apply(world: World, o: Op) {
  const client = db();
  const learnerId = "learner" in o ? world.ids[o.learner % world.ids.length] : "";
  switch (o.t) {
    case "session":
      await createSession(client, { learnerId, mentorId: world.mentorId, scheduledAt: new Date(world.now.getTime() - o.daysAgo * DAY), status: o.status });
      return;
    case "record": {
      const s = await client.mentoringSession.findFirst({ where: { learnerId }, orderBy: { scheduledAt: "desc" } });
      if (s) await client.mentoringSession.update({ where: { id: s.id }, data: { status: o.status, cancelledBy: o.status === "CANCELLED" ? "MENTOR" : null } });
      return;
    }
    case "move": {
      const s = await client.mentoringSession.findFirst({ where: { learnerId }, orderBy: { scheduledAt: "asc" } });
      if (s) await client.mentoringSession.update({ where: { id: s.id }, data: { scheduledAt: new Date(s.scheduledAt.getTime() + o.days * DAY) } });
      return;
    }
    case "delete":
      // Raw SQL: the triggers see every writer.
      await client.$executeRaw`DELETE FROM "MentoringSession" WHERE id = (SELECT id FROM "MentoringSession" WHERE "learnerId" = ${learnerId} ORDER BY "scheduledAt" LIMIT 1)`;
      return;
    case "call":
      // A distinct minute per call; one that overlaps another of the advisor's (the exclusion constraint) is not written.
      world.calls += 1;
      try {
        await client.appointment.create({
          data: { learnerId, advisorId: world.advisorOf.get(learnerId)!, kind: o.follow ? "FOLLOW_UP" : "FIRST", status: o.status, startsAt: new Date(world.now.getTime() - o.daysAgo * DAY + world.calls * 60_000) },
        });
      } catch (error) {
        if (!String(error).includes("no_overlap") && !String(error).includes("23P01")) throw error;
      }
      return;
    case "recordCall": {
      const a = await client.appointment.findFirst({ where: { learnerId }, orderBy: { startsAt: "desc" } });
      if (a) await client.appointment.update({ where: { id: a.id }, data: { status: o.status } });
      return;
    }
    case "break": {
      const startDate = new Date(world.now.getTime() - o.daysAgo * DAY);
      await createBreak(client, { learnerId, status: o.approved ? "APPROVED" : "REQUESTED", startDate, endDate: addDays(startDate, o.days) });
      return;
    }
    case "profile": {
      const p = await client.learnerProfile.findUniqueOrThrow({ where: { userId: learnerId } });
      await client.learnerProfile.update({
        where: { userId: learnerId },
        data: { weeklyCommitment: o.commitment, startDate: addDays(p.startDate, o.startShiftWeeks * 7), plannedEndDate: addDays(p.plannedEndDate, o.endShiftWeeks * 7) },
      });
      return;
    }
    case "job":
      await runReportRollups(world.now, 2);
      return;
    case "tick":
      world.now = new Date(world.now.getTime() + o.days * DAY);
      return;
  }
}

const counts = (rows: { hit: boolean | null }[]) => ({ total: rows.length, judged: rows.filter((r) => r.hit !== null).length, hits: rows.filter((r) => r.hit === true).length });

/** Every month and quarter around now: each figure, per group, and the no-shows' trend agree with the records, for every reader. */
async function expectFigureEqualsRecords(world: World) {
  const month = periodContaining("month", world.now);
  const quarter = periodContaining("quarter", world.now);
  const periods = [month, previousPeriod(month), previousPeriod(previousPeriod(month)), quarter, previousPeriod(quarter)];
  for (const reader of world.readers) {
    for (const key of ["commitments", "noShow"] as FigureKey[]) {
      for (const period of periods) {
        const query = { ...reader.query, period: period.key } as ReportQuery;
        const [figure, records] = await Promise.all([getFigure(reader.actor, key, query, world.now), listAllFigureRecords(reader.actor, key, query, world.now)]);
        const got = Object.fromEntries(figure.map((r) => [r.isTotal ? "total" : r.grp, { total: r.total, judged: r.judged, hits: r.hits }]));
        const groups = [...new Set(records.rows.map((r) => r.grp).filter((g) => g !== null))] as string[];
        const expected = Object.fromEntries([["total", counts(records.rows)], ...(key === "noShow" ? groups.map((g) => [g, counts(records.rows.filter((r) => r.grp === g))]) : [])]);
        expect({ key, reader: reader.actor.role, query: reader.query, period: period.key, got }).toEqual({ key, reader: reader.actor.role, query: reader.query, period: period.key, got: expected });
      }
    }
    // The no-shows' trend over six months, from the rollup, against each month's records.
    const query = { ...reader.query, period: month.key } as ReportQuery;
    const trend = await getFigureTrend(reader.actor, "noShow", query, world.now);
    const expected = await Promise.all(
      periodsUpTo(month, 6).map(async (p) => ({ period: p.key, ...counts((await listAllFigureRecords(reader.actor, "noShow", { ...query, period: p.key }, world.now)).rows) })),
    );
    expect(trend.map((p) => ({ period: p.period, total: p.total, judged: p.judged, hits: p.hits }))).toEqual(expected);
  }
}

describe("the report rollups", () => {
  afterAll(async () => {
    await db().$executeRaw`UPDATE "ReportRollupCursor" SET "coveredUntil" = NULL`;
  });

  it("gives the figure its records count, after any writes, job runs and clock moves", async () => {
    const client = db();
    const advisors = [await createUser(client, { role: "ADVISOR" }), await createUser(client, { role: "ADVISOR" })];
    const mentor = await createUser(client, { role: "MENTOR" });
    const manager = actorOf(await createUser(client, { role: "MENTORSHIP_MANAGER" }));
    const readers = [
      { actor: manager, query: {} },
      { actor: actorOf(advisors[0]), query: {} },
      { actor: manager, query: { advisor: advisors[1].id } },
    ];
    await fc.assert(
      fc.asyncProperty(fc.array(learnerSpec, { minLength: 1, maxLength: 5 }), fc.array(op, { minLength: 1, maxLength: 12 }), async (specs, ops) => {
        await client.$executeRaw`DELETE FROM "User" WHERE role = 'LEARNER'`;
        await client.$executeRaw`UPDATE "ReportRollupCursor" SET "coveredUntil" = NULL`;
        const world: World = { ids: [], mentorId: mentor.id, advisorOf: new Map(), calls: 0, readers, now: BASE };
        for (const spec of specs) {
          const startDate = addDays(BASE, -spec.startWeeksAgo * 7);
          const l = await createLearner(client, {
            advisorId: advisors[spec.advisor].id,
            mentorId: mentor.id,
            startDate,
            plannedEndDate: addDays(startDate, spec.lengthWeeks * 7),
            weeklyCommitment: spec.commitment,
            milestoneCount: 1,
          });
          world.ids.push(l.id);
          world.advisorOf.set(l.id, advisors[spec.advisor].id);
          for (const s of spec.sessions) {
            await createSession(client, { learnerId: l.id, mentorId: mentor.id, scheduledAt: new Date(BASE.getTime() - s.daysAgo * DAY), status: s.status, cancelledBy: s.status === "CANCELLED" ? (s.byMentor ? "MENTOR" : "LEARNER") : null });
          }
        }
        // The rollup built once at the start, then the writes.
        await runReportRollups(world.now, 2);
        await expectFigureEqualsRecords(world);
        for (const o of ops) {
          await apply(world, o);
          await expectFigureEqualsRecords(world);
        }
      }),
      { numRuns: 8 },
    );
  }, 600_000);

  it("holds the weeks before the current one once built, and a write marks its learner stale until the next run", async () => {
    const client = db();
    await client.$executeRaw`DELETE FROM "User" WHERE role = 'LEARNER'`;
    await client.$executeRaw`UPDATE "ReportRollupCursor" SET "coveredUntil" = NULL`;
    const mentor = await createUser(client, { role: "MENTOR" });
    const l = await createLearner(client, { mentorId: mentor.id, startDate: new Date("2026-09-07T00:00:00Z"), plannedEndDate: new Date("2027-06-30T00:00:00Z"), milestoneCount: 1 });
    const report = await runReportRollups(BASE);
    // Monday 16 November, Paris midnight.
    expect(report).toEqual({ coveredUntil: new Date("2026-11-15T23:00:00Z"), refreshed: 1 });
    const rows = await client.learnerCommitmentMonth.findMany({ where: { learnerId: l.id }, orderBy: { month: "asc" } });
    // September: the weeks of the 7th, 14th, 21st, 28th; October: the 5th to the 26th; November: the 2nd and 9th. No session: none kept.
    expect(rows.map((r) => [r.month.toISOString().slice(0, 10), r.weeks, r.judged, r.kept])).toEqual([
      ["2026-09-01", 4, 4, 0],
      ["2026-10-01", 4, 4, 0],
      ["2026-11-01", 2, 2, 0],
    ]);
    await createSession(client, { learnerId: l.id, mentorId: mentor.id, scheduledAt: new Date("2026-10-06T09:00:00Z"), status: "HELD" });
    expect(await client.reportRollupStale.count({ where: { learnerId: l.id } })).toBe(1);
    // A week later the job adds the week of the 16th and refreshes the learner.
    expect(await runReportRollups(new Date(BASE.getTime() + 7 * DAY))).toEqual({ coveredUntil: new Date("2026-11-22T23:00:00Z"), refreshed: 1 });
    const after = await client.learnerCommitmentMonth.findMany({ where: { learnerId: l.id }, orderBy: { month: "asc" } });
    expect(after.map((r) => [r.month.toISOString().slice(0, 10), r.weeks, r.kept])).toEqual([
      ["2026-09-01", 4, 0],
      ["2026-10-01", 4, 1],
      ["2026-11-01", 3, 0],
    ]);
    expect(await client.reportRollupStale.count()).toBe(0);
  });
});
