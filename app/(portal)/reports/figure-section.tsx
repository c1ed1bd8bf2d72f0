import { Suspense } from "react";
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { FIGURES, type FigureKey } from "@/lib/domain/reports/figures";
import { share } from "@/lib/domain/reports/metrics";
import type { ReportQuery } from "@/lib/schemas/reports";
import type { AppLocale } from "@/lib/i18n";
import type { FigureAggregate } from "@/lib/server/data/report-figures";
import type { TrendPoint } from "@/lib/server/data/reports";
import { groupLabel } from "@/lib/server/views/report-csv";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { BarChart, TrendChart, type ChartPoint } from "./charts";
import { reportHref } from "./query-string";

/**
 * One figure: its definition, numbers, a link to its records, and its charts. The trend
 * (several periods of records) streams in after the numbers: `trend` is its pending query.
 */
export async function FigureSection({ figureKey, rows, trend, query }: { figureKey: FigureKey; rows: FigureAggregate[]; trend: Promise<TrendPoint[]>; query: ReportQuery }) {
  const [t, format, locale] = await Promise.all([getTranslations("reports"), getFormatter(), getLocale()]);
  const def = FIGURES[figureKey];
  const title = t(`figures.${figureKey}.title`);
  const total = rows.find((r) => r.isTotal) ?? { total: 0, judged: 0, hits: 0, median: null, p90: null, mean: null, grp: null, isTotal: true };
  const groups = rows.filter((r) => !r.isTotal).sort((a, b) => b.total - a.total);
  const percent = (hits: number, judged: number) => {
    const s = share(hits, judged);
    return s === null ? t("summary.noData") : t("summary.share", { hits, judged, percent: format.number(s, { style: "percent", maximumFractionDigits: 1 }) });
  };
  const hours = (value: number | null) => (value === null ? "—" : t("summary.hours", { value }));
  const id = `figure-${figureKey}`;
  const bars: ChartPoint[] = groups.map((g) => {
    // A rating's breakdown is its distribution: how many surveys per rating.
    const value = def.kind === "count" || def.kind === "rating" ? g.total : share(g.hits, g.judged);
    return {
      label: groupLabel(locale as AppLocale, g.grp),
      value: value === null ? null : value,
      display: value === null ? "—" : def.kind === "count" || def.kind === "rating" ? format.number(value) : format.number(value, { style: "percent", maximumFractionDigits: 1 }),
    };
  });
  return (
    <section aria-labelledby={id} className="mb-6 rounded border border-slate-300 bg-white p-4">
      <h2 id={id} className="text-lg font-semibold">
        {title}
      </h2>
      <p className="mt-1 text-sm text-slate-700">{t(`figures.${figureKey}.definition`)}</p>
      <dl className="mt-3 grid gap-x-6 gap-y-1 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{t("summary.count")}</dt>
        <dd>{t("summary.records", { count: total.total })}</dd>
        {def.kind === "time" ? (
          <>
            <dt className="font-semibold">{t("summary.median")}</dt>
            <dd>{hours(total.median)}</dd>
            <dt className="font-semibold">{t("summary.p90")}</dt>
            <dd>{hours(total.p90)}</dd>
          </>
        ) : null}
        {def.kind === "rating" ? (
          <>
            <dt className="font-semibold">{t("summary.mean")}</dt>
            <dd>{total.mean === null ? t("summary.noData") : t("summary.meanValue", { value: total.mean })}</dd>
          </>
        ) : null}
        {def.kind !== "count" ? (
          <>
            <dt className="font-semibold">{t(`figures.${figureKey}.hit`)}</dt>
            <dd>{percent(total.hits, total.judged)}</dd>
          </>
        ) : null}
      </dl>
      <p className="mt-2">
        <Link href={reportHref(`/reports/${figureKey}`, query)}>
          {t("drill.link")}
          <span className="sr-only"> — {title}</span>
        </Link>
      </p>
      {def.grouped && groups.length > 0 ? (
        <>
          <Table caption={t("chart.barsTitle", { figure: title })} className="mt-3">
            <Thead>
              <Tr>
                <Th>{t("summary.group")}</Th>
                <Th>{t("summary.count")}</Th>
                {def.kind === "share" ? <Th>{t("summary.rate")}</Th> : null}
              </Tr>
            </Thead>
            <Tbody>
              {groups.map((g) => (
                <Tr key={g.grp ?? ""}>
                  <Th scope="row">
                    <Link href={reportHref(`/reports/${figureKey}`, query, { group: g.grp ?? undefined })}>{groupLabel(locale as AppLocale, g.grp)}</Link>
                  </Th>
                  <Td>{format.number(g.total)}</Td>
                  {def.kind === "share" ? <Td>{percent(g.hits, g.judged)}</Td> : null}
                </Tr>
              ))}
            </Tbody>
          </Table>
          <BarChart title={t("chart.barsTitle", { figure: title })} bars={bars} />
        </>
      ) : null}
      {def.trend ? (
        <Suspense fallback={<p className="mt-4 text-slate-700">{t("chart.loading", { figure: title })}</p>}>
          <FigureTrend figureKey={figureKey} title={title} trend={trend} />
        </Suspense>
      ) : null}
    </section>
  );
}

/** A figure's trend chart and its data table, once its query has answered. */
async function FigureTrend({ figureKey, title, trend: pending }: { figureKey: FigureKey; title: string; trend: Promise<TrendPoint[]> }) {
  const [t, format, trend] = await Promise.all([getTranslations("reports"), getFormatter(), pending]);
  const def = FIGURES[figureKey];
  const trendPoints: ChartPoint[] = trend.map((p) => {
    const value = def.kind === "time" ? p.median : def.kind === "rating" ? p.mean : share(p.hits, p.judged);
    const plain = def.kind === "time" || def.kind === "rating";
    const display = value === null ? "—" : plain ? format.number(value, { maximumFractionDigits: def.kind === "rating" ? 2 : 1 }) : format.number(value, { style: "percent", maximumFractionDigits: 0 });
    return { label: p.period, value: value === null ? null : plain ? value : value * 100, display };
  });
  return (
    <TrendChart
      title={t("chart.trendTitle", { figure: title })}
      caption={t("chart.tableCaption", { figure: title })}
      periodHeader={t("chart.period")}
      valueHeader={def.kind === "time" ? t("chart.median") : def.kind === "rating" ? t("chart.mean") : t("chart.share")}
      points={trendPoints}
    />
  );
}
