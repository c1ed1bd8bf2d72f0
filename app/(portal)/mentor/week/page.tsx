import type { Metadata } from "next";
import Link from "next/link";
import { requireRole } from "@/lib/server/auth/session";
import { listMentorWeek } from "@/lib/server/data/sessions";
import { getMessages } from "@/lib/i18n/server";
import { format, type AppLocale } from "@/lib/i18n";
import { formatDay } from "@/lib/i18n/dates";
import { isoWeekFromKey, isoWeekKey, isoWeekRange, nextIsoWeek, previousIsoWeek, schoolDateTime, weekMonday } from "@/lib/domain/week";
import { PageHeading } from "@/components/ui/page-heading";
import { sessionStatusText } from "@/components/commitment-status";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.sessions.week.title };
}

const DAY_MS = 86_400_000;

function dayHeading(day: Date, locale: AppLocale): string {
  return new Intl.DateTimeFormat(locale === "fr" ? "fr-FR" : "en-GB", { weekday: "long", day: "numeric", month: "long", timeZone: "UTC" }).format(day);
}

export default async function MentorWeekPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["MENTOR"]);
  const query = await searchParams;
  const now = new Date();
  // An unknown or malformed week shows this week rather than an error.
  const week = (typeof query.week === "string" && isoWeekFromKey(query.week)) || isoWeekRange(now);
  const [{ locale, m }, sessions] = await Promise.all([getMessages(), listMentorWeek(actor, week)]);
  const t = m.sessions.week;
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
        title={t.title}
        intro={format(t.range, { start: formatDay(days[0], locale), end: formatDay(days[6], locale) })}
      />
      <nav aria-label={t.choose} className="mb-6 flex flex-wrap gap-6">
        <Link href={`/mentor/week?week=${isoWeekKey(previousIsoWeek(week.start).start)}`}>{t.previous}</Link>
        {isCurrent ? null : <Link href="/mentor/week">{t.current}</Link>}
        <Link href={`/mentor/week?week=${isoWeekKey(nextIsoWeek(week.start).start)}`}>{t.next}</Link>
      </nav>
      <p className="mb-4 text-slate-700">{format(t.count, { count: sessions.length })}</p>
      <div className="space-y-6">
        {days.map((day) => {
          const key = day.toISOString().slice(0, 10);
          const list = byDay.get(key) ?? [];
          return (
            <section key={key} aria-labelledby={`day-${key}`}>
              <h2 id={`day-${key}`} className="mb-2 border-b border-slate-300 text-lg font-semibold first-letter:uppercase">
                {dayHeading(day, locale)}
              </h2>
              {list.length === 0 ? (
                <p className="text-slate-700">{t.noneDay}</p>
              ) : (
                <ul className="space-y-2">
                  {list.map((s) => {
                    const name = `${s.learner.user.firstName} ${s.learner.user.lastName}`;
                    const time = schoolDateTime(s.scheduledAt).time;
                    const unrecorded = s.status === "SCHEDULED" && s.scheduledAt < now;
                    const status = sessionStatusText(s, m);
                    return (
                      <li key={s.id} className="flex flex-wrap items-baseline gap-x-3 rounded border border-slate-300 bg-white p-3">
                        <span className="font-semibold">{time}</span>
                        <span>{name}</span>
                        <span className="text-slate-700">
                          {m.sessionKind[s.kind]} · {format(m.sessions.duration, { count: s.durationMinutes })} · {status}
                        </span>
                        {unrecorded ? <strong className="text-amber-900">{t.toRecord}</strong> : null}
                        <Link href={`/mentor/sessions/${s.id}`} className="ml-auto">
                          {t.open}
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
