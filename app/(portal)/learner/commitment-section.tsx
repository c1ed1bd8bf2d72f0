import { getLocale, getTranslations } from "next-intl/server";
import type { Actor } from "@/lib/server/auth/actor";
import { orNotFound } from "@/lib/server/auth/session";
import { getMyCommitment } from "@/lib/server/data/commitments";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { isExcused } from "@/lib/domain/commitment";
import { CommitmentStatusTag, getSessionStatusText } from "@/components/commitment-status";

/** The learner's sessions and whether they kept their weekly commitment, week by week, in plain words. */
export async function CommitmentSection({ actor }: { actor: Actor }) {
  const [{ weeklyCommitment, weeks }, t, locale, statusText] = await Promise.all([
    orNotFound(getMyCommitment(actor)),
    getTranslations(),
    getLocale(),
    getSessionStatusText(),
  ]);
  const d = dates(locale as AppLocale);
  return (
    <section aria-labelledby="commitment-title" className="mb-8">
      <h2 id="commitment-title" className="mb-1 text-lg font-semibold">
        {t("sessions.learnerSection.title")}
      </h2>
      <p className="mb-3 text-slate-700">{t("sessions.learnerSection.intro", { count: weeklyCommitment })}</p>
      <ol className="space-y-2">
        {weeks.map((week) => {
          const excused = week.sessions.filter(isExcused).length;
          const counts = week.status !== "ON_BREAK" && week.status !== "NOT_STARTED";
          return (
            <li key={week.isoWeek} className="rounded border border-slate-300 bg-white p-3">
              <h3 className="font-semibold">
                {t("sessions.weekOf", { date: d.day(week.monday) })} <CommitmentStatusTag status={week.status} />
              </h3>
              <p>
                {t(`sessions.learnerSection.status.${week.status}`)}
                {counts ? ` ${t("sessions.learnerSection.held", { held: week.held, required: week.required })}` : null}
                {counts && excused > 0 ? ` ${t("sessions.learnerSection.excused", { count: excused })}` : null}
              </p>
              {week.sessions.length === 0 ? (
                <p className="text-sm text-slate-700">{t("sessions.learnerSection.noSession")}</p>
              ) : (
                <ul className="mt-1 list-disc pl-5 text-sm">
                  {week.sessions.map((s) => (
                    <li key={s.id}>
                      {d.instant(s.scheduledAt)} — {t(`sessionKind.${s.kind}`)} — {statusText(s)}
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
