import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listOpenRequests } from "@/lib/server/data/requests";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { afterParam } from "@/components/ui/search-params";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.support.title };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SupportHome({ searchParams }: Props) {
  const actor = await requireRole(["SUPPORT", "MENTORSHIP_MANAGER"]);
  const after = await afterParam(searchParams);
  const [{ locale, m }, page] = await Promise.all([getMessages(), listOpenRequests(actor, after)]);
  const t = m.support;
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {page.total === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="mb-2 text-left text-slate-700">{format(t.count, { count: page.total })}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t.number}</th>
                <th scope="col" className={thClass}>{t.subject}</th>
                <th scope="col" className={thClass}>{t.learner}</th>
                <th scope="col" className={thClass}>{t.author}</th>
                <th scope="col" className={thClass}>{m.common.status}</th>
                <th scope="col" className={thClass}>{t.queue}</th>
                <th scope="col" className={thClass}>{t.assignee}</th>
                <th scope="col" className={thClass}>{t.created}</th>
              </tr>
            </thead>
            <tbody>
              {page.items.map((request) => (
                <tr key={request.id}>
                  <td className={tdClass}>{request.number}</td>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {request.subject}
                    <br />
                    <span className="font-normal text-slate-700">{m.topics[request.topic]}</span>
                  </th>
                  <td className={tdClass}>
                    {request.learner.user.firstName} {request.learner.user.lastName}
                  </td>
                  <td className={tdClass}>
                    {request.author.firstName} {request.author.lastName}
                    <br />
                    <span className="text-slate-700">{m.roles[request.author.role]}</span>
                  </td>
                  <td className={tdClass}>
                    {m.requestStatus[request.status]}
                    <br />
                    <span className={request.priority === "URGENT" ? "font-semibold text-red-800" : "text-slate-700"}>
                      {m.priority[request.priority]}
                    </span>
                  </td>
                  <td className={tdClass}>{m.queue[request.queue]}</td>
                  <td className={tdClass}>
                    {request.assignee ? `${request.assignee.firstName} ${request.assignee.lastName}` : t.unassigned}
                  </td>
                  <td className={tdClass}>{formatDateTime(request.createdAt, locale)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <Pagination basePath="/support" after={after} nextCursor={page.nextCursor} m={m} />
    </>
  );
}
