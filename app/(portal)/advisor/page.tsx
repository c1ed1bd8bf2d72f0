import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listCaseload } from "@/lib/server/data/caseload";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { SessionCell } from "@/components/session-cell";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.advisor.title };
}

export default async function AdvisorHome() {
  const actor = await requireRole(["ADVISOR"]);
  const [{ locale, m }, caseload] = await Promise.all([getMessages(), listCaseload(actor)]);
  const t = m.advisor;
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {caseload.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="mb-2 text-left text-slate-700">{format(t.count, { count: caseload.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t.learner}</th>
                <th scope="col" className={thClass}>{t.path}</th>
                <th scope="col" className={thClass}>{t.mentor}</th>
                <th scope="col" className={thClass}>{t.lastSession}</th>
                <th scope="col" className={thClass}>{t.thisWeek}</th>
              </tr>
            </thead>
            <tbody>
              {caseload.map((row) => (
                <tr key={row.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {row.firstName} {row.lastName}
                  </th>
                  <td className={tdClass}>{row.trainingPath}</td>
                  <td className={tdClass}>{row.mentor ? `${row.mentor.firstName} ${row.mentor.lastName}` : m.common.none}</td>
                  <td className={tdClass}>
                    <SessionCell session={row.lastSession} locale={locale} m={m} />
                  </td>
                  <td className={tdClass}>
                    {format(t.thisWeekValue, { count: row.sessionsThisWeek, commitment: row.weeklyCommitment })}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
