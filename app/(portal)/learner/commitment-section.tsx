import type { Actor } from "@/lib/server/auth/actor";
import { orNotFound } from "@/lib/server/auth/session";
import { getMyCommitment } from "@/lib/server/data/commitments";
import { format, type AppLocale, type Messages } from "@/lib/i18n";
import { formatDateTime, formatDay } from "@/lib/i18n/dates";
import { isExcused } from "@/lib/domain/commitment";
import { CommitmentStatusTag, sessionStatusText } from "@/components/commitment-status";

/** The learner's sessions and whether they kept their weekly commitment, week by week, in plain words. */
export async function CommitmentSection({ actor, locale, m }: { actor: Actor; locale: AppLocale; m: Messages }) {
  const { weeklyCommitment, weeks } = await orNotFound(getMyCommitment(actor));
  const t = m.sessions.learnerSection;
  return (
    <section aria-labelledby="commitment-title" className="mb-8">
      <h2 id="commitment-title" className="mb-1 text-lg font-semibold">
        {t.title}
      </h2>
      <p className="mb-3 text-slate-700">{format(t.intro, { count: weeklyCommitment })}</p>
      <ol className="space-y-2">
        {weeks.map((week) => {
          const excused = week.sessions.filter(isExcused).length;
          const counts = week.status !== "ON_BREAK" && week.status !== "NOT_STARTED";
          return (
            <li key={week.isoWeek} className="rounded border border-slate-300 bg-white p-3">
              <h3 className="font-semibold">
                {format(m.sessions.weekOf, { date: formatDay(week.monday, locale) })} <CommitmentStatusTag status={week.status} m={m} />
              </h3>
              <p>
                {t.status[week.status]}
                {counts ? ` ${format(t.held, { held: week.held, required: week.required })}` : null}
                {counts && excused > 0 ? ` ${format(t.excused, { count: excused })}` : null}
              </p>
              {week.sessions.length === 0 ? (
                <p className="text-sm text-slate-700">{t.noSession}</p>
              ) : (
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {week.sessions.map((s) => (
                    <li key={s.id}>
                      {formatDateTime(s.scheduledAt, locale)} — {m.sessionKind[s.kind]} — {sessionStatusText(s, m)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
