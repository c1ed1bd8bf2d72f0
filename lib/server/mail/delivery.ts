import "server-only";
import { claimDueEmails, markEmailAttemptFailed, markEmailSent } from "@/lib/server/data/outbox";
import type { SendEmail } from "./transport";

/** After this many failed attempts an email is marked FAILED and left for an admin. */
export const MAX_ATTEMPTS = 8;

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/**
 * Sends the emails that are due. Each claim leases its rows (data/outbox.ts
 * claimDueEmails), so several workers never send the same email, and a failed
 * one is retried with a growing backoff.
 */
export async function deliverDueEmails(send: SendEmail, now = new Date(), limit = 20): Promise<DeliveryReport> {
  const claimed = await claimDueEmails(now, limit);
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const email of claimed) {
    try {
      await send(email);
      await markEmailSent(email.id);
      report.sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const failed = email.attempts >= MAX_ATTEMPTS;
      await markEmailAttemptFailed(email.id, lastError, failed);
      if (failed) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}
