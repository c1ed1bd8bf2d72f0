import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { now } from "@/lib/server/clock";
import { getFigureTrend, getReportFigures, listReportFilterOptions, type TrendPoint } from "@/lib/server/data/reports";
import { FIGURE_KEYS, REPORT_ROLES, type FigureKey } from "@/lib/domain/reports/figures";
import { parseReportQuery } from "@/lib/schemas/reports";
import { PageHeading } from "@/components/ui/page-heading";
import { ReportFilters } from "./report-filters";
import { FigureSection } from "./figure-section";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireRole(REPORT_ROLES);
  const query = parseReportQuery(await searchParams);
  const at = now();
  const figures = getReportFigures(actor, query, at);
  // The trends read several periods of records: they start once the figures have answered
  // (both would share the same cores) and stream into their sections.
  const trends = Object.fromEntries(FIGURE_KEYS.map((key) => [key, figures.then(() => getFigureTrend(actor, key, query, at))])) as Record<FigureKey, Promise<TrendPoint[]>>;
  // A trend that fails is shown by the error boundary where it renders; not an unhandled rejection first.
  for (const pending of Object.values(trends)) pending.catch(() => {});
  const [t, complaints, report, options] = await Promise.all([getTranslations("reports"), getTranslations("complaints.register"), figures, listReportFilterOptions(actor)]);
  const name = (p: { id: string; firstName: string; lastName: string }) => ({ id: p.id, label: `${p.lastName} ${p.firstName}` });
  return (
    <>
      <PageHeading title={t("title")} intro={t("intro")} />
      <p className="mb-4 font-semibold">{actor.role === "ADVISOR" ? t("ownCaseload") : t("wholeSchool")}</p>
      {actor.role === "ADVISOR" ? null : (
        <p className="mb-4">
          <Link href="/reports/complaints">{complaints("title")}</Link>
        </p>
      )}
      <ReportFilters
        query={query}
        period={report.period}
        advisors={actor.role === "ADVISOR" ? null : options.advisors.map(name)}
        mentors={options.mentors.map(name)}
        paths={options.paths.map((p) => ({ id: p.id, label: p.name }))}
      />
      <p role="status" className="mb-4 text-lg">
        {t("periodLabel", { period: report.period.key })}
      </p>
      {FIGURE_KEYS.map((key) => (
        <FigureSection key={key} figureKey={key} rows={report.figures[key]} trend={trends[key]} query={{ ...query, period: report.period.key }} />
      ))}
    </>
  );
}
