import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listOutbox } from "@/lib/server/data/outbox";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("mailbox");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MailboxPage({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const after = await afterParam(searchParams);
  const [t, locale, page] = await Promise.all([getTranslations("mailbox"), getLocale(), listOutbox(actor, after)]);
  const when = dates(locale);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-4 font-medium">{process.env.SMTP_URL ? t("smtpOn") : t("noSmtp")}</p>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="mb-2 text-left text-slate-700">
              {t("counts", { pending: page.counts.PENDING ?? 0, sent: page.counts.SENT ?? 0, failed: page.counts.FAILED ?? 0 })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("subject")}</th>
                <th scope="col" className={thClass}>{t("to")}</th>
                <th scope="col" className={thClass}>{t("template")}</th>
                <th scope="col" className={thClass}>{t("status")}</th>
                <th scope="col" className={thClass}>{t("created")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((email) => (
                <tr key={email.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    <Link href={`/admin/mailbox/${email.id}`}>{email.subject}</Link>
                  </th>
                  <td className={tdClass}>{email.toAddress}</td>
                  <td className={tdClass}>{email.template}</td>
                  <td className={tdClass}>
                    {t(`statuses.${email.status}`)}
                    {email.attempts > 0 ? ` (${t("attemptsCount", { count: email.attempts })})` : null}
                  </td>
                  <td className={tdClass}>{when.instant(email.createdAt)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/admin/mailbox" after={after} nextCursor={page.nextCursor} />
    </>
  );
}
