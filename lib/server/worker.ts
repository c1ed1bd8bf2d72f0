import "server-only";
import { deliverDueEmails, LEASE_MS, systemClock, type Clock } from "./mail/delivery";
import { smtpSender, type SendEmail } from "./mail/transport";
import { JOBS, type Job } from "./jobs/registry";
import { runDueJobs } from "./jobs/scheduler";
import { processPasswordResetRequests } from "./data/auth-tokens";

type Log = (message: string) => void;

export type WorkerOptions = {
  pollMs?: number;
  log?: Log;
  jobs?: Job[];
  clock?: Clock;
  /** The email sender; by default SMTP_URL's (none: emails stay in the outbox). */
  send?: SendEmail | null;
  leaseMs?: number;
};

const BATCH = 20;

/**
 * The background worker: sends the email outbox every few seconds and runs the
 * scheduled jobs. Several may run at once (one per app server): each email is
 * leased on its own and each job period is claimed by one worker. Returns a stop
 * function that waits for the current round.
 */
export function startWorker({ pollMs = 5000, log = console.log, jobs = JOBS, clock = systemClock, send = smtpSender(), leaseMs = LEASE_MS }: WorkerOptions = {}) {
  if (!send) log("[worker] SMTP_URL is not set: emails stay in the outbox (readable in the admin's dev mailbox outside production).");
  let stopped = false;
  let wake: (() => void) | null = null;

  async function round() {
    // "Forgot password" requests first: their emails then go out in this same round. A
    // failure here is logged and never holds back the outbox.
    try {
      const resets = await processPasswordResetRequests(clock());
      if (resets.sent + resets.limited + resets["no-account"] > 0) {
        log(`[worker] password resets: ${resets.sent} sent, ${resets.limited + resets["no-account"]} not sent (over a limit, or no active account)`);
      }
    } catch (error) {
      log(`[worker] password resets failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (send) {
      // Drain what is due, a batch at a time.
      for (;;) {
        const report = await deliverDueEmails(send, { clock, leaseMs, limit: BATCH });
        const handled = report.sent + report.retrying + report.failed + report.lost;
        if (handled > 0) {
          log(`[worker] emails: ${report.sent} sent, ${report.retrying} to retry, ${report.failed} failed`);
        }
        if (report.lost > 0) log(`[worker] emails: ${report.lost} sent after their lease was taken over (the worker stalled): they may go out twice`);
        if (handled < BATCH || stopped) break;
      }
    }
    await runDueJobs(jobs, clock(), log);
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
