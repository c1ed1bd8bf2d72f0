import "server-only";
import { createTranslator } from "use-intl/core";
import { appUrl, emailIntl, renderEmail } from "../render";
import type { OutgoingEmail } from "../outgoing-email";
import type { Recipient } from "./requests";

// The team tools' emails (issue 15): a merged request's requester is told where it went.

/**
 * To the requester of a request merged into another: the thread goes on there. The other
 * request's number is given only when it is theirs too (`ownTarget`).
 */
export function requestMergedEmail(to: Recipient, request: { id: string; number: number; subject: string }, ownTarget: number | null, path: string): OutgoingEmail {
  const { options } = emailIntl(to.locale);
  const t = createTranslator({ ...options, namespace: "teamTools.mail" });
  const mail = createTranslator({ ...options, namespace: "contact.mail" });
  const v = { number: String(request.number), subject: request.subject };
  const content = renderEmail({
    locale: to.locale,
    subject: t("mergedSubject", v),
    greeting: mail("greeting", { name: to.firstName }),
    paragraphs: [ownTarget === null ? t("mergedBody", v) : t("mergedIntoOwn", { ...v, target: String(ownTarget) })],
    action: { label: mail("open"), url: appUrl(path) },
  });
  return { to: to.email, template: "request.merged", ...content };
}
