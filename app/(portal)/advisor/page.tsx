import type { Metadata } from "next";
import { requireRole } from "@/lib/server/auth/session";
import { getCaseloadDashboard } from "@/lib/server/data/caseload";
import { getMessages } from "@/lib/i18n/server";
import { format } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { filterRows, pageAfter, sortRows, type CaseloadSort } from "@/lib/domain/caseload-view";
import { parseCaseloadQuery } from "@/lib/schemas/caseload-query";
import { CaseloadTiles } from "./caseload-tiles";
import { WeeklyChart } from "./weekly-chart";
import { CaseloadFilters } from "./caseload-filters";
import { CaseloadTable } from "./caseload-table";
import { CaseloadPagination } from "./caseload-pagination";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.advisor.title };
}

const PAGE_SIZE = 25;

export default async function AdvisorHome({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(["ADVISOR"]);
  const [{ locale, m }, dashboard, query] = await Promise.all([getMessages(), getCaseloadDashboard(actor), searchParams.then(parseCaseloadQuery)]);
  const t = m.advisor;
  const sort = (query.sort ?? "attention") as CaseloadSort;
  const filtered = sortRows(
    filterRows(dashboard.rows, { q: query.q, risk: query.risk, reason: query.reason, pathId: query.path, mentorId: query.mentor }),
    sort,
  );
  const page = pageAfter(filtered, query.after, PAGE_SIZE);
  const paths = new Map(dashboard.rows.map((r) => [r.pathId, r.trainingPath]));
  const mentors = new Map(dashboard.rows.flatMap((r) => (r.mentor && r.mentorId ? [[r.mentorId, `${r.mentor.firstName} ${r.mentor.lastName}`] as const] : [])));
  return (
    <>
      <PageHeading title={t.title} intro={t.intro} />
      {dashboard.rows.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <>
          <CaseloadTiles tiles={dashboard.tiles} m={m} />
          <WeeklyChart weeks={dashboard.chart} locale={locale} m={m} />
          <CaseloadFilters
            query={query}
            paths={[...paths].sort((a, b) => a[1].localeCompare(b[1]))}
            mentors={[...mentors].sort((a, b) => a[1].localeCompare(b[1]))}
            m={m}
          />
          <p role="status" className="mb-2 text-slate-700">
            {format(t.count, { count: filtered.length })}
          </p>
          <CaseloadTable rows={page.items} locale={locale} m={m} />
          <CaseloadPagination query={query} nextCursor={page.nextCursor} m={m} />
        </>
      )}
    </>
  );
}
