import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { requireRole } from "@/lib/server/auth/session";
import { now } from "@/lib/server/clock";
import { getFigure, listFigureRecords } from "@/lib/server/data/reports";
import { groupLabel, hitLabel } from "@/lib/server/views/report-csv";
import { fileIntl } from "@/lib/server/views/report-intl";
import { isFigureKey, REPORT_ROLES } from "@/lib/domain/reports/figures";
import { share } from "@/lib/domain/reports/metrics";
import { periodContaining } from "@/lib/domain/reports/period";
import { parseReportQuery } from "@/lib/schemas/reports";
import { dates } from "@/lib/i18n/dates";
import type { AppLocale } from "@/lib/i18n";
import { PageHeading } from "@/components/ui/page-heading";
import { Table, Tbody, Td, Th, Thead, Tr } from "@/components/ui/table";
import { reportHref } from "../query-string";

type Props = { params: Promise<{ figure: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { figure } = await params;
  const t = await getTranslations("reports");
  return { title: isFigureKey(figure) ? t(`figures.${figure}.title`) : t("title") };
}

/** The records behind a figure, a page at a time, and their CSV. */
export default async function FigureRecordsPage({ params, searchParams }: Props) {
  const actor = await requireRole(REPORT_ROLES);
  const { figure } = await params;
  if (!isFigureKey(figure)) notFound();
  const query = parseReportQuery(await searchParams);
  const at = now();
  const [t, format, locale, list, aggregate] = await Promise.all([
    getTranslations("reports"),
    getFormatter(),
    getLocale(),
    listFigureRecords(actor, figure, query, at),
    getFigure(actor, figure, query, at),
  ]);
  const d = dates(locale as AppLocale);
  const { t: tf } = fileIntl(locale as AppLocale);
  const title = t(`figures.${figure}.title`);
  const scoped = { ...query, period: list.period.key };
  // The attestation is monthly: the month the period begins in.
  const attendanceMonth = periodContaining("month", list.period.start).key;
  const total = aggregate.find((r) => (query.group ? r.grp === query.group : r.isTotal));
  const rate = total ? share(total.hits, total.judged) : null;
  const column = (field: "ref" | "at" | "other" | "value" | "hit") => t(`figures.${figure}.${field}`);
  const caption = t("drill.caption", { figure: query.group ? `${title} — ${groupLabel(locale as AppLocale, query.group)}` : title, period: list.period.key });
  return (
    <>
      <p className="mb-4">
        <Link href={reportHref("/reports", scoped)}>{t("drill.back")}</Link>
      </p>
      <PageHeading title={title} intro={t(`figures.${figure}.definition`)} />
      <p role="status" className="mb-2">
        {t("summary.records", { count: list.total })}
        {rate !== null && total ? ` — ${column("hit")} : ${t("summary.share", { hits: total.hits, judged: total.judged, percent: format.number(rate, { style: "percent", maximumFractionDigits: 1 }) })}` : null}
      </p>
      <p className="mb-4">
        <a href={reportHref(`/reports/${figure}/csv`, scoped, { group: query.group })} download>
          {t("drill.csv")}
        </a>
      </p>
      <Table caption={caption}>
        <Thead>
          <Tr>
            <Th>{column("ref")}</Th>
            <Th>{t("drill.learner")}</Th>
            <Th>{t("drill.advisor")}</Th>
            <Th>{column("at")}</Th>
            {column("other") !== "—" ? <Th>{column("other")}</Th> : null}
            {query.group || !list.rows.some((r) => r.grp) ? null : <Th>{t("drill.group")}</Th>}
            {column("value") !== "—" ? <Th>{column("value")}</Th> : null}
            {column("hit") !== "—" ? <Th>{column("hit")}</Th> : null}
            {figure === "satisfaction" ? <Th>{t("drill.comment")}</Th> : null}
          </Tr>
        </Thead>
        <Tbody>
          {list.rows.map((r) => (
            <Tr key={r.id}>
              <Th scope="row">{r.ref}</Th>
              <Td>
                {r.learner_name}
                <br />
                <a href={`/reports/learners/${r.learner_id}/dossier`} className="text-sm">
                  {t("drill.dossier")}
                  <span className="sr-only"> — {t("drill.dossierOf", { name: r.learner_name })}</span>
                </a>
                {" · "}
                <a href={`/reports/learners/${r.learner_id}/attendance?month=${attendanceMonth}`} className="text-sm">
                  {t("attendance.link")}
                  <span className="sr-only"> — {r.learner_name}, {attendanceMonth}</span>
                </a>
              </Td>
              <Td>{r.advisor_name}</Td>
              <Td>{figure === "dropout" ? d.day(r.at) : d.instant(r.at)}</Td>
              {column("other") !== "—" ? <Td>{r.other ? d.instant(r.other) : "—"}</Td> : null}
              {query.group || !list.rows.some((x) => x.grp) ? null : <Td>{groupLabel(locale as AppLocale, r.grp)}</Td>}
              {column("value") !== "—" ? <Td>{r.value === null ? "—" : format.number(r.value, { maximumFractionDigits: 1 })}</Td> : null}
              {column("hit") !== "—" ? <Td>{hitLabel(tf, r.hit)}</Td> : null}
              {figure === "satisfaction" ? <Td className="whitespace-pre-line">{r.comment ?? "—"}</Td> : null}
            </Tr>
          ))}
        </Tbody>
      </Table>
      {list.pageCount > 1 ? (
        <nav aria-label={t("drill.page", { page: list.page, count: list.pageCount })} className="mt-4 flex gap-4">
          <span>{t("drill.page", { page: list.page, count: list.pageCount })}</span>
          {list.page > 1 ? <Link href={reportHref(`/reports/${figure}`, scoped, { group: query.group, page: list.page - 1 })}>{t("drill.previous")}</Link> : null}
          {list.page < list.pageCount ? <Link href={reportHref(`/reports/${figure}`, scoped, { group: query.group, page: list.page + 1 })}>{t("drill.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
