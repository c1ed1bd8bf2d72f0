import "server-only";
import type { Prisma } from "@prisma/client";

export type OutgoingEmail = {
  to: string;
  /** What caused it (e.g. "request.created"): shown in the dev mailbox. */
  template: string;
  subject: string;
  text: string;
  html: string;
  /** A calendar invite, attached as text/calendar. */
  icsContent?: string;
};

/**
 * Writes an email to the outbox. Call it with the `tx` of the transaction that
 * makes the change the email tells about: both are committed, or neither.
 * The worker (lib/server/mail/delivery.ts) sends it.
 */
export async function enqueueEmail(tx: Prisma.TransactionClient, email: OutgoingEmail): Promise<void> {
  await tx.emailOutbox.create({
    data: {
      toAddress: email.to,
      template: email.template,
      subject: email.subject,
      textBody: email.text,
      htmlBody: email.html,
      icsContent: email.icsContent ?? null,
    },
  });
}
