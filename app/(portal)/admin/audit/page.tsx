import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listAuditLog } from "@/lib/server/data/audit";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";
import { Input } from "@/components/ui/field";
import { Button } from "@/components/ui/button";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("admin.audit");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

const emailParam = (v: string | string[] | undefined) => (typeof v === "string" && v.trim() ? v.trim().slice(0, 254) : undefined);
const json = (v: unknown) => (v === null || v === undefined ? "—" : JSON.stringify(v));

export default async function AuditPage({ searchParams }: Props) {
  const actor = await requireRole(["ADMIN"]);
  const params = await searchParams;
  const userEmail = emailParam(params.user);
  const learnerEmail = emailParam(params.learner);
  const after = await afterParam(searchParams);
  const [t, common, locale, page] = await Promise.all([
    getTranslations("admin.audit"),
    getTranslations("common"),
    getLocale(),
    listAuditLog(actor, { userEmail, learnerEmail, after }),
  ]);
  const when = dates(locale);
  const query = new URLSearchParams([
    ...(userEmail ? [["user", userEmail]] : []),
    ...(learnerEmail ? [["learner", learnerEmail]] : []),
  ]).toString();
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <form method="get" action="/admin/audit" aria-label={t("filters")} className="mb-6 flex flex-wrap items-end gap-4 rounded border border-slate-300 bg-white p-4">
        <Input id="user" name="user" type="email" label={t("user")} defaultValue={userEmail ?? ""} maxLength={254} className="w-72" />
        <Input id="learner" name="learner" type="email" label={t("learner")} defaultValue={learnerEmail ?? ""} maxLength={254} className="w-72" />
        <Button type="submit">{t("filter")}</Button>
        {query ? <Link href="/admin/audit">{t("reset")}</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <Table caption={t("title")} captionHidden>
          <Thead>
            <Tr>
              <Th>{t("when")}</Th>
              <Th>{t("who")}</Th>
              <Th>{t("action")}</Th>
              <Th>{t("learnerCol")}</Th>
              <Th>{t("changes")}</Th>
            </Tr>
          </Thead>
          <Tbody>
            {page.items.map((row) => (
              <Tr key={row.id}>
                <Td className="whitespace-nowrap">{when.instant(row.createdAt)}</Td>
                <Td>{row.actor ? `${row.actor.firstName} ${row.actor.lastName}` : t("system")}</Td>
                <Td className="font-mono">
                  {row.action}
                  <br />
                  <span className="text-slate-700">
                    {row.entityType} {row.entityId}
                  </span>
                </Td>
                <Td>{row.learner ? `${row.learner.firstName} ${row.learner.lastName} (${row.learner.email})` : common("none")}</Td>
                <Td className="break-all font-mono text-xs">
                  {json(row.before)} → {json(row.after)}
                </Td>
              </Tr>
            ))}
          </Tbody>
        </Table>
      )}
      <Pagination basePath={query ? `/admin/audit?${query}` : "/admin/audit"} after={after} nextCursor={page.nextCursor} />
    </>
  );
}
