import type { Metadata } from "next";
import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { getCaseloadDashboard } from "@/lib/server/data/caseload";
import { openWorklist } from "@/lib/server/data/worklist";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { filterRows, pageAfter, sortRows, type CaseloadSort } from "@/lib/domain/caseload-view";
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
  const [t, w, locale, dashboard, worklist, query] = await Promise.all([
    getTranslations("advisor"),
    getTranslations("worklist"),
    getLocale(),
    getCaseloadDashboard(actor),
    openWorklist(actor),
    searchParams.then(parseCaseloadQuery),
  ]);
  const sort = (query.sort ?? "attention") as CaseloadSort;
  const filtered = sortRows(
    filterRows(dashboard.rows, { q: query.q, risk: query.risk, reason: query.reason, pathId: query.path, mentorId: query.mentor, only: query.only }),
    sort,
  );
  const page = pageAfter(filtered, query.after, PAGE_SIZE);
  const paths = new Map(dashboard.rows.map((r) => [r.pathId, r.trainingPath]));
  const mentors = new Map(dashboard.rows.flatMap((r) => (r.mentor && r.mentorId ? [[r.mentorId, `${r.mentor.firstName} ${r.mentor.lastName}`] as const] : [])));
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <UpcomingCalls actor={actor} />
      <WorklistView worklist={worklist} d={dates(locale as AppLocale)} />
      {dashboard.rows.length === 0 ? (
        <p>{t("none")}</p>
      ) : (
        <>
          <CaseloadTiles tiles={dashboard.tiles} />
          <WeeklyChart weeks={dashboard.chart} />
          <CaseloadFilters query={query} paths={[...paths].sort((a, b) => a[1].localeCompare(b[1]))} mentors={[...mentors].sort((a, b) => a[1].localeCompare(b[1]))} />
          <p role="status" id="caseload" className="mb-2 text-slate-700">
            {t("count", { count: filtered.length })}
          </p>
          {query.only ? (
            <p className="mb-2">
              {w(query.only === "atRisk" ? "onlyAtRisk" : "onlyNoSession")} <Link href="/advisor#caseload">{w("showAll")}</Link>
            </p>
          ) : null}
          <CaseloadTable rows={page.items} d={dates(locale as AppLocale)} />
          <CaseloadPagination query={query} nextCursor={page.nextCursor} />
        </>
      )}
    </>
  );
}
