import "server-only";
import { claimJobRun } from "@/lib/server/data/jobs/schedule";
import type { Job } from "./registry";

export type JobRunReport = { ran: string[]; failed: string[] };

/**
 * Runs the jobs whose period has come, each once across all workers: a worker
 * runs a job only after claiming its period (data/jobs/schedule.ts). A run that
 * fails is not retried before the next period (jobs catch up: they are idempotent).
 */
export async function runDueJobs(jobs: readonly Job[], now: Date, log: (message: string) => void = console.log): Promise<JobRunReport> {
  const report: JobRunReport = { ran: [], failed: [] };
  for (const job of jobs) {
    if (!(await claimJobRun(job.name, now, job.intervalMs))) continue;
    try {
      await job.run(now);
      report.ran.push(job.name);
    } catch (error) {
      report.failed.push(job.name);
      log(`[worker] job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return report;
}
