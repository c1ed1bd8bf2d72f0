import "server-only";
import type { NotificationKind } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import type { Recipient } from "./requests";

// Notification emails (at once, or the daily digest). Neutral by construction: a request's
// number, who acted and what kind of thing happened — never its subject, its message nor
// any health or RQTH detail, which the recipient reads in the portal.

export type NotificationLine = { kind: NotificationKind; number: number | null; actorName: string | null; path: string };

function intl(locale: Recipient["locale"]) {
  return createTranslator({ ...emailIntl(locale).options, namespace: "followers.mail" });
}

function lineText(t: ReturnType<typeof intl>, line: NotificationLine, someone: string): string {
  return t(`line.${line.kind}`, { actor: line.actorName ?? someone, number: line.number === null ? "—" : String(line.number) });
}

const someoneOf = (locale: Recipient["locale"]) => createTranslator({ ...emailIntl(locale).options, namespace: "notifications" })("someone");

/** One notification, at once. */
export function notificationEmail(to: Recipient, line: NotificationLine): OutgoingEmail {
  const t = intl(to.locale);
  const content = renderEmail({
    locale: to.locale,
    subject: t("immediateSubject", { number: line.number === null ? "—" : String(line.number) }),
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [lineText(t, line, someoneOf(to.locale))],
    action: { label: t("open"), url: appUrl(line.path) },
  });
  return { to: to.email, template: "notification.immediate", ...content };
}

/** The day's digest: one line per unread notification since the last one. */
export function notificationDigestEmail(to: Recipient, lines: NotificationLine[]): OutgoingEmail {
  const t = intl(to.locale);
  const someone = someoneOf(to.locale);
  const content = renderEmail({
    locale: to.locale,
    subject: t("digestSubject", { count: lines.length }),
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [t("digestIntro"), lines.map((l) => `• ${lineText(t, l, someone)} — ${appUrl(l.path)}`).join("\n")],
    action: { label: t("openAll"), url: appUrl("/notifications") },
  });
  return { to: to.email, template: "notification.digest", ...content };
}
