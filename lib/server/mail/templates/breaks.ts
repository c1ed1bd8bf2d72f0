import "server-only";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import type { Recipient } from "./requests";

// An advisor's decision on a break, each email in its recipient's language. The
// mentor's never says why the learner is away (absence reasons are sensitive).

type BreakDates = { startDate: Date; endDate: Date };

function intl(locale: Recipient["locale"]) {
  const { options, dates } = emailIntl(locale);
  return { t: createTranslator({ ...options, namespace: "breaks" }), d: dates };
}

/**
 * The answer to the learner, in their language: it is also their request's resolution note
 * (the same words in the thread and in the email).
 */
export function breakDecisionText(locale: Recipient["locale"], decision: "APPROVED" | "REFUSED", b: BreakDates, cancelled: number, note: string | null): string {
  const { t, d } = intl(locale);
  const v = { start: d.day(b.startDate), end: d.day(b.endDate) };
  const lines = decision === "APPROVED" ? [t("decision.approved", v), ...(cancelled > 0 ? [t("decision.approvedCancelled", { count: cancelled })] : [])] : [t("decision.refused", v)];
  return [...lines, ...(note ? [t("decision.note", { note })] : [])].join("\n");
}

/** To the learner: the decision, with its words (see breakDecisionText). */
export function breakDecisionEmail(to: Recipient, decision: "APPROVED" | "REFUSED", b: BreakDates, text: string, path: string): OutgoingEmail {
  const { t, d } = intl(to.locale);
  const v = { start: d.day(b.startDate), end: d.day(b.endDate) };
  const content = renderEmail({
    locale: to.locale,
    subject: decision === "APPROVED" ? t("mail.approvedSubject", v) : t("mail.refusedSubject"),
    greeting: t("mail.greeting", { name: to.firstName }),
    paragraphs: [text],
    action: { label: t("mail.open"), url: appUrl(path) },
  });
  return { to: to.email, template: `break.${decision === "APPROVED" ? "approved" : "refused"}`, ...content };
}

/** To the learner's mentor: an approved break, the sessions it cancelled, any defence inside it. */
export function breakMentorEmail(to: Recipient, learnerName: string, b: BreakDates, cancelled: number, defences: Date[]): OutgoingEmail {
  const { t, d } = intl(to.locale);
  const v = { learner: learnerName, start: d.day(b.startDate), end: d.day(b.endDate) };
  const content = renderEmail({
    locale: to.locale,
    subject: t("mail.mentorSubject", v),
    greeting: t("mail.greeting", { name: to.firstName }),
    paragraphs: [t("mail.mentorBody", v), t("mail.mentorCancelled", { count: cancelled }), ...defences.map((at) => t("mail.mentorDefence", { date: d.instant(at) }))],
    action: { label: t("mail.open"), url: appUrl("/mentor") },
  });
  return { to: to.email, template: "break.mentor", ...content };
}
