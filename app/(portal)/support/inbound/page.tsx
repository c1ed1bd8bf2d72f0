import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { listUnmatchedEmails } from "@/lib/server/data/unmatched-emails";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { AttachInboundForm, DiscardInboundForm } from "@/components/inbound/unmatched-forms";
import { attachInboundAction, discardInboundAction } from "./actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("inbound");
  return { title: t("title") };
}

const REASONS = ["no-token", "bad-token", "sender-mismatch", "request-closed", "not-allowed", "empty", "malformed", "too-large"] as const;
type Reason = (typeof REASONS)[number] | "other";

/** Support's queue of emails the inbound pipeline could not place (lib/server/data/inbound.ts). */
export default async function UnmatchedEmailsPage() {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const [t, locale, { items, total }] = await Promise.all([getTranslations("inbound"), getLocale(), listUnmatchedEmails(actor)]);
  const d = dates(locale as AppLocale);
  const reasonOf = (reason: string | null): Reason => (REASONS as readonly string[]).includes(reason ?? "") ? (reason as Reason) : "other";
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-4 font-semibold">{t("count", { count: total })}</p>
      <ol className="space-y-6">
        {items.map((email) => (
          <li key={email.id}>
            <article aria-labelledby={`email-${email.id}`} className="rounded border border-slate-300 bg-white p-4">
              <h2 id={`email-${email.id}`} className="mb-2 text-lg font-semibold">
                {email.subject || t("noSubject")}
              </h2>
              <dl className="mb-3 grid gap-x-4 gap-y-1 sm:grid-cols-[max-content_1fr]">
                <dt className="font-semibold">{t("from")}</dt>
                <dd className="break-all">{email.fromAddress ?? "—"}</dd>
                <dt className="font-semibold">{t("received")}</dt>
                <dd>{d.instant(email.receivedAt, "dateTime")}</dd>
                <dt className="font-semibold">{t("reason")}</dt>
                <dd>{t(`reasons.${reasonOf(email.reason)}`)}</dd>
              </dl>
              <p className="mb-3 whitespace-pre-wrap break-words border-l-4 border-slate-300 pl-3">{email.body || t("noBody")}</p>
              {email.attachments.length > 0 ? (
                <>
                  <h3 className="font-semibold">{t("documents")}</h3>
                  <ul className="mb-3 list-disc pl-5">
                    {email.attachments.map((a) => (
                      <li key={a.id}>
                        <a href={`/api/attachments/${a.id}`} download={a.filename}>
                          {a.filename}
                        </a>
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
              <ClientMessages namespaces={["inbound"]}>
                <div className="grid gap-4 md:grid-cols-[2fr_1fr]">
                  <AttachInboundForm id={email.id} action={attachInboundAction} />
                  <DiscardInboundForm id={email.id} action={discardInboundAction} />
                </div>
              </ClientMessages>
            </article>
          </li>
        ))}
      </ol>
    </>
  );
}
