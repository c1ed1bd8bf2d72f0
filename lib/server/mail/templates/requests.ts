import "server-only";
import type { Locale, Priority, RequestTopic, Role } from "@prisma/client";
import { format, messagesFor } from "@/lib/i18n";
import { appUrl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";

// The contact form's emails, each in its recipient's language.

export type Recipient = { email: string; firstName: string; locale: Locale };
type RequestRef = { id: string; number: number; subject: string; topic: RequestTopic; priority: Priority };

function build(to: Recipient, template: string, subject: string, paragraphs: string[], path: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const content = renderEmail({
    locale: to.locale,
    subject,
    greeting: format(m.greeting, { name: to.firstName }),
    paragraphs,
    action: { label: m.open, url: appUrl(path) },
  });
  return { to: to.email, template, ...content };
}

function vars(to: Recipient, request: RequestRef) {
  const m = messagesFor(to.locale);
  return {
    number: request.number,
    subject: request.subject,
    topic: m.topics[request.topic],
    priority: m.priority[request.priority],
  };
}

/** To a learner: their request was received and where it went. */
export function requestConfirmationEmail(to: Recipient, request: RequestRef, toAdvisor: boolean): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = vars(to, request);
  return build(
    to,
    "request.confirmation",
    format(m.confirmationSubject, v),
    [format(m.confirmationBody, v), toAdvisor ? m.confirmationAdvisor : m.confirmationSupport],
    `/learner/requests/${request.id}`,
  );
}

/** To a mentor: their alert went to triage. */
export function alertConfirmationEmail(to: Recipient, request: RequestRef, learnerName: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), learner: learnerName };
  return build(to, "alert.confirmation", format(m.alertConfirmationSubject, v), [format(m.alertConfirmationBody, v)], `/mentor/alerts/${request.id}`);
}

/** To the advisor a request is assigned to. */
export function assigneeNoticeEmail(to: Recipient, request: RequestRef, authorName: string, path: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), author: authorName };
  return build(to, "request.assigned", format(m.assigneeSubject, v), [format(m.assigneeBody, v)], path);
}

/** To each member of the triage queue (Support and the Mentorship Manager). */
export function triageNoticeEmail(to: Recipient, request: RequestRef, authorName: string, learnerName: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), author: authorName, learner: learnerName };
  return build(to, "alert.triage", format(m.triageSubject, v), [format(m.triageBody, v)], `/support/requests/${request.id}`);
}

/** To each support member: a learner without an active advisor wrote. */
export function supportQueueNoticeEmail(to: Recipient, request: RequestRef, authorName: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), author: authorName };
  return build(to, "request.support-queue", format(m.supportSubject, v), [format(m.supportBody, v)], `/support/requests/${request.id}`);
}

/** To the mentor: their alert has been handled (the loop is closed). */
export function loopClosedEmail(to: Recipient, request: RequestRef, learnerName: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), learner: learnerName };
  return build(to, "alert.loop-closed", format(m.loopClosedSubject, v), [format(m.loopClosedBody, v)], `/mentor/alerts/${request.id}`);
}

/** To a learner: their mentor invites them to contact their advisor about a learner topic. */
export function nudgeEmail(to: Recipient, topic: RequestTopic, mentorName: string): OutgoingEmail {
  const m = messagesFor(to.locale);
  const subject = m.contact.mail.nudgeSubject;
  const body = format(m.contact.mail.nudgeBody, { mentor: mentorName, topic: m.topics[topic] });
  return build(to, "learner.nudge", subject, [body], `/learner/contact?topic=${topic}`);
}

/** To the requester: a public reply, with its text. */
export function replyEmail(to: Recipient, request: RequestRef, author: { name: string; role: Role }, body: string, path: string): OutgoingEmail {
  const m = messagesFor(to.locale);
  const v = { ...vars(to, request), author: author.name, role: m.roles[author.role] };
  return build(to, "request.reply", format(m.contact.mail.replySubject, v), [format(m.contact.mail.replyBody, v), body], path);
}

/** To the assignee: the requester answered. */
export function requesterReplyEmail(to: Recipient, request: RequestRef, authorName: string, body: string, path: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), author: authorName };
  return build(to, "request.requester-reply", format(m.requesterReplySubject, v), [format(m.requesterReplyBody, v), body], path);
}

/** To the new assignee of a reassigned request. */
export function reassignedEmail(to: Recipient, request: RequestRef, actorName: string, learnerName: string, reason: string, path: string): OutgoingEmail {
  const m = messagesFor(to.locale).contact.mail;
  const v = { ...vars(to, request), actor: actorName, learner: learnerName, reason };
  const paragraphs = [format(m.reassignedBody, v), ...(reason.trim() ? [format(m.reassignedReason, v)] : [])];
  return build(to, "request.reassigned", format(m.reassignedSubject, v), paragraphs, path);
}
