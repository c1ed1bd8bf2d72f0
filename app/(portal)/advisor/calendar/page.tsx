import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getMyFeedState, listMyCalls } from "@/lib/server/data/advisor-calls";
import { now } from "@/lib/server/clock";
import { isoWeekFromKey, isoWeekKey, isoWeekRange, nextIsoWeek, parisDayRange, previousIsoWeek } from "@/lib/domain/week";
import type { AppLocale } from "@/lib/i18n";
import { dates } from "@/lib/i18n/dates";
import { PageHeading } from "@/components/ui/page-heading";
import { ClientMessages } from "@/components/intl/client-messages";
import { CallList } from "@/components/booking/call-list";
import { callListText } from "../upcoming-calls";
import { FeedForms } from "./feed-forms";
import { callActions } from "./call-actions";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calendar");
  return { title: t("title") };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

/** The advisor's calls of one week (`?week=2026-W49`), day by day, and the private feed URL. */
export default async function CalendarPage({ searchParams }: Props) {
  const actor = await requireRole(["ADVISOR"]);
  const query = await searchParams;
  const week = (typeof query.week === "string" ? isoWeekFromKey(query.week) : null) ?? isoWeekRange(now());
  const [t, locale, calls, feed, text] = await Promise.all([getTranslations("calendar"), getLocale(), listMyCalls(actor, week.start, week.end), getMyFeedState(actor), callListText()]);
  const d = dates(locale as AppLocale);
  const actions = callActions(now());
  const days: { start: Date; end: Date }[] = [];
  for (let day = parisDayRange(week.start); day.start < week.end; day = parisDayRange(day.end)) days.push(day);
  return (
    <>
      <PageHeading title={t("title")} />
      <nav aria-label={t("weekNav")} className="mb-4 flex flex-wrap gap-4">
        <Link href={`/advisor/calendar?week=${isoWeekKey(previousIsoWeek(week.start).start)}`} className="underline">
          {t("previous")}
        </Link>
        <Link href="/advisor/calendar" className="underline">
          {t("thisWeek")}
        </Link>
        <Link href={`/advisor/calendar?week=${isoWeekKey(nextIsoWeek(week.start).start)}`} className="underline">
          {t("next")}
        </Link>
      </nav>
      <h2 className="mb-3 text-xl font-semibold">{t("week", { day: d.instant(week.start, "day") })}</h2>
      <div className="space-y-6">
        {days.map((day) => (
          <section key={day.start.toISOString()} aria-labelledby={`day-${day.start.getTime()}`}>
            <h3 id={`day-${day.start.getTime()}`} className="mb-2 font-semibold first-letter:uppercase">
              {d.instant(day.start, "weekday")}
            </h3>
            <CallList calls={calls.filter((c) => c.startsAt >= day.start && c.startsAt < day.end)} d={d} text={text} actions={actions} />
          </section>
        ))}
      </div>
      <section aria-labelledby="feed-title" className="mt-10 rounded border border-slate-300 bg-white p-4">
        <h2 id="feed-title" className="text-lg font-semibold">
          {t("feedTitle")}
        </h2>
        <p className="mb-3 text-sm text-slate-700">{t("feedIntro")}</p>
        <ClientMessages namespaces={["calendar", "forms"]}>
          <FeedForms active={feed.active} />
        </ClientMessages>
      </section>
    </>
  );
}
