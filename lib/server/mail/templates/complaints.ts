import "server-only";
import type { Locale } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";

type Recipient = { email: string; firstName: string; locale: Locale };

/** The acknowledgement of a complaint: its number, when it was received and by when it will be answered. */
export function complaintAcknowledgementEmail(to: Recipient, complaint: { number: number; subject: string; receivedAt: Date; dueAt: Date }, path: string): OutgoingEmail {
  const { options, dates } = emailIntl(to.locale);
  const t = createTranslator({ ...options, namespace: "complaints.mail" });
  const number = String(complaint.number);
  const content = renderEmail({
    locale: to.locale,
    subject: t("ackSubject", { number }),
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [t("ackBody", { number, subject: complaint.subject, received: dates.instant(complaint.receivedAt) }), t("ackDeadline", { due: dates.instant(complaint.dueAt) })],
    action: { label: t("open"), url: appUrl(path) },
  });
  return { to: to.email, template: "complaint.acknowledgement", ...content };
}
