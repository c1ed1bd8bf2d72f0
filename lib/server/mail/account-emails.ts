import "server-only";
import type { Locale, Prisma } from "@prisma/client";
import { format, messagesFor } from "@/lib/i18n";
import { enqueueEmail } from "./outbox";
import { appUrl, renderEmail } from "./render";

/**
 * The invitation and password-reset emails, in the user's language, queued in
 * the caller's transaction. The raw token appears only in the link.
 */
export async function enqueueAccountEmail(
  tx: Prisma.TransactionClient,
  kind: "invitation" | "passwordReset",
  user: { email: string; firstName: string; locale: Locale },
  token: string,
): Promise<void> {
  const m = messagesFor(user.locale).account.email;
  const invitation = kind === "invitation";
  const rendered = renderEmail({
    locale: user.locale,
    subject: invitation ? m.invitationSubject : m.resetSubject,
    greeting: format(m.greeting, { name: user.firstName }),
    paragraphs: [invitation ? m.invitationBody : m.resetBody, m.ignore],
    action: { label: invitation ? m.invitationAction : m.resetAction, url: appUrl(`/set-password/${token}`) },
  });
  await enqueueEmail(tx, {
    to: user.email,
    template: invitation ? "account.invitation" : "account.password-reset",
    subject: rendered.subject,
    text: rendered.text,
    html: rendered.html,
  });
}
