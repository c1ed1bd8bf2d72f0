import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listOutbox } from "@/lib/server/data/outbox";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.mailbox.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function MailboxPage({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const after = await afterParam(searchParams);
  const [{ locale, m }, page] = await Promise.all([getMessages(), listOutbox(actor, after)]);
  const t = m.mailbox;
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      <p className="mb-4 font-medium">{process.env.SMTP_URL ? t.smtpOn : t.noSmtp}</p>
      {page.items.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="mb-2 text-left text-slate-700">
              {format(t.counts, { PENDING: page.counts.PENDING ?? 0, SENT: page.counts.SENT ?? 0, FAILED: page.counts.FAILED ?? 0 })}
            </caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t.subject}</th>
                <th scope="col" className={thClass}>{t.to}</th>
                <th scope="col" className={thClass}>{t.template}</th>
                <th scope="col" className={thClass}>{t.status}</th>
                <th scope="col" className={thClass}>{t.created}</th>
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
                    {t.statuses[email.status]}
                    {email.attempts > 0 ? ` (${t.attempts} : ${email.attempts})` : null}
                  </td>
                  <td className={tdClass}>{formatDateTime(email.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/admin/mailbox" after={after} nextCursor={page.nextCursor} m={m} />
    </>
  );
}
