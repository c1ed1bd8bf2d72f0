// The report's figures: what each one shows, and how its records read. The SQL behind each
// is in lib/server/data/report-figures.ts; the definitions in ./metrics.ts.

import type { Role } from "@prisma/client";

/** Who reads the reports: the Mentorship Manager and administrators (whole school), an advisor (own caseload). */
export const REPORT_ROLES = ["ADVISOR", "MENTORSHIP_MANAGER", "ADMIN"] as const satisfies readonly Role[];

export const FIGURE_KEYS = ["alertContact", "firstResponse", "resolution", "secondCall", "unreachable", "noShow", "commitments", "dropout", "topics", "satisfaction"] as const;
export type FigureKey = (typeof FIGURE_KEYS)[number];

/**
 * time: a duration in working hours (median, p90) and the share within its target;
 * share: the share of judged records that are hits; count: records per group;
 * rating: the mean of the records' values (a 1–5 rating), the share of hits (answered), per group (rating).
 */
export type FigureKind = "time" | "share" | "count" | "rating";

export const FIGURES = {
  alertContact: { kind: "time", grouped: false, trend: true },
  firstResponse: { kind: "time", grouped: false, trend: true },
  resolution: { kind: "time", grouped: false, trend: true },
  secondCall: { kind: "share", grouped: false, trend: false },
  unreachable: { kind: "share", grouped: false, trend: false },
  noShow: { kind: "share", grouped: true, trend: true },
  commitments: { kind: "share", grouped: false, trend: false },
  dropout: { kind: "share", grouped: false, trend: false },
  topics: { kind: "count", grouped: true, trend: false },
  satisfaction: { kind: "rating", grouped: true, trend: true },
} as const satisfies Record<FigureKey, { kind: FigureKind; grouped: boolean; trend: boolean }>;

export function isFigureKey(value: string): value is FigureKey {
  return (FIGURE_KEYS as readonly string[]).includes(value);
}

/** Periods a trend chart shows, the current one included. */
export const TREND_PERIODS = 6;

/** Records per page of a drill-down list. */
export const DRILL_PAGE_SIZE = 50;
