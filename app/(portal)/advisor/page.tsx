import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getCaseloadDashboard } from "@/lib/server/data/caseload";
import { openWorklist } from "@/lib/server/data/worklist";
import { now } from "@/lib/server/clock";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import type { CaseloadSort } from "@/lib/domain/caseload-view";
import { parseCaseloadQuery } from "@/lib/schemas/caseload-query";
import { CaseloadTiles } from "./caseload-tiles";
import { WeeklyChart } from "./weekly-chart";
import { CaseloadFilters } from "./caseload-filters";
import { CaseloadTable } from "./caseload-table";
import { CaseloadPagination } from "./caseload-pagination";
import { WorklistView } from "./worklist";
import { UpcomingCalls } from "./upcoming-calls";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("advisor");
  return { title: t("title") };
}

const PAGE_SIZE = 25;

export default async function AdvisorHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["ADVISOR"]);
  const at = now();
  const query = parseCaseloadQuery(await searchParams);
  const sort = (query.sort ?? "attention") as CaseloadSort;
  const filter = { q: query.q, risk: query.risk, reason: query.reason, pathId: query.path, mentorId: query.mentor, only: query.only };
  const [t, w, locale, dashboard, worklist] = await Promise.all([
    getTranslations("advisor"),
    getTranslations("worklist"),
    getLocale(),
    getCaseloadDashboard(actor, { filter, sort, after: query.after, pageSize: PAGE_SIZE }),
    openWorklist(actor, at),
  ]);
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <UpcomingCalls calls={worklist.calls} at={at} />
      <WorklistView worklist={worklist} d={dates(locale as AppLocale)} />
      {dashboard.total === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <CaseloadTiles tiles={dashboard.tiles} />
          <WeeklyChart weeks={dashboard.chart} />
          <CaseloadFilters query={query} paths={dashboard.paths} mentors={dashboard.mentors} />
          <p role="status" id="caseload" className="mb-2 text-slate-700">
            {t("count", { count: dashboard.count })}
          </p>
          {query.only ? (
            <p className="mb-2">
              {w(query.only === "atRisk" ? "onlyAtRisk" : "onlyNoSession")} <Link href="/advisor#caseload">{w("showAll")}</Link>
            </p>
          ) : null}
          <CaseloadTable rows={dashboard.page.items} d={dates(locale as AppLocale)} />
          <CaseloadPagination query={query} nextCursor={dashboard.page.nextCursor} />
        </>
      )}
    </>
  );
}
