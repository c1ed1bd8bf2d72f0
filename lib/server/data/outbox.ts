import "server-only";
import { randomUUID } from "node:crypto";
import type { EmailOutbox, Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import type { OutgoingEmail } from "@/lib/server/mail/outgoing-email";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { cursorArgs, toPage } from "@/lib/server/pagination";
import { writeAudit } from "@/lib/server/data/audit";
import { readStoredContent } from "@/lib/server/data/attachment-store";
import { devMailboxEnabled, maskSecrets } from "@/lib/domain/dev-mailbox";

/** The dev mailbox exists only without SMTP_URL and outside production: otherwise not found. */
function assertMailbox(actor: Actor): void {
  assertRole(actor, ["ADMIN"]);
  if (!devMailboxEnabled(process.env)) throw new NotFoundError("mailbox");
}

/** Admin: the email outbox, newest first (the dev mailbox, while SMTP_URL is unset and not in production). */
export async function listOutbox(actor: Actor, after?: string) {
  assertMailbox(actor);
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

/**
 * Admin: one email of the dev mailbox, with its bodies, its links masked (they would
 * let an admin set anyone's password); each read is audited.
 */
export async function getOutboxEmail(actor: Actor, id: string) {
  assertMailbox(actor);
  return getDb().$transaction(async (tx) => {
    const email = await tx.emailOutbox.findUnique({ where: { id } });
    if (!email) throw new NotFoundError("email");
    await writeAudit(tx, { actorId: actor.id, action: "mailbox.email.read", entityType: "EmailOutbox", entityId: email.id, after: { to: email.toAddress, template: email.template } });
    return { ...email, textBody: maskSecrets(email.textBody), htmlBody: maskSecrets(email.htmlBody) };
  });
}

/**
 * Writes an email to the outbox. Call it with the `tx` of the transaction that
 * makes the change the email tells about: both are committed, or neither.
 * The worker (lib/server/mail/delivery.ts) sends it.
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, email: OutgoingEmail): Promise<void> {
  // Its documents are referenced, never copied: the sender reads them when it sends.
  const documents = [...new Set(email.attachmentIds ?? [])];
  await tx.emailOutbox.create({
    data: { ...outboxRow(email), ...(documents.length > 0 ? { attachments: { create: documents.map((attachmentId, position) => ({ attachmentId, position })) } } : {}) },
  });
}

/** Many emails in one statement (an import invites thousands at once); same contract as enqueueEmail, without documents. */
export async function enqueueEmails(tx: Prisma.TransactionClient, emails: OutgoingEmail[]): Promise<void> {
  if (emails.length === 0) return;
  if (emails.some((e) => e.attachmentIds?.length)) throw new Error("enqueueEmails sends no documents: use enqueueEmail");
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
    replyTo: email.replyTo ?? null,
  };
}

/**
 * The documents a claimed email carries, in order, each with its bytes as a stream
 * read from the store when the sender asks for them. A document deleted since the
 * email was written is not there (the row cascades away).
 */
export async function loadEmailAttachments(outboxId: string) {
  const rows = await getDb().emailOutboxAttachment.findMany({
    where: { outboxId },
    orderBy: { position: "asc" },
    select: { attachment: { select: { id: true, filename: true, contentType: true, sizeBytes: true, storageKey: true } } },
  });
  return rows.map(({ attachment: a }) => ({ filename: a.filename, contentType: a.contentType, sizeBytes: a.sizeBytes, open: () => readStoredContent(a) }));
}

export type EmailClaim = { email: EmailOutbox; token: string };

/**
 * Claims the next due email, for one worker, on its own: the row is picked with
 * FOR UPDATE SKIP LOCKED (concurrent claims skip each other) and, in the same
 * statement, given a fresh lease token and a lease ending `leaseMs` from now
 * (nextAttemptAt doubles as the lease's end, so other workers leave it alone).
 * The attempt is counted at claim time: a worker that dies mid-send still uses one.
 */
export async function claimNextEmail(now: Date, leaseMs: number): Promise<EmailClaim | null> {
  const token = randomUUID();
  const rows = await getDb().$queryRaw<EmailOutbox[]>`
    UPDATE "EmailOutbox" AS o
    SET "attempts" = o."attempts" + 1,
        "leaseToken" = ${token},
        "nextAttemptAt" = ${new Date(now.getTime() + leaseMs)}::timestamp
    WHERE o."id" = (
      SELECT "id" FROM "EmailOutbox"
      WHERE "status" = 'PENDING' AND "nextAttemptAt" <= ${now}::timestamp
      ORDER BY "nextAttemptAt", "createdAt"
      LIMIT 1
      FOR UPDATE SKIP LOCKED
    )
    RETURNING o.*`;
  return rows[0] ? { email: rows[0], token } : null;
}

// Every write below is one UPDATE that names the lease token (raw SQL, so that
// the check and the write are one statement): a worker whose lease ran out and
// was taken over changes nothing. Each returns whether it still held the row.

/** Pushes the lease's end while the send is in progress. */
export async function renewEmailLease(id: string, token: string, until: Date): Promise<boolean> {
  const count = await getDb().$executeRaw`
    UPDATE "EmailOutbox" SET "nextAttemptAt" = ${until}::timestamp
    WHERE "id" = ${id} AND "leaseToken" = ${token} AND "status" = 'PENDING'`;
  return count === 1;
}

export async function markEmailSent(id: string, token: string, at: Date): Promise<boolean> {
  const count = await getDb().$executeRaw`
    UPDATE "EmailOutbox" SET "status" = 'SENT', "sentAt" = ${at}::timestamp, "lastError" = NULL, "leaseToken" = NULL
    WHERE "id" = ${id} AND "leaseToken" = ${token} AND "status" = 'PENDING'`;
  return count === 1;
}

/** A failed attempt: retried at `retryAt`, or marked FAILED and left for an admin when `final`. */
export async function markEmailAttemptFailed(
  id: string,
  token: string,
  { lastError, final, retryAt }: { lastError: string; final: boolean; retryAt: Date },
): Promise<boolean> {
  const count = await getDb().$executeRaw`
    UPDATE "EmailOutbox"
    SET "lastError" = ${lastError}, "leaseToken" = NULL, "nextAttemptAt" = ${retryAt}::timestamp,
        "status" = CASE WHEN ${final} THEN 'FAILED'::"OutboxStatus" ELSE 'PENDING'::"OutboxStatus" END
    WHERE "id" = ${id} AND "leaseToken" = ${token} AND "status" = 'PENDING'`;
  return count === 1;
}
