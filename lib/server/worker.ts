import "server-only";
import { deliverDueEmails } from "./mail/delivery";
import { smtpSender } from "./mail/transport";
import { JOBS, type Job } from "./jobs/registry";

type Log = (message: string) => void;

/**
 * The background worker: sends the email outbox every few seconds and runs the
 * scheduled jobs. Returns a stop function that waits for the current round.
 */
export function startWorker({ pollMs = 5000, log = console.log, jobs = JOBS }: { pollMs?: number; log?: Log; jobs?: Job[] } = {}) {
  const send = smtpSender();
  if (!send) log("[worker] SMTP_URL is not set: emails stay in the outbox, readable in the admin's dev mailbox.");
  const nextRun = new Map(jobs.map((job) => [job.name, 0]));
  let stopped = false;
  let wake: (() => void) | null = null;

  async function round() {
    const now = new Date();
    if (send) {
      // Drain what is due, a batch at a time.
      for (;;) {
        const report = await deliverDueEmails(send);
        if (report.sent + report.retrying + report.failed > 0) {
          log(`[worker] emails: ${report.sent} sent, ${report.retrying} to retry, ${report.failed} failed`);
        }
        if (report.sent + report.retrying + report.failed < 20 || stopped) break;
      }
    }
    for (const job of jobs) {
      if ((nextRun.get(job.name) ?? 0) > now.getTime()) continue;
      nextRun.set(job.name, now.getTime() + job.intervalMs);
      try {
        await job.run(now);
      } catch (error) {
        log(`[worker] job ${job.name} failed: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
  }

  const done = (async () => {
    while (!stopped) {
      try {
        await round();
      } catch (error) {
        log(`[worker] round failed: ${error instanceof Error ? error.message : String(error)}`);
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, pollMs);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
    }
  })();

  return async function stop() {
    stopped = true;
    wake?.();
    await done;
  };
}
