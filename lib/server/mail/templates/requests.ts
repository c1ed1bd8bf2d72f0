import "server-only";
import type { Locale, Priority, RequestTopic, Role } from "@prisma/client";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import { WAITING_RULES } from "@/lib/domain/sla";

// The contact form's emails, each in its recipient's language.

export type Recipient = { email: string; firstName: string; locale: Locale };
type RequestRef = { id: string; number: number; subject: string; topic: RequestTopic; priority: Priority };

function translators(locale: Locale) {
  const { options } = emailIntl(locale);
  return { t: createTranslator({ ...options, namespace: "contact.mail" }), all: createTranslator(options) };
}

function build(to: Recipient, template: string, subject: string, paragraphs: string[], path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const content = renderEmail({
    locale: to.locale,
    subject,
    greeting: t("greeting", { name: to.firstName }),
    paragraphs,
    action: { label: t("open"), url: appUrl(path) },
  });
  return { to: to.email, template, ...content };
}

function vars(to: Recipient, request: RequestRef) {
  const { all } = translators(to.locale);
  return {
    // A reference, not a quantity: never grouped ("1234", not "1 234").
    number: String(request.number),
    subject: request.subject,
    topic: all(`topics.${request.topic}`),
    priority: all(`priority.${request.priority}`),
  };
}

/** To a learner: their request was received and where it went. */
export function requestConfirmationEmail(to: Recipient, request: RequestRef, toAdvisor: boolean): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = vars(to, request);
  return build(
    to,
    "request.confirmation",
    t("confirmationSubject", v),
    [t("confirmationBody", v), toAdvisor ? t("confirmationAdvisor") : t("confirmationSupport")],
    `/learner/requests/${request.id}`,
  );
}

/** To a mentor: their alert went to triage. */
export function alertConfirmationEmail(to: Recipient, request: RequestRef, learnerName: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), learner: learnerName };
  return build(to, "alert.confirmation", t("alertConfirmationSubject", v), [t("alertConfirmationBody", v)], `/mentor/alerts/${request.id}`);
}

/** To the advisor a request is assigned to. */
export function assigneeNoticeEmail(to: Recipient, request: RequestRef, authorName: string, path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), author: authorName };
  return build(to, "request.assigned", t("assigneeSubject", v), [t("assigneeBody", v)], path);
}

/** To each member of the triage queue (Support and the Mentorship Manager). */
export function triageNoticeEmail(to: Recipient, request: RequestRef, authorName: string, learnerName: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), author: authorName, learner: learnerName };
  return build(to, "alert.triage", t("triageSubject", v), [t("triageBody", v)], `/support/requests/${request.id}`);
}

/** To each support member: a learner without an active advisor wrote. */
export function supportQueueNoticeEmail(to: Recipient, request: RequestRef, authorName: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), author: authorName };
  return build(to, "request.support-queue", t("supportSubject", v), [t("supportBody", v)], `/support/requests/${request.id}`);
}

/** To the mentor: their alert has been handled (the loop is closed). */
export function loopClosedEmail(to: Recipient, request: RequestRef, learnerName: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), learner: learnerName };
  return build(to, "alert.loop-closed", t("loopClosedSubject", v), [t("loopClosedBody", v)], `/mentor/alerts/${request.id}`);
}

/**
 * To a learner: their mentor invites them to contact their advisor about a learner topic,
 * with the mentor's note if any. The mentor's preview renders this same function.
 */
export function nudgeEmail(to: Recipient, topic: RequestTopic, mentorName: string, note?: string | null): OutgoingEmail {
  const { t, all } = translators(to.locale);
  const body = t("nudgeBody", { mentor: mentorName, topic: all(`topics.${topic}`) });
  const personal = note?.trim() ? [t("nudgeNote", { mentor: mentorName }), note] : [];
  return build(to, "learner.nudge", t("nudgeSubject"), [body, ...personal], `/learner/contact?topic=${topic}`);
}

/**
 * To the requester: a public reply, with its text, and its documents attached (those
 * emailDocuments lets travel) or a line saying the others wait in the portal.
 */
export function replyEmail(
  to: Recipient,
  request: RequestRef,
  author: { name: string; role: Role },
  body: string,
  path: string,
  documents: { attach: string[]; inPortal: number } = { attach: [], inPortal: 0 },
): OutgoingEmail {
  const { t, all } = translators(to.locale);
  const v = { ...vars(to, request), author: author.name, role: all(`roles.${author.role}`) };
  const notes = [
    ...(documents.attach.length > 0 ? [t("replyAttached", { count: documents.attach.length })] : []),
    ...(documents.inPortal > 0 ? [t("replyInPortal", { count: documents.inPortal })] : []),
  ];
  const email = build(to, "request.reply", t("replySubject", v), [t("replyBody", v), body, ...notes], path);
  return documents.attach.length > 0 ? { ...email, attachmentIds: documents.attach } : email;
}

/** To the assignee: the requester answered. */
export function requesterReplyEmail(to: Recipient, request: RequestRef, authorName: string, body: string, path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), author: authorName };
  return build(to, "request.requester-reply", t("requesterReplySubject", v), [t("requesterReplyBody", v), body], path);
}

/** To the assignee: the requester withdrew the request before anyone answered it. */
export function requestWithdrawnEmail(to: Recipient, request: RequestRef, authorName: string, reason: string | null, path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), author: authorName, reason: reason ?? "" };
  const paragraphs = [t("withdrawnBody", v), ...(reason ? [t("withdrawnReason", v)] : [])];
  return build(to, "request.withdrawn", t("withdrawnSubject", v), paragraphs, path);
}

/** To the requester: we are waiting for their answer (after 3 working days of waiting). */
export function waitingReminderEmail(to: Recipient, request: RequestRef, path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), days: String(WAITING_RULES.closeAfterWorkingDays - WAITING_RULES.reminderAfterWorkingDays) };
  return build(to, "request.waiting-reminder", t("waitingReminderSubject", v), [t("waitingReminderBody", v)], path);
}

/** To the requester: the request closed after 10 working days without their answer. */
export function waitingClosedEmail(to: Recipient, request: RequestRef, path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), total: String(WAITING_RULES.closeAfterWorkingDays) };
  return build(to, "request.waiting-closed", t("waitingClosedSubject", v), [t("waitingClosedBody", v)], path);
}

/** To the new assignee of a reassigned request. */
export function reassignedEmail(to: Recipient, request: RequestRef, actorName: string, learnerName: string, reason: string, path: string): OutgoingEmail {
  const { t } = translators(to.locale);
  const v = { ...vars(to, request), actor: actorName, learner: learnerName, reason };
  const paragraphs = [t("reassignedBody", v), ...(reason.trim() ? [t("reassignedReason", v)] : [])];
  return build(to, "request.reassigned", t("reassignedSubject", v), paragraphs, path);
}
