import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorLearners } from "@/lib/server/data/mentor-learners";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { SessionCell } from "@/components/session-cell";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.mentor.title };
}

export default async function MentorHome() {
  const actor = await requireRole(["MENTOR"]);
  const [{ locale, m }, learners] = await Promise.all([getMessages(), listMentorLearners(actor)]);
  const t = m.mentor;
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {learners.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className={tableClass}>
            <caption className="mb-2 text-left text-slate-700">{format(t.count, { count: learners.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{t.learner}</th>
                <th scope="col" className={thClass}>{t.path}</th>
                <th scope="col" className={thClass}>{t.lastSession}</th>
                <th scope="col" className={thClass}>{t.nextSession}</th>
              </tr>
            </thead>
            <tbody>
              {learners.map((learner) => (
                <tr key={learner.id}>
                  <th scope="row" className={`${tdClass} font-medium`}>
                    {learner.firstName} {learner.lastName}
                  </th>
                  <td className={tdClass}>{learner.trainingPath}</td>
                  <td className={tdClass}>
                    <SessionCell session={learner.lastSession} locale={locale} m={m} />
                  </td>
                  <td className={tdClass}>
                    <SessionCell session={learner.nextSession} locale={locale} m={m} />
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
