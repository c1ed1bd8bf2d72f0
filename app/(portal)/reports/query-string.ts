import type { ReportQuery } from "@/lib/schemas/reports";

/** The reports' filters as a query string (empty values left out), with `extra` on top. */
export function reportHref(path: string, query: ReportQuery, extra: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams();
  const all: Record<string, string | number | undefined> = {
    granularity: query.granularity,
    period: query.period,
    advisor: query.advisor,
    mentor: query.mentor,
    path: query.path,
    ...extra,
  };
  for (const [key, value] of Object.entries(all)) if (value !== undefined && value !== "") params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}
