import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorLearners } from "@/lib/server/data/mentor-learners";
import { listSessionsToRecord } from "@/lib/server/data/sessions";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { formatDateTime } from "@/lib/i18n/dates";
import { PageHeading, tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { buttonClass } from "@/components/ui/field";
import { SessionCell } from "@/components/session-cell";
import { CommitmentStatusTag } from "@/components/commitment-status";
import { TableScroll } from "@/components/ui/table";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.mentor.title };
}

export default async function MentorHome() {
  const actor = await requireRole(["MENTOR"]);
  const now = new Date();
  const [{ locale, m }, learners, toRecord] = await Promise.all([getMessages(), listMentorLearners(actor, now), listSessionsToRecord(actor, now)]);
  const t = m.sessions.mentorHome;
  return (
    <>
      <PageHeading title={m.mentor.title} intro={t.intro} />
      <p className="mb-8 flex flex-wrap items-center gap-6">
        <Link href="/mentor/sessions/new" className={`${buttonClass} no-underline! text-white! hover:text-white!`}>
          {t.plan}
        </Link>
        <Link href="/mentor/week">{t.week}</Link>
      </p>

      {toRecord.total > 0 ? (
        <section aria-labelledby="to-record-title" className="mb-8 rounded border-2 border-amber-700 bg-white p-4">
          <h2 id="to-record-title" className="text-lg font-semibold">
            {t.toRecordTitle}
          </h2>
          <p className="text-slate-700">
            {t.toRecordIntro} {format(t.toRecordCount, { count: toRecord.total })}
            {toRecord.total > toRecord.items.length ? ` ${format(t.toRecordMore, { shown: toRecord.items.length })}` : null}
          </p>
          <ul className="mt-2 space-y-1">
            {toRecord.items.map((s) => {
              const name = `${s.learner.user.firstName} ${s.learner.user.lastName}`;
              return (
                <li key={s.id}>
                  {formatDateTime(s.scheduledAt, locale)} — {m.sessionKind[s.kind]} — {name} —{" "}
                  <Link href={`/mentor/sessions/${s.id}`}>
                    {t.record}
                    <span className="sr-only"> : {format(m.sessions.session.with, { name })}, {formatDateTime(s.scheduledAt, locale)}</span>
                  </Link>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}

      {learners.length === 0 ? (
        <p>{m.mentor.none}</p>
      ) : (
        <TableScroll labelledBy="learners-caption">
          <table className={tableClass}>
            <caption id="learners-caption" className="mb-2 text-left text-slate-700">{format(m.mentor.count, { count: learners.length })}</caption>
            <thead>
              <tr>
                <th scope="col" className={thClass}>{m.mentor.learner}</th>
                <th scope="col" className={thClass}>{m.mentor.path}</th>
                <th scope="col" className={thClass}>{m.mentor.lastSession}</th>
                <th scope="col" className={thClass}>{m.mentor.nextSession}</th>
                <th scope="col" className={thClass}>{t.commitment}</th>
                <th scope="col" className={thClass}>{t.actions}</th>
              </tr>
            </thead>
            <tbody>
              {learners.map((learner) => {
                const name = `${learner.firstName} ${learner.lastName}`;
                const [thisWeek, lastWeek] = learner.weeks;
                const about = <span className="sr-only"> {format(t.about, { name })}</span>;
                return (
                  <tr key={learner.id}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      {name}
                    </th>
                    <td className={tdClass}>{learner.trainingPath}</td>
                    <td className={tdClass}>
                      <SessionCell session={learner.lastSession} locale={locale} m={m} />
                    </td>
                    <td className={tdClass}>
                      <SessionCell session={learner.nextSession} locale={locale} m={m} />
                    </td>
                    <td className={tdClass}>
                      <p>{format(t.perWeek, { count: learner.weeklyCommitment })}</p>
                      {lastWeek ? (
                        <p>
                          {t.lastWeek} <CommitmentStatusTag status={lastWeek.status} m={m} />
                        </p>
                      ) : null}
                      {thisWeek ? (
                        <p className="text-slate-700">
                          {thisWeek.status === "ON_BREAK" || thisWeek.status === "NOT_STARTED"
                            ? m.sessions.commitmentStatus[thisWeek.status]
                            : format(t.thisWeek, { held: thisWeek.held + thisWeek.excused, required: thisWeek.required })}
                        </p>
                      ) : null}
                    </td>
                    <td className={tdClass}>
                      <ul className="space-y-1">
                        <li>
                          <Link href={`/mentor/sessions/new?learner=${learner.id}`}>
                            {t.planFor}
                            {about}
                          </Link>
                        </li>
                        <li>
                          <Link href={`/mentor/sessions/learner/${learner.id}`}>
                            {t.historyFor}
                            {about}
                          </Link>
                        </li>
                        <li>
                          <Link href={`/mentor/alerts/new?learner=${learner.id}`}>
                            {t.alertFor}
                            {about}
                          </Link>
                        </li>
                      </ul>
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
    </>
  );
}
