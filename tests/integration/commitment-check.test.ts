// The weekly job: which learners get a signal for the previous week, and that running it
// again (or twice at once, or in small batches) writes nothing more.
import { beforeAll, describe, expect, it } from "vitest";
import type { SessionStatus } from "@prisma/client";
import { freshDatabase } from "./db";
import { createBreak, createLearner, createSession, createUser, type LearnerOverrides } from "@/tests/factories";
import { runCommitmentCheck } from "@/lib/server/jobs/commitment-check";
import { JOBS } from "@/lib/server/jobs/registry";

const db = freshDatabase();

// Wednesday of 2026-W48: the job checks 2026-W47 (Monday 16 to Sunday 22 November, Paris).
const NOW = new Date("2026-11-25T10:00:00Z");
const W47 = "2026-W47";

const ids: Record<string, string> = {};
let advisorId = "";
let mentorId = "";

async function learner(key: string, over: LearnerOverrides = {}, sessions: [string, SessionStatus][] = []) {
  const l = await createLearner(db(), { advisorId, mentorId, startDate: new Date("2026-09-07"), now: NOW, ...over });
  for (const [at, status] of sessions) await createSession(db(), { learnerId: l.id, mentorId, scheduledAt: new Date(at), status });
  ids[key] = l.id;
  return l;
}

async function signalsOf(key: string) {
  return db().learnerSignal.findMany({ where: { learnerId: ids[key] }, orderBy: { kind: "asc" }, select: { kind: true, isoWeek: true, advisorId: true } });
}

beforeAll(async () => {
  advisorId = (await createUser(db(), { role: "ADVISOR" })).id;
  mentorId = (await createUser(db(), { role: "MENTOR" })).id;
  await learner("kept", {}, [["2026-11-17T17:00:00Z", "HELD"]]);
  await learner("nothing");
  await learner("keptLateSunday", {}, [["2026-11-22T22:30:00Z", "HELD"]]); // Sunday 23:30 in Paris
  await learner("mondayAfter", {}, [["2026-11-22T23:30:00Z", "HELD"]]); // Monday 00:30 in Paris: W48
  await learner("excused", {}, [["2026-11-18T17:00:00Z", "CANCELLED"]]);
  await db().mentoringSession.updateMany({ where: { learnerId: ids.excused }, data: { cancelledBy: "SCHOOL" } });
  await learner("cancelledByLearner", {}, [["2026-11-18T17:00:00Z", "CANCELLED"]]);
  const onBreak = await learner("onBreak");
  await createBreak(db(), { learnerId: onBreak.id, status: "APPROVED", startDate: new Date("2026-11-20"), endDate: new Date("2026-11-30") });
  const refused = await learner("refusedBreak");
  await createBreak(db(), { learnerId: refused.id, status: "REFUSED", startDate: new Date("2026-11-16"), endDate: new Date("2026-11-22") });
  await learner("noAdvisor", { advisorId: null });
  await learner("inactive", { active: false });
  await learner("notStarted", { startDate: new Date("2026-11-18") });
  await learner("twoNoShows", {}, [
    ["2026-11-03T17:00:00Z", "HELD"],
    ["2026-11-10T17:00:00Z", "NO_SHOW"],
    ["2026-11-12T17:00:00Z", "CANCELLED"],
    ["2026-11-17T17:00:00Z", "NO_SHOW"],
  ]);
  await learner("noShowAfterHeld", {}, [
    ["2026-11-10T17:00:00Z", "HELD"],
    ["2026-11-17T17:00:00Z", "NO_SHOW"],
  ]);
  await learner("twoAWeek", { weeklyCommitment: 2 }, [
    ["2026-11-17T17:00:00Z", "HELD"],
    ["2026-11-19T17:00:00Z", "NO_SHOW"],
  ]);
  await learner("unrecorded", {}, [["2026-11-19T17:00:00Z", "SCHEDULED"]]);
});

describe("runCommitmentCheck", () => {
  it("raises one signal per learner, kind and week, for the learner's advisor (active learners with an advisor only)", async () => {
    const report = await runCommitmentCheck(NOW);
    expect(report).toEqual({ isoWeek: W47, learners: 13, commitmentSignals: 7, attendanceSignals: 1 });

    const commitment = [{ kind: "COMMITMENT_NOT_KEPT", isoWeek: W47, advisorId }];
    expect(await signalsOf("nothing")).toEqual(commitment);
    expect(await signalsOf("mondayAfter")).toEqual(commitment);
    expect(await signalsOf("cancelledByLearner")).toEqual(commitment);
    expect(await signalsOf("refusedBreak")).toEqual(commitment);
    expect(await signalsOf("twoAWeek")).toEqual(commitment);
    expect(await signalsOf("twoNoShows")).toEqual([...commitment, { kind: "ATTENDANCE_PROBLEM", isoWeek: W47, advisorId }]);
    // One no-show after a held session is not yet an attendance problem.
    expect(await signalsOf("noShowAfterHeld")).toEqual(commitment);
    for (const key of ["kept", "keptLateSunday", "excused", "onBreak", "noAdvisor", "inactive", "notStarted", "unrecorded"]) {
      expect(await signalsOf(key), key).toEqual([]);
    }
  });

  it("is idempotent: a second run writes nothing and a resolved signal stays resolved", async () => {
    const before = await db().learnerSignal.count();
    const resolvedAt = new Date("2026-11-25T11:00:00Z");
    await db().learnerSignal.updateMany({ where: { learnerId: ids.nothing }, data: { resolvedAt } });

    expect(await runCommitmentCheck(NOW)).toMatchObject({ commitmentSignals: 0, attendanceSignals: 0 });
    expect(await runCommitmentCheck(new Date("2026-11-29T22:59:00Z"))).toMatchObject({ isoWeek: W47, commitmentSignals: 0 }); // Sunday 23:59 Paris
    expect(await db().learnerSignal.count()).toBe(before);
    expect((await db().learnerSignal.findFirstOrThrow({ where: { learnerId: ids.nothing } })).resolvedAt).toEqual(resolvedAt);
  });

  it("two workers at once, in small batches, still write each signal once", async () => {
    await db().learnerSignal.deleteMany();
    const reports = await Promise.all([runCommitmentCheck(NOW, 2), runCommitmentCheck(NOW, 3)]);
    expect(reports.map((r) => r.learners)).toEqual([13, 13]);
    expect(reports[0].commitmentSignals + reports[1].commitmentSignals).toBe(7);
    expect(reports[0].attendanceSignals + reports[1].attendanceSignals).toBe(1);
    expect(await db().learnerSignal.count()).toBe(8);
  });

  it("an outcome recorded late is caught by a later run of the same week", async () => {
    await db().mentoringSession.updateMany({ where: { learnerId: ids.unrecorded }, data: { status: "NO_SHOW" } });
    expect(await runCommitmentCheck(new Date("2026-11-26T08:00:00Z"))).toMatchObject({ commitmentSignals: 1, attendanceSignals: 0 });
    expect(await signalsOf("unrecorded")).toEqual([{ kind: "COMMITMENT_NOT_KEPT", isoWeek: W47, advisorId }]);
  });

  it("from Monday 00:00 in Paris, checks the week that just ended", async () => {
    // Monday 30 November 00:00 Paris = Sunday 29 November 23:00 UTC: W48 is checked.
    const report = await runCommitmentCheck(new Date("2026-11-29T23:00:00Z"));
    expect(report.isoWeek).toBe("2026-W48");
    expect(await db().learnerSignal.count({ where: { isoWeek: "2026-W48", learnerId: ids.mondayAfter } })).toBe(0);
    expect(await db().learnerSignal.count({ where: { isoWeek: "2026-W48", learnerId: ids.nothing } })).toBe(1);
  });

  it("is registered with the worker, hourly", () => {
    expect(JOBS.find((job) => job.name === "commitment-check")).toMatchObject({ run: runCommitmentCheck, intervalMs: 3_600_000 });
  });
});
