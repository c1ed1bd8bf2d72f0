import type { Metadata } from "next";
import Link from "next/link";
import { orNotFound, requireRole } from "@/lib/server/auth/session";
import { listOutbox } from "@/lib/server/data/outbox";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
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
  const [t, locale, page] = await Promise.all([getTranslations("mailbox"), getLocale(), orNotFound(listOutbox(actor, after))]);
  const when = dates(locale);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-4 font-medium">{t("noSmtp")}</p>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table caption={t("counts", { pending: page.counts.PENDING ?? 0, sent: page.counts.SENT ?? 0, failed: page.counts.FAILED ?? 0 })}>
          <Thead>
            <Tr>
              <Th>{t("subject")}</Th>
              <Th>{t("to")}</Th>
              <Th>{t("template")}</Th>
              <Th>{t("status")}</Th>
              <Th>{t("created")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {page.items.map((email) => (
              <Tr key={email.id}>
                <Th scope="row">
                  <Link href={`/admin/mailbox/${email.id}`}>{email.subject}</Link>
                </Th>
                <Td>{email.toAddress}</Td>
                <Td>{email.template}</Td>
                <Td>
                  {t(`statuses.${email.status}`)}
                  {email.attempts > 0 ? ` (${t("attemptsCount", { count: email.attempts })})` : null}
                </Td>
                <Td>{when.instant(email.createdAt)}</Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Pagination basePath="/admin/mailbox" after={after} nextCursor={page.nextCursor} />
    </>
  );
}
