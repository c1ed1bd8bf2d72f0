import Link from "next/link";
import type { CancelledBy, SessionKind, SessionStatus } from "@prisma/client";
import type { WeekCommitment } from "@/lib/domain/commitment";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime, formatDay } from "@/lib/i18n/dates";
import { tableClass, tdClass, thClass } from "@/components/ui/page-heading";
import { Pagination } from "@/components/ui/pagination";
import { CommitmentStatusTag, sessionStatusText } from "./commitment-status";

type LogSession = {
  id: string;
  scheduledAt: Date;
  durationMinutes: number;
  kind: SessionKind;
  status: SessionStatus;
  cancelledBy: CancelledBy | null;
  learnerNote: string | null;
  privateNote: string | null;
  mentorId: string;
  mentor: { firstName: string; lastName: string };
};

/**
 * A learner's commitment over the last weeks and their sessions with both notes: for their
 * mentor and their advisor only (never rendered for a learner). `editableBy` links the
 * sessions that mentor holds to their edit page.
 */
export function SessionLog({
  weeks,
  sessions,
  basePath,
  after,
  nextCursor,
  editableBy,
  locale,
  m,
}: {
  weeks: WeekCommitment[];
  sessions: LogSession[];
  basePath: string;
  after?: string;
  nextCursor: string | null;
  editableBy?: string;
  locale: AppLocale;
  m: Messages;
}) {
  const t = m.sessions.log;
  return (
    <>
      <section aria-labelledby="weeks-title" className="mb-8">
        <h2 id="weeks-title" className="mb-3 text-lg font-semibold">
          {t.weeksTitle}
        </h2>
        <table className={tableClass}>
          <thead>
            <tr>
              <th scope="col" className={thClass}>{t.week}</th>
              <th scope="col" className={thClass}>{t.status}</th>
              <th scope="col" className={thClass}>{t.held}</th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((week) => (
              <tr key={week.isoWeek}>
                <th scope="row" className={`${tdClass} font-medium`}>
                  {format(m.sessions.weekOf, { date: formatDay(week.monday, locale) })}
                </th>
                <td className={tdClass}>
                  <CommitmentStatusTag status={week.status} m={m} />
                </td>
                <td className={tdClass}>{format(m.sessions.heldOf, { held: week.held + week.excused, required: week.required })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="mb-3 text-lg font-semibold">
          {t.sessionsTitle}
        </h2>
        {sessions.length === 0 ? (
          <p className="text-slate-700">{t.none}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className={tableClass}>
              <thead>
                <tr>
                  <th scope="col" className={thClass}>{t.when}</th>
                  <th scope="col" className={thClass}>{t.session}</th>
                  <th scope="col" className={thClass}>{t.notes}</th>
                </tr>
              </thead>
              <tbody>
                {sessions.map((s) => (
                  <tr key={s.id}>
                    <th scope="row" className={`${tdClass} font-medium`}>
                      {editableBy === s.mentorId ? (
                        <Link href={`/mentor/sessions/${s.id}`}>{formatDateTime(s.scheduledAt, locale)}</Link>
                      ) : (
                        formatDateTime(s.scheduledAt, locale)
                      )}
                    </th>
                    <td className={tdClass}>
                      {m.sessionKind[s.kind]} · {format(m.sessions.duration, { count: s.durationMinutes })}
                      <br />
                      {sessionStatusText(s, m)}
                      <br />
                      <span className="text-slate-700">{format(m.sessions.log.mentor, { name: `${s.mentor.firstName} ${s.mentor.lastName}` })}</span>
                    </td>
                    <td className={tdClass}>
                      {s.learnerNote ? (
                        <p>
                          <span className="font-medium">{t.learnerNote} : </span>
                          {s.learnerNote}
                        </p>
                      ) : null}
                      {s.privateNote ? (
                        <p>
                          <span className="font-medium">{t.privateNote} : </span>
                          {s.privateNote}
                        </p>
                      ) : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
        <Pagination basePath={basePath} after={after} nextCursor={nextCursor} m={m} />
      </section>
    </>
  );
}
