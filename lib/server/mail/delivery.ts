import "server-only";
import type { EmailOutbox } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import type { SendEmail } from "./transport";

/** After this many failed attempts an email is marked FAILED and left for an admin. */
export const MAX_ATTEMPTS = 8;

export type DeliveryReport = { sent: number; retrying: number; failed: number };

/**
 * Sends the emails that are due. Rows are claimed with FOR UPDATE SKIP LOCKED
 * and leased in one statement, so several workers never send the same email.
 * Claiming pushes the next attempt 1 min, 2, 4 … (capped at 1 h) ahead: that
 * is both the retry backoff and the lease that keeps other workers off the
 * row while this one sends, so it must exceed the SMTP timeouts (transport.ts).
 */
export async function deliverDueEmails(send: SendEmail, now = new Date(), limit = 20): Promise<DeliveryReport> {
  const db = getDb();
  const claimed = await db.$queryRaw<EmailOutbox[]>`
    UPDATE "EmailOutbox" AS o
    SET "attempts" = o."attempts" + 1,
        "nextAttemptAt" = ${now}::timestamp + make_interval(secs => LEAST(60 * power(2, o."attempts"), 3600))
    WHERE o."id" IN (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamp
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT ${limit}
      FOR UPDATE SKIP LOCKED
    )
    RETURNING o.*`;
  const report: DeliveryReport = { sent: 0, retrying: 0, failed: 0 };
  for (const email of claimed) {
    try {
      await send(email);
      await db.emailOutbox.update({ where: { id: email.id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
      report.sent += 1;
    } catch (error) {
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 1000);
      const failed = email.attempts >= MAX_ATTEMPTS;
      await db.emailOutbox.update({ where: { id: email.id }, data: { lastError, ...(failed ? { status: "FAILED" } : {}) } });
      if (failed) report.failed += 1;
      else report.retrying += 1;
    }
  }
  return report;
}
