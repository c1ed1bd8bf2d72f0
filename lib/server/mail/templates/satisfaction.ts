import "server-only";
import type { Locale } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import { SURVEY_TTL_DAYS } from "@/lib/domain/satisfaction";

type Recipient = { email: string; firstName: string; locale: Locale };

/**
 * The survey invitation: what it is about (a request's number, or "your follow-up"), never
 * its topic nor anything said in it; the link is the single-use token.
 */
export function surveyEmail(to: Recipient, about: { kind: "request"; number: number } | { kind: "case" }, path: string): OutgoingEmail {
  const t = createTranslator({ ...emailIntl(to.locale).options, namespace: "satisfaction.mail" });
  const subject = about.kind === "request" ? t("subjectRequest", { number: String(about.number) }) : t("subjectCase");
  const content = renderEmail({
    locale: to.locale,
    subject,
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [about.kind === "request" ? t("bodyRequest", { number: String(about.number) }) : t("bodyCase"), t("optional", { days: SURVEY_TTL_DAYS })],
    action: { label: t("open"), url: appUrl(path) },
  });
  return { to: to.email, template: "survey.invitation", ...content };
}
