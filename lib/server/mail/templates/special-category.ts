import "server-only";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import type { Recipient } from "./requests";

// The disability referent's emails: never any confidential content, only that something
// is waiting in their space.

function intl(locale: Recipient["locale"]) {
  const { options, dates } = emailIntl(locale);
  return { t: createTranslator({ ...options, namespace: "specialCategory.mail" }), d: dates };
}

/** To each active referent: an RQTH request was filed (its number, never its content). */
export function rqthReferentEmail(to: Recipient, request: { id: string; number: number }): OutgoingEmail {
  const { t } = intl(to.locale);
  const v = { number: String(request.number) };
  const content = renderEmail({
    locale: to.locale,
    subject: t("rqthSubject", v),
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [t("rqthReferentBody", v)],
    action: { label: t("open"), url: appUrl(`/referent/requests/${request.id}`) },
  });
  return { to: to.email, template: "referent.rqth", ...content };
}

/** To each active referent: a plan's review date is near. */
export function planReviewEmail(to: Recipient, learner: { id: string; name: string }, reviewDate: Date): OutgoingEmail {
  const { t, d } = intl(to.locale);
  const v = { learner: learner.name, date: d.day(reviewDate) };
  const content = renderEmail({
    locale: to.locale,
    subject: t("reviewSubject", v),
    greeting: t("greeting", { name: to.firstName }),
    paragraphs: [t("reviewBody", v)],
    action: { label: t("open"), url: appUrl(`/referent/learners/${learner.id}`) },
  });
  return { to: to.email, template: "referent.planReview", ...content };
}
