import "server-only";
import type { Locale, Prisma } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { enqueueEmails } from "@/lib/server/data/outbox";
import type { OutgoingEmail } from "./outgoing-email";
import { appUrl, emailIntl, renderEmail } from "./render";

export type AccountEmailKind = "invitation" | "passwordReset";
type Recipient = { email: string; firstName: string; locale: Locale };

/** The invitation or password-reset email, in the user's language; the raw token appears only in the link. */
function accountEmail(kind: AccountEmailKind, user: Recipient, token: string): OutgoingEmail {
  const t = createTranslator({ ...emailIntl(user.locale).options, namespace: "account.email" });
  const invitation = kind === "invitation";
  const rendered = renderEmail({
    locale: user.locale,
    subject: invitation ? t("invitationSubject") : t("resetSubject"),
    greeting: t("greeting", { name: user.firstName }),
    paragraphs: [invitation ? t("invitationBody") : t("resetBody"), t("ignore")],
    action: { label: invitation ? t("invitationAction") : t("resetAction"), url: appUrl(`/set-password/${token}`) },
  });
  return { to: user.email, template: invitation ? "account.invitation" : "account.password-reset", ...rendered };
}

/** Queues these emails in the caller's transaction (one statement, however many). */
export async function enqueueAccountEmails(
  tx: Prisma.TransactionClient,
  kind: AccountEmailKind,
  items: { user: Recipient; token: string }[],
): Promise<void> {
  await enqueueEmails(tx, items.map((i) => accountEmail(kind, i.user, i.token)));
}
