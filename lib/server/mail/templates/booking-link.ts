import "server-only";
import type { AppointmentKind, Locale } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import { bookingLinkSignInPath } from "@/lib/domain/return-path";

/** Why the link is sent: a follow-up case needs its call, or a request asked to be called back. */
export type BookingLinkReason = "case" | "callback";

type Recipient = { email: string; firstName: string; locale: Locale };
type Link = { kind: AppointmentKind; advisor: string; reason: BookingLinkReason; token: string; expiresAt: Date };

/** "Choisissez l'horaire de votre premier appel": the signed, single-use booking link, in the learner's language. */
export function bookingLinkEmail(to: Recipient, link: Link): OutgoingEmail {
  const intl = emailIntl(to.locale);
  const t = createTranslator({ ...intl.options, namespace: "bookingLinkMail" });
  const values = { advisor: link.advisor, kind: t(`kind.${link.kind}`), until: intl.dates.instant(link.expiresAt, "weekday") };
  const rendered = renderEmail({
    locale: to.locale,
    subject: t(`subject.${link.kind}`),
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [t(`body.${link.reason}`, values), t("rules", values)],
    action: { label: t(`action.${link.kind}`), url: appUrl(bookingLinkSignInPath(link.token)) },
  });
  return { to: to.email, template: `bookingLink.${link.reason}`, ...rendered };
}
