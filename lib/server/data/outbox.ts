import "server-only";
import type { EmailOutbox, Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import type { OutgoingEmail } from "@/lib/server/mail/outgoing-email";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { cursorArgs, toPage } from "@/lib/server/pagination";

/** Admin: the email outbox, newest first (the dev mailbox when SMTP_URL is unset). */
export async function listOutbox(actor: Actor, after?: string) {
  assertRole(actor, ["ADMIN"]);
  const db = getDb();
  const [rows, counts] = await Promise.all([
    db.emailOutbox.findMany({
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      ...cursorArgs(after),
      select: { id: true, toAddress: true, subject: true, template: true, status: true, attempts: true, createdAt: true, sentAt: true },
    }),
    db.emailOutbox.groupBy({ by: ["status"], _count: { _all: true } }),
  ]);
  return { ...toPage(rows), counts: Object.fromEntries(counts.map((c) => [c.status, c._count._all])) as Record<string, number> };
}

/** Admin: one email of the outbox, with its bodies. */
export async function getOutboxEmail(actor: Actor, id: string) {
  assertRole(actor, ["ADMIN"]);
  const email = await getDb().emailOutbox.findUnique({ where: { id } });
  if (!email) throw new NotFoundError("email");
  return email;
}

/**
 * Writes an email to the outbox. Call it with the `tx` of the transaction that
 * makes the change the email tells about: both are committed, or neither.
 * The worker (lib/server/mail/delivery.ts) sends it.
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, email: OutgoingEmail): Promise<void> {
  await tx.emailOutbox.create({ data: outboxRow(email) });
}

/** Many emails in one statement (an import invites thousands at once); same contract as enqueueEmail. */
export async function enqueueEmails(tx: Prisma.TransactionClient, emails: OutgoingEmail[]): Promise<void> {
  if (emails.length === 0) return;
  await tx.emailOutbox.createMany({ data: emails.map(outboxRow) });
}

function outboxRow(email: OutgoingEmail): Prisma.EmailOutboxCreateManyInput {
  return {
    toAddress: email.to,
    template: email.template,
    subject: email.subject,
    textBody: email.text,
    htmlBody: email.html,
    icsContent: email.icsContent ?? null,
  };
}

/**
 * Claims the emails that are due, for the worker. Rows are claimed with FOR UPDATE
 * SKIP LOCKED and leased in one statement, so several workers never send the same
 * email. Claiming pushes the next attempt 1 min, 2, 4 … (capped at 1 h) ahead: that
 * is both the retry backoff and the lease that keeps other workers off the row
 * while this one sends, so it must exceed the SMTP timeouts (mail/transport.ts).
 */
export function claimDueEmails(now: Date, limit: number): Promise<EmailOutbox[]> {
  return getDb().$queryRaw<EmailOutbox[]>`
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
}

export async function markEmailSent(id: string): Promise<void> {
  await getDb().emailOutbox.update({ where: { id }, data: { status: "SENT", sentAt: new Date(), lastError: null } });
}

/** A failed attempt: kept for a retry, or marked FAILED and left for an admin when `final`. */
export async function markEmailAttemptFailed(id: string, lastError: string, final: boolean): Promise<void> {
  await getDb().emailOutbox.update({ where: { id }, data: { lastError, ...(final ? { status: "FAILED" } : {}) } });
}
