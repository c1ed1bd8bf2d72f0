import "server-only";
import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import nodemailer from "nodemailer";
import type { EmailOutbox } from "@prisma/client";
import { loadEmailAttachments } from "@/lib/server/data/outbox";

export type SendEmail = (email: EmailOutbox) => Promise<void>;

const DEFAULT_FROM = "Portail d'accompagnement <no-reply@localhost>";

/** A sender for SMTP_URL, or null when unset: emails then wait in the outbox (dev mailbox). */
export function smtpSender(smtpUrl = process.env.SMTP_URL, from = process.env.MAIL_FROM || DEFAULT_FROM): SendEmail | null {
  if (!smtpUrl) return null;
  // Bounded timeouts: a send must finish well within the claim lease (data/outbox.ts claimDueEmails).
  // In the options object beside `url`: a second argument would be message defaults, where
  // nodemailer ignores them (its own types say so since 10).
  const transport = nodemailer.createTransport({
    url: smtpUrl,
    connectionTimeout: 15_000,
    greetingTimeout: 15_000,
    socketTimeout: 30_000,
  });
  return async (email) => {
    // The documents it references, streamed from the store into the SMTP exchange.
    const documents = await loadEmailAttachments(email.id);
    await transport.sendMail({
      from,
      to: email.toAddress,
      subject: email.subject,
      text: email.textBody,
      html: email.htmlBody,
      // A request's reply address (reply+<token>@REPLY_DOMAIN): the answer comes back to the thread.
      replyTo: email.replyTo ?? undefined,
      // Stable id: a resend after a crash is recognisable as the same message.
      messageId: `<${email.id}@learner-portal>`,
      attachments: documents.map((d) => ({ filename: d.filename, contentType: d.contentType, content: Readable.fromWeb(d.open() as WebReadableStream<Uint8Array>) })),
      icalEvent: email.icsContent ? { method: "REQUEST", filename: "invitation.ics", content: email.icsContent } : undefined,
    });
  };
}
