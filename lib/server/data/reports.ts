import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { FIGURE_KEYS, FIGURES, REPORT_ROLES, TREND_PERIODS, DRILL_PAGE_SIZE, type FigureKey } from "@/lib/domain/reports/figures";
import { isoWeeksBetween, periodContaining, periodFromKey, periodsUpTo, type Period } from "@/lib/domain/reports/period";
import type { ReportQuery } from "@/lib/schemas/reports";
import { attendanceAggregateSql, attendanceTrendSql, commitmentAggregateSql } from "./report-rollups";
import { figureAggregateSql, figureCountSql, figureRecordsSql, figureTrendSql, type FigureAggregate, type FigureRange, type FigureRecordRow } from "./report-figures";

// Reports (issue 16): the Mentorship Manager and administrators see the whole school, an
// advisor their own caseload (the learners they currently follow), whatever the query asks.
// Every figure is computed in SQL (./report-figures.ts); a record is attributed to its
// learner's current advisor, mentor and training path.

/** Whether the reader may see special-category details (RQTH): the learner's advisor only, here. */
function readsSensitive(actor: Actor): boolean {
  return actor.role === "ADVISOR";
}

/** The learners the reader may count, narrowed by the query's advisor, mentor and path. */
function scopeSql(actor: Actor, query: ReportQuery): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`TRUE`];
  switch (actor.role) {
    case "ADVISOR":
      parts.push(Prisma.sql`lp."advisorId" = ${actor.id}`);
      break;
    case "MENTORSHIP_MANAGER":
    case "ADMIN":
      if (query.advisor) parts.push(Prisma.sql`lp."advisorId" = ${query.advisor}`);
      break;
    case "LEARNER":
    case "MENTOR":
    case "SUPPORT":
      throw new NotFoundError();
  }
  if (query.mentor) parts.push(Prisma.sql`lp."mentorId" = ${query.mentor}`);
  if (query.path) parts.push(Prisma.sql`lp."trainingPathId" = ${query.path}`);
  return Prisma.join(parts, " AND ");
}

/** The period the query names, else the current one (of the query's granularity, a month by default). */
export function reportPeriod(query: Pick<ReportQuery, "period" | "granularity">, now: Date): Period {
  const named = query.period ? periodFromKey(query.period) : null;
  // Another granularity than the period's: its period where the named one begins.
  if (named) return query.granularity && query.granularity !== named.granularity ? periodContaining(query.granularity, named.start) : named;
  return periodContaining(query.granularity ?? "month", now);
}

function rangeOf(actor: Actor, start: Date, end: Date, now: Date): FigureRange {
  return { start, end, now, weeks: isoWeeksBetween(start, end), readsSensitive: readsSensitive(actor) };
}

function assertReader(actor: Actor): void {
  if (!(REPORT_ROLES as readonly string[]).includes(actor.role)) throw new NotFoundError();
}

/** A figure's numbers; "commitments kept" and "no-shows" for a month or a quarter from their rollups (./report-rollups.ts), the same figures. */
function aggregateSql(key: FigureKey, period: Period, range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  if (period.granularity !== "week" && key === "commitments") return commitmentAggregateSql(period, range, scope);
  if (period.granularity !== "week" && key === "noShow") return attendanceAggregateSql(period, range, scope);
  return figureAggregateSql(key, range, scope);
}

export type TrendPoint = { period: string; total: number; judged: number; hits: number; median: number | null; mean: number | null };

/** Every figure of the period, for the reports page (their trends stream in after: getFigureTrend). */
export async function getReportFigures(actor: Actor, query: ReportQuery, now: Date) {
  assertReader(actor);
  const scope = scopeSql(actor, query);
  const period = reportPeriod(query, now);
  const range = rangeOf(actor, period.start, period.end, now);
  const db = getDb();
  const figures = await Promise.all(FIGURE_KEYS.map((key) => db.$queryRaw<FigureAggregate[]>(aggregateSql(key, period, range, scope))));
  return { period, figures: Object.fromEntries(FIGURE_KEYS.map((key, i) => [key, figures[i]])) as Record<FigureKey, FigureAggregate[]> };
}

/** A figure over the TREND_PERIODS periods up to the query's, one point each (empty for a figure without a trend). */
export async function getFigureTrend(actor: Actor, key: FigureKey, query: ReportQuery, now: Date): Promise<TrendPoint[]> {
  assertReader(actor);
  if (!FIGURES[key].trend) return [];
  const period = reportPeriod(query, now);
  const trendPeriods = periodsUpTo(period, TREND_PERIODS);
  const range = rangeOf(actor, trendPeriods[0].start, period.end, now);
  const scope = scopeSql(actor, query);
  const rows = await getDb().$queryRaw<TrendPoint[]>(
    key === "noShow" && period.granularity !== "week" ? attendanceTrendSql(period.granularity, range, scope) : figureTrendSql(key, range, scope, period.granularity),
  );
  const byPeriod = new Map(rows.map((t) => [t.period, t]));
  return trendPeriods.map((p) => byPeriod.get(p.key) ?? { period: p.key, total: 0, judged: 0, hits: 0, median: null, mean: null });
}

/** Every figure of the period and the trends of those that have one (the bench; the page streams the trends). */
export async function getReport(actor: Actor, query: ReportQuery, now: Date) {
  const [report, trends] = await Promise.all([getReportFigures(actor, query, now), Promise.all(FIGURE_KEYS.map((key) => getFigureTrend(actor, key, query, now)))]);
  return { ...report, trends: Object.fromEntries(FIGURE_KEYS.map((key, i) => [key, trends[i]])) as Record<FigureKey, TrendPoint[]> };
}

/** One figure alone (the drill-down page's heading, the bench). */
export async function getFigure(actor: Actor, key: FigureKey, query: ReportQuery, now: Date): Promise<FigureAggregate[]> {
  assertReader(actor);
  const period = reportPeriod(query, now);
  return getDb().$queryRaw<FigureAggregate[]>(aggregateSql(key, period, rangeOf(actor, period.start, period.end, now), scopeSql(actor, query)));
}

/** A page of the records a figure counts (narrowed to `query.group` when set). */
export async function listFigureRecords(actor: Actor, key: FigureKey, query: ReportQuery, now: Date) {
  assertReader(actor);
  const period = reportPeriod(query, now);
  const range = rangeOf(actor, period.start, period.end, now);
  const scope = scopeSql(actor, query);
  const page = query.page ?? 1;
  const group = query.group ?? null;
  const db = getDb();
  const [rows, count] = await Promise.all([
    db.$queryRaw<FigureRecordRow[]>(figureRecordsSql(key, range, scope, group, { take: DRILL_PAGE_SIZE, skip: (page - 1) * DRILL_PAGE_SIZE })),
    db.$queryRaw<{ n: number }[]>(figureCountSql(key, range, scope, group)),
  ]);
  return { period, rows, total: count[0]?.n ?? 0, page, pageCount: Math.max(1, Math.ceil((count[0]?.n ?? 0) / DRILL_PAGE_SIZE)) };
}

/** Every record a figure counts, for its CSV. */
export async function listAllFigureRecords(actor: Actor, key: FigureKey, query: ReportQuery, now: Date): Promise<{ period: Period; rows: FigureRecordRow[] }> {
  assertReader(actor);
  const period = reportPeriod(query, now);
  const rows = await getDb().$queryRaw<FigureRecordRow[]>(figureRecordsSql(key, rangeOf(actor, period.start, period.end, now), scopeSql(actor, query), query.group ?? null, null));
  return { period, rows };
}

/** The filters' choices: advisors (whole-school readers only), mentors and training paths. */
export async function listReportFilterOptions(actor: Actor) {
  assertReader(actor);
  const db = getDb();
  const person = { id: true, firstName: true, lastName: true } as const;
  const [advisors, mentors, paths] = await Promise.all([
    actor.role === "ADVISOR" ? Promise.resolve([]) : db.user.findMany({ where: { role: "ADVISOR" }, select: person, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db.user.findMany({ where: { role: "MENTOR", active: true }, select: person, orderBy: [{ lastName: "asc" }, { firstName: "asc" }] }),
    db.trainingPath.findMany({ select: { id: true, code: true, name: true }, orderBy: { name: "asc" } }),
  ]);
  return { advisors, mentors, paths };
}
