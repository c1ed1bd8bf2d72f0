import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorWeek } from "@/lib/server/data/sessions";
import { getLocale, getTranslations } from "next-intl/server";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { isoWeekFromKey, isoWeekKey, isoWeekRange, nextIsoWeek, previousIsoWeek, schoolDateTime, weekMonday } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { getSessionStatusText } from "@/components/commitment-status";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("sessions.week");
  return { title: t("title") };
}

const DAY_MS = 86_400_000;

export default async function MentorWeekPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["MENTOR"]);
  const query = await searchParams;
  const now = new Date();
  // An unknown or malformed week shows this week rather than an error.
  const week = (typeof query.week === "string" && isoWeekFromKey(query.week)) || isoWeekRange(now);
  const [t, locale, statusText, sessions] = await Promise.all([
    getTranslations(),
    getLocale(),
    getSessionStatusText(),
    listMentorWeek(actor, week),
  ]);
  const d = dates(locale as AppLocale);
  const monday = weekMonday(week);
  const days = Array.from({ length: 7 }, (_, i) => new Date(monday.getTime() + i * DAY_MS));
  const byDay = new Map<string, typeof sessions>();
  for (const s of sessions) {
    const key = schoolDateTime(s.scheduledAt).date;
    byDay.set(key, [...(byDay.get(key) ?? []), s]);
  }
  const isCurrent = isoWeekKey(week.start) === isoWeekKey(now);

  return (
    <>
      <PageHeading
        title={t("sessions.week.title")}
        intro={t("sessions.week.range", { start: d.day(days[0]), end: d.day(days[6]) })}
      />
      <nav aria-label={t("sessions.week.choose")} className="mb-6 flex flex-wrap gap-6">
        <Link href={`/mentor/week?week=${isoWeekKey(previousIsoWeek(week.start).start)}`}>{t("sessions.week.previous")}</Link>
        {isCurrent ? null : <Link href="/mentor/week">{t("sessions.week.current")}</Link>}
        <Link href={`/mentor/week?week=${isoWeekKey(nextIsoWeek(week.start).start)}`}>{t("sessions.week.next")}</Link>
      </nav>
      <p className="mb-4 text-slate-700">{t("sessions.week.count", { count: sessions.length })}</p>
      <div className="space-y-6">
        {days.map((day) => {
          const key = day.toISOString().slice(0, 10);
          const list = byDay.get(key) ?? [];
          return (
            <section key={key} aria-labelledby={`day-${key}`}>
              <h2 id={`day-${key}`} className="mb-2 border-b border-slate-300 text-lg font-semibold first-letter:uppercase">
                {d.day(day, "weekday")}
              </h2>
              {list.length === 0 ? (
                <p className="text-slate-700">{t("sessions.week.noneDay")}</p>
              ) : (
                <ul className="space-y-2">
                  {list.map((s) => {
                    const name = `${s.learner.user.firstName} ${s.learner.user.lastName}`;
                    const time = schoolDateTime(s.scheduledAt).time;
                    const unrecorded = s.status === "SCHEDULED" && s.scheduledAt < now;
                    const status = statusText(s);
                    return (
                      <li key={s.id} className="flex flex-wrap items-baseline gap-x-3 rounded border border-slate-300 bg-white p-3">
                        <span className="font-semibold">{time}</span>
                        <span>{name}</span>
                        <span className="text-slate-700">
                          {t(`sessionKind.${s.kind}`)} · {t("sessions.duration", { count: s.durationMinutes })} · {status}
                        </span>
                        {unrecorded ? <strong className="text-amber-900">{t("sessions.week.toRecord")}</strong> : null}
                        {s.defenceDuringBreak ? <strong className="text-amber-900">{t("breaks.defenceDuringBreak")}</strong> : null}
                        <Link href={`/mentor/sessions/${s.id}`} className="ml-auto">
                          {t("sessions.week.open")}
                          <span className="sr-only">
                            {" "}
                            : {name}, {time}
                          </span>
                        </Link>
                      </li>
                    );
                  })}
                </ul>
              )}
            </section>
          );
        })}
      </div>
    </>
  );
}
