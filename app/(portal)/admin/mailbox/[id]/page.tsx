import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { getOutboxEmail } from "@/lib/server/data/outbox";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations("mailbox");
  const actor = await requireRole(["ADMIN"]);
  const email = await orNotFound(getOutboxEmail(actor, (await params).id));
  return { title: `${email.subject} · ${t("title")}` };
}

export default async function MailboxEmailPage({ params }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const [t, locale, email] = await Promise.all([
    getTranslations("mailbox"),
    getLocale(),
    orNotFound(getOutboxEmail(actor, (await params).id)),
  ]);
  const when = dates(locale);
  const rows: [string, string][] = [
    [t("to"), email.toAddress],
    [t("template"), email.template],
    [t("status"), `${t(`statuses.${email.status}`)} (${t("attemptsCount", { count: email.attempts })})`],
    [t("created"), when.instant(email.createdAt)],
    ...(email.sentAt ? ([[t("sent"), when.instant(email.sentAt)]] as [string, string][]) : []),
    ...(email.lastError ? ([[t("lastError"), email.lastError]] as [string, string][]) : []),
  ];
  return (
    <>
      <p className="mb-4">
        <Link href="/admin/mailbox">{t("back")}</Link>
      </p>
      <PageHeading title={email.subject} />
      <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1">
        {rows.map(([label, value]) => (
          <div key={label} className="contents">
            <dt className="font-semibold">{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      {email.icsContent ? <p className="mb-4 font-medium">{t("invite")}</p> : null}
      <section aria-labelledby="text-version" className="mb-6">
        <h2 id="text-version" className="mb-2 text-lg font-semibold">{t("textVersion")}</h2>
        <pre className="overflow-x-auto whitespace-pre-wrap rounded border border-slate-300 bg-white p-4 font-sans">{email.textBody}</pre>
      </section>
      <section aria-labelledby="html-version">
        <h2 id="html-version" className="mb-2 text-lg font-semibold">{t("htmlVersion")}</h2>
        {/* Sandboxed: the HTML runs no script and reaches nothing of the portal. */}
        <iframe title={t("htmlFrame")} sandbox="" srcDoc={email.htmlBody} className="h-96 w-full rounded border border-slate-300 bg-white" />
      </section>
    </>
  );
}
