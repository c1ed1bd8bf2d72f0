import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listAuditLog } from "@/lib/server/data/audit";
import { getLocale, getTranslations } from "next-intl/server";
import { dates } from "@/lib/i18n/dates";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";
import { buttonClass, inputClass } from "@/components/ui/field";

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
        <div>
          <label htmlFor="user" className="block font-semibold">{t("user")}</label>
          <input id="user" name="user" type="email" defaultValue={userEmail ?? ""} maxLength={254} className={`${inputClass} mt-1 w-72`} />
        </div>
        <div>
          <label htmlFor="learner" className="block font-semibold">{t("learner")}</label>
          <input id="learner" name="learner" type="email" defaultValue={learnerEmail ?? ""} maxLength={254} className={`${inputClass} mt-1 w-72`} />
        </div>
        <button type="submit" className={buttonClass}>{t("filter")}</button>
        {query ? <Link href="/admin/audit">{t("reset")}</Link> : null}
      </form>
      {page.items.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="sr-only">{t("title")}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t("when")}</th>
                <th scope="col" className={thClass}>{t("who")}</th>
                <th scope="col" className={thClass}>{t("action")}</th>
                <th scope="col" className={thClass}>{t("learnerCol")}</th>
                <th scope="col" className={thClass}>{t("changes")}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((row) => (
                <tr key={row.id}>
                  <td className={`${tdClass} whitespace-nowrap`}>{when.instant(row.createdAt)}</td>
                  <td className={tdClass}>{row.actor ? `${row.actor.firstName} ${row.actor.lastName}` : t("system")}</td>
                  <td className={`${tdClass} font-mono`}>
                    {row.action}
                    <br />
                    <span className="text-slate-700">
                      {row.entityType} {row.entityId}
                    </span>
                  </td>
                  <td className={tdClass}>{row.learner ? `${row.learner.firstName} ${row.learner.lastName} (${row.learner.email})` : common("none")}</td>
                  <td className={`${tdClass} break-all font-mono text-xs`}>
                    {json(row.before)} → {json(row.after)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath={query ? `/admin/audit?${query}` : "/admin/audit"} after={after} nextCursor={page.nextCursor} />
    </>
  );
}
