import { beforeEach, describe, expect, it } from "vitest";
import { freshDatabase } from "./db";
import { expectEveryExportCovered } from "./support/access";
import { runDueJobs } from "@/lib/server/jobs/scheduler";
import type { Job } from "@/lib/server/jobs/registry";

const db = freshDatabase();
const HOUR = 3_600_000;
const T0 = new Date("2026-11-25T10:00:00Z");
const at = (ms: number) => new Date(T0.getTime() + ms);

/** A job that records the instants it ran at; slow enough for the workers' claims to overlap. */
function recordingJob(name: string, intervalMs = HOUR) {
  const runs: Date[] = [];
  const job: Job = {
    name,
    intervalMs,
    run: async (now) => {
      runs.push(now);
      await new Promise((r) => setTimeout(r, 20));
    },
  };
  return { job, runs };
}

const quiet = () => {};

beforeEach(async () => {
  await db().jobSchedule.deleteMany();
});

describe("periodic jobs across workers", () => {
  it("three workers at the same instant: the job runs once", async () => {
    const { job, runs } = recordingJob("once");
    const reports = await Promise.all([1, 2, 3].map(() => runDueJobs([job], T0, quiet)));
    expect(runs).toEqual([T0]);
    expect(reports.flatMap((r) => r.ran)).toEqual(["once"]);
  });

  it("three workers polling through six periods: exactly one run per period", async () => {
    const { job, runs } = recordingJob("hourly");
    // Each worker polls every 10 minutes, a little out of step with the others (its own
    // clock): 36 rounds each, all three at once, over six hours of injected time.
    const worker = async (offsetMs: number) => {
      for (let round = 0; round < 36; round++) await runDueJobs([job], at(round * 10 * 60_000 + offsetMs), quiet);
    };
    await Promise.all([worker(0), worker(7_000), worker(13_000)]);
    const periods = runs.map((now) => Math.floor((now.getTime() - T0.getTime()) / HOUR));
    expect(periods).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it("is not due again before its interval, whichever worker asks", async () => {
    const { job, runs } = recordingJob("interval");
    await runDueJobs([job], T0, quiet);
    await runDueJobs([job], at(HOUR - 1), quiet);
    expect(runs).toHaveLength(1);
    await runDueJobs([job], at(HOUR), quiet);
    expect(runs).toEqual([T0, at(HOUR)]);
    expect(await db().jobSchedule.findUniqueOrThrow({ where: { name: "interval" } })).toMatchObject({ lastRunAt: at(HOUR), nextRunAt: at(2 * HOUR) });
  });

  it("a failing job is reported and logged, the others still run, and it waits for its next period", async () => {
    const { job: ok, runs } = recordingJob("fine");
    const broken: Job = { name: "broken", intervalMs: HOUR, run: async () => Promise.reject(new Error("boom")) };
    const logged: string[] = [];
    const report = await runDueJobs([broken, ok], T0, (m) => logged.push(m));
    expect(report).toEqual({ ran: ["fine"], failed: ["broken"] });
    expect(runs).toHaveLength(1);
    expect(logged).toEqual(["[worker] job broken failed: boom"]);
    expect(await runDueJobs([broken, ok], at(60_000), quiet)).toEqual({ ran: [], failed: [] });
  });

  it("claimJobRun is the only export of the schedule module, a system function", async () => {
    await expectEveryExportCovered(import.meta.glob("../../lib/server/data/jobs/schedule.ts"), [], ["claimJobRun"]);
  });
});
