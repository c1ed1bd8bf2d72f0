import "server-only";
import type { Actor } from "@/lib/server/auth/actor";
import { messagesFor, type AppLocale } from "@/lib/i18n";
import { toCsv } from "@/lib/domain/csv-export";
import { schoolDateTime } from "@/lib/domain/week";
import type { FigureKey } from "@/lib/domain/reports/figures";
import type { ReportQuery } from "@/lib/schemas/reports";
import { listAllFigureRecords } from "@/lib/server/data/reports";
import type { FigureRecordRow } from "@/lib/server/data/report-figures";
import { fileIntl, type FileIntl } from "./report-intl";

const stamp = (at: Date | null) => {
  if (!at) return "";
  const { date, time } = schoolDateTime(at);
  return `${date} ${time}`;
};

/** A record's group ("APPOINTMENT_FIRST", "LEARNER:RQTH"…) in words. */
export function groupLabel(locale: AppLocale, grp: string | null): string {
  if (!grp) return "";
  const [head, topic] = grp.split(":");
  const messages = messagesFor(locale);
  const groups: Record<string, string> = messages.reports.groups;
  if (!topic) return groups[head] ?? grp;
  const topics: Record<string, string> = messages.topics;
  return `${groups[head] ?? head} — ${topic === "CONFIDENTIAL" ? groups.CONFIDENTIAL : (topics[topic] ?? topic)}`;
}

export function hitLabel(t: FileIntl["t"], hit: boolean | null): string {
  return hit === null ? t("reports.notJudged") : hit ? t("reports.yes") : t("reports.no");
}

/** The CSV of a figure's records: one row per record, the same rows its drill-down lists. */
export function figureCsvText(locale: AppLocale, key: FigureKey, rows: FigureRecordRow[]): string {
  const { t } = fileIntl(locale);
  const f = (field: "ref" | "at" | "other" | "value" | "hit") => t(`reports.figures.${key}.${field}`);
  // The satisfaction figure adds its comments (the readers of the reports may read them).
  const comments = key === "satisfaction";
  const header = [t("reports.csv.id"), f("ref"), t("reports.csv.learnerId"), t("reports.csv.learner"), t("reports.csv.advisor"), f("at"), f("other"), t("reports.csv.group"), f("value"), f("hit"), ...(comments ? [t("reports.drill.comment")] : [])];
  return toCsv(
    header,
    rows.map((r) => [
      r.id,
      r.ref,
      r.learner_id,
      r.learner_name,
      r.advisor_name,
      stamp(r.at),
      stamp(r.other),
      groupLabel(locale, r.grp),
      r.value === null ? null : Math.round(r.value * 100) / 100,
      hitLabel(t, r.hit),
      ...(comments ? [r.comment] : []),
    ]),
  );
}

/** The file a figure's CSV link downloads, scoped like its drill-down. */
export async function figureCsvFile(actor: Actor, key: FigureKey, query: ReportQuery, now: Date, locale: AppLocale) {
  const { period, rows } = await listAllFigureRecords(actor, key, query, now);
  return { filename: `${key}-${period.key}.csv`, text: figureCsvText(locale, key, rows), count: rows.length };
}
