import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { assertRole, NotFoundError, type Actor } from "@/lib/server/auth/actor";
import { isoWeekRange, parisDayRange } from "@/lib/domain/week";
import type { Progress } from "@/lib/domain/progress";
import type { RiskLevel, RiskReason } from "@/lib/domain/risk";
import type { CaseloadFilter, CaseloadSort } from "@/lib/domain/caseload-view";
import { searchKey } from "@/lib/domain/search-key";
import { computeRisk, freshAt, liveFacts, refreshRiskFacts, type LiveFactRow } from "./risk-facts";

// The advisor's dashboard reads the read model "LearnerRiskFacts" (data/risk-facts.ts):
// one statement over the caseload: which rows are stale at `now`, the counts, the tiles,
// today's appointments, the filter options, the 12-week chart and one page of rows,
// filtered, ordered and paginated in SQL (if some rows are stale: their refresh, two
// statements, then the statement again).
// (Plus the page's own sign-in lookup.) listCaseload keeps the live computation: the reference.

const DAY_MS = 24 * 60 * 60 * 1000;
export const CHART_WEEKS = 12;

export type CaseloadRow = {
  id: string;
  firstName: string;
  lastName: string;
  pathId: string;
  trainingPath: string;
  mentorId: string | null;
  mentor: { firstName: string; lastName: string } | null;
  weeklyCommitment: number;
  held7: number;
  held28: number;
  sessionsThisWeek: number;
  lastHeldAt: Date | null;
  lastNoShowAt: Date | null;
  /** Phone appointments missed since the last held call. */
  missedCalls: number;
  progress: Progress;
  /** Weeks late (positive) or ahead (negative), for sorting. */
  lateWeeks: number;
  onBreak: boolean;
  openRequests: number;
  openAlerts: number;
  openCase: { id: string; reason: string } | null;
  nextAppointmentAt: Date | null;
  level: RiskLevel;
  reasons: RiskReason[];
};


function liveRow(f: LiveFactRow, now: Date): CaseloadRow {
  const r = computeRisk(f, now);
  return {
    id: f.id,
    firstName: f.firstName ?? "",
    lastName: f.lastName ?? "",
    pathId: f.pathId,
    trainingPath: f.pathName,
    mentorId: f.mentorId,
    mentor: f.mentorFirstName !== null ? { firstName: f.mentorFirstName, lastName: f.mentorLastName ?? "" } : null,
    weeklyCommitment: f.weeklyCommitment,
    held7: r.held7,
    held28: r.held28,
    sessionsThisWeek: r.heldThisWeek,
    lastHeldAt: r.lastHeldAt,
    lastNoShowAt: r.lastNoShowAt,
    missedCalls: r.missedCalls,
    progress: r.progress,
    lateWeeks: r.lateWeeks,
    onBreak: r.onBreak,
    openRequests: r.openRequests,
    openAlerts: r.openAlerts,
    openCase: r.openCase,
    nextAppointmentAt: r.nextAppointmentAt,
    level: r.level,
    reasons: r.reasons,
  };
}

/**
 * The advisor's caseload computed live (every current learner with progress, attendance and
 * risk): the reference the read model is checked against (tests/integration/risk-facts-model.test.ts).
 */
export async function listCaseload(actor: Actor, now = new Date()): Promise<CaseloadRow[]> {
  assertRole(actor, ["ADVISOR"]);
  const facts = await liveFacts(getDb(), Prisma.sql`lp."advisorId" = ${actor.id} AND u.active`, now);
  return facts.map((f) => liveRow(f, now));
}

/**
 * One learner of the advisor's caseload: the risk level and its reasons, read from the
 * dashboard's read model (refreshed first if it no longer holds at `now`). 404 for a
 * learner who is not theirs.
 */
export async function getLearnerRisk(actor: Actor, learnerId: string, now = new Date()): Promise<Pick<CaseloadRow, "level" | "reasons" | "onBreak">> {
  assertRole(actor, ["ADVISOR"]);
  const db = getDb();
  const [row] = await db.$queryRaw<{ level: RiskLevel | null; reasons: RiskReason[] | null; onBreak: boolean | null; fresh: boolean | null }[]>`
    SELECT rf.level, rf.reasons, rf."onBreak", ${freshAt(now)} AS fresh
    FROM "LearnerProfile" lp JOIN "User" u ON u.id = lp."userId" AND u.active
    LEFT JOIN "LearnerRiskFacts" rf ON rf."learnerId" = lp."userId"
    WHERE lp."userId" = ${learnerId} AND lp."advisorId" = ${actor.id}`;
  if (!row) throw new NotFoundError("learner");
  if (row.fresh) return { level: row.level!, reasons: row.reasons!, onBreak: row.onBreak! };
  const computed = (await refreshRiskFacts(db, [learnerId], now)).get(learnerId);
  if (!computed) throw new NotFoundError("learner");
  return { level: computed.level, reasons: computed.reasons, onBreak: computed.onBreak };
}

export type WeekCount = { weekStart: Date; held: number };

export type CaseloadView = { filter: CaseloadFilter; sort: CaseloadSort; after?: string; pageSize: number };

const COLLATED = Prisma.sql`COLLATE "fr-x-icu"`;

/** The caseload's rows, with the read model and the names the page shows (alias `c`). */
function caseloadRows(advisorId: string) {
  return Prisma.sql`
    SELECT lp."userId" AS id, u."firstName", u."lastName", tp.id AS "pathId", tp.name AS "pathName", lp."mentorId",
      mu."firstName" AS "mentorFirstName", mu."lastName" AS "mentorLastName", lp."weeklyCommitment",
      rf."learnerId" IS NOT NULL AS "hasFacts", rf."computedAt", rf."staleAt", rf.held7, rf.held28, rf."heldThisWeek", rf."lastHeldAt",
      rf."lastNoShowAt", rf."missedCalls", rf."onBreak", rf."progressStatus", rf."progressWeeks", rf."lateWeeks", rf."openRequests",
      rf."openAlerts", rf."openCaseId", rf."openCaseReason", rf."nextAppointmentAt", rf.level, rf."levelRank", rf.reasons, rf."reasonCount"
    FROM "LearnerProfile" lp
    -- Each learner's account by its key (OFFSET 0 keeps the subquery apart): a join lets the
    -- planner hash every account in the school to name 500 learners.
    CROSS JOIN LATERAL (SELECT "firstName", "lastName" FROM "User" WHERE id = lp."userId" AND active OFFSET 0) u
    JOIN "TrainingPath" tp ON tp.id = lp."trainingPathId"
    LEFT JOIN "User" mu ON mu.id = lp."mentorId"
    LEFT JOIN "LearnerRiskFacts" rf ON rf."learnerId" = lp."userId"
    WHERE lp."advisorId" = ${advisorId}`;
}

/** The filter of lib/domain/caseload-view.ts (filterRows), on the alias `c`. */
function filterSql(f: CaseloadFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [Prisma.sql`true`];
  const q = f.q ? searchKey(f.q.trim()) : "";
  if (q) {
    const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(Prisma.sql`("searchFold"(c."firstName" || ' ' || c."lastName") LIKE ${like} OR "searchFold"(c."lastName" || ' ' || c."firstName") LIKE ${like})`);
  }
  if (f.risk) parts.push(Prisma.sql`c.level = ${f.risk}`);
  if (f.reason) parts.push(Prisma.sql`${f.reason} = ANY(c.reasons)`);
  if (f.pathId) parts.push(Prisma.sql`c."pathId" = ${f.pathId}`);
  if (f.mentorId) parts.push(Prisma.sql`c."mentorId" = ${f.mentorId}`);
  if (f.only === "atRisk") parts.push(Prisma.sql`c.level <> 'NONE'`);
  if (f.only === "noSession") parts.push(Prisma.sql`(c."heldThisWeek" = 0 AND NOT c."onBreak")`);
  return Prisma.join(parts, " AND ");
}

/** The orders of lib/domain/caseload-view.ts (sortRows): names by French collation, then id. */
function orderSql(sort: CaseloadSort): Prisma.Sql {
  const byName = Prisma.sql`c."lastName" ${COLLATED}, c."firstName" ${COLLATED}, c.id COLLATE "C"`;
  switch (sort) {
    case "attention":
      return Prisma.sql`c."levelRank", c."reasonCount" DESC, ${byName}`;
    case "name":
      return byName;
    case "progress":
      return Prisma.sql`c."lateWeeks" DESC, ${byName}`;
    case "lastSession":
      return Prisma.sql`coalesce(c."lastHeldAt", '1970-01-01'::timestamp), ${byName}`;
  }
}

type Summary = {
  stale: string[];
  total: number;
  matching: number;
  atRisk: number;
  withoutSessionThisWeek: number;
  alertsWaiting: number;
  appointmentsToday: number;
  paths: { id: string; name: string }[] | null;
  mentors: { id: string; name: string }[] | null;
  chart: { week: string; held: number }[] | null;
};

type PageRow = {
  id: string;
  firstName: string;
  lastName: string;
  pathId: string;
  pathName: string;
  mentorId: string | null;
  mentorFirstName: string | null;
  mentorLastName: string | null;
  weeklyCommitment: number;
  held7: number;
  held28: number;
  heldThisWeek: number;
  lastHeldAt: Date | null;
  lastNoShowAt: Date | null;
  missedCalls: number;
  onBreak: boolean;
  progressStatus: Progress["status"];
  progressWeeks: number;
  lateWeeks: number;
  openRequests: number;
  openAlerts: number;
  openCaseId: string | null;
  openCaseReason: string | null;
  nextAppointmentAt: Date | null;
  level: RiskLevel;
  reasons: RiskReason[];
};

/** A page row as the statement's JSON carries it: instants as ISO strings with their offset. */
type PageJson = Omit<PageRow, "lastHeldAt" | "lastNoShowAt" | "nextAppointmentAt"> & {
  lastHeldAt: string | null;
  lastNoShowAt: string | null;
  nextAppointmentAt: string | null;
};

function pageRow(r: PageRow): CaseloadRow {
  return {
    id: r.id,
    firstName: r.firstName,
    lastName: r.lastName,
    pathId: r.pathId,
    trainingPath: r.pathName,
    mentorId: r.mentorId,
    mentor: r.mentorFirstName !== null ? { firstName: r.mentorFirstName, lastName: r.mentorLastName ?? "" } : null,
    weeklyCommitment: r.weeklyCommitment,
    held7: r.held7,
    held28: r.held28,
    sessionsThisWeek: r.heldThisWeek,
    lastHeldAt: r.lastHeldAt,
    lastNoShowAt: r.lastNoShowAt,
    missedCalls: r.missedCalls,
    progress: { status: r.progressStatus, weeks: r.progressWeeks },
    lateWeeks: r.lateWeeks,
    onBreak: r.onBreak,
    openRequests: r.openRequests,
    openAlerts: r.openAlerts,
    openCase: r.openCaseId ? { id: r.openCaseId, reason: r.openCaseReason ?? "" } : null,
    nextAppointmentAt: r.nextAppointmentAt,
    level: r.level,
    reasons: r.reasons,
  };
}

/**
 * The dashboard: one page of the caseload (filtered, ordered and paginated in SQL over the
 * read model), the exact counts, the tiles, the filter options and the 12-week chart.
 * One statement when every row holds at `now`; rows that do not (a write marked them
 * stale, or their time came before the worker's sweep) are recomputed first.
 */
export async function getCaseloadDashboard(actor: Actor, view: CaseloadView = { filter: {}, sort: "attention", pageSize: 25 }, now = new Date()) {
  assertRole(actor, ["ADVISOR"]);
  const db = getDb();
  const today = parisDayRange(now);
  // Mid-week arithmetic, then back to Monday: immune to the DST hour.
  const chartStart = isoWeekRange(new Date(isoWeekRange(now).start.getTime() - (CHART_WEEKS - 1) * 7 * DAY_MS + 3 * DAY_MS)).start;
  const filter = filterSql(view.filter);
  // One statement: the caseload's rows once (materialised), then the summary over all of
  // them and the page over the filtered ones. The chart reads the sessions of those rows.
  const read = () => db.$queryRaw<(Summary & { page: PageJson[] | null })[]>`
    WITH c AS MATERIALIZED (${caseloadRows(actor.id)}),
    o AS (SELECT c.*, row_number() OVER (ORDER BY ${orderSql(view.sort)}) AS rn FROM c WHERE ${filter})
    SELECT
      coalesce(array_agg(c.id) FILTER (WHERE NOT (c."hasFacts" AND c."computedAt" <= ${now} AND ${now} < c."staleAt")), '{}') AS stale,
      count(*)::int AS total,
      (SELECT count(*)::int FROM o) AS matching,
      count(*) FILTER (WHERE c.level <> 'NONE')::int AS "atRisk",
      count(*) FILTER (WHERE c."heldThisWeek" = 0 AND NOT c."onBreak")::int AS "withoutSessionThisWeek",
      coalesce(sum(c."openAlerts"), 0)::int AS "alertsWaiting",
      (SELECT count(*)::int FROM "Appointment" a JOIN "LearnerProfile" alp ON alp."userId" = a."learnerId" AND alp."advisorId" = ${actor.id}
        WHERE a."advisorId" = ${actor.id} AND a.status = 'SCHEDULED' AND a."startsAt" >= ${today.start} AND a."startsAt" < ${today.end}) AS "appointmentsToday",
      (SELECT json_agg(json_build_object('id', p."pathId", 'name', p."pathName") ORDER BY p."pathName" COLLATE "fr-x-icu", p."pathId")
        FROM (SELECT DISTINCT c2."pathId", c2."pathName" FROM c c2) p) AS paths,
      (SELECT json_agg(json_build_object('id', m."mentorId", 'name', m.name) ORDER BY m.name COLLATE "fr-x-icu", m."mentorId")
        FROM (SELECT DISTINCT c3."mentorId", c3."mentorFirstName" || ' ' || c3."mentorLastName" AS name FROM c c3 WHERE c3."mentorFirstName" IS NOT NULL) m) AS mentors,
      (SELECT json_agg(json_build_object('week', w.week, 'held', w.held)) FROM (
        SELECT date_trunc('week', x."scheduledAt" AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris') AS week, count(*)::int AS held
        FROM c cw JOIN "MentoringSession" x ON x."learnerId" = cw.id
        WHERE x.status = 'HELD' AND x."scheduledAt" >= ${chartStart} AND x."scheduledAt" < ${now}
        GROUP BY 1) w) AS chart,
      (SELECT json_agg(row_to_json(p) ORDER BY p.rn) FROM (
        SELECT o.id, o."firstName", o."lastName", o."pathId", o."pathName", o."mentorId", o."mentorFirstName", o."mentorLastName",
          o."weeklyCommitment", o.held7, o.held28, o."heldThisWeek", o."lastHeldAt" AT TIME ZONE 'UTC' AS "lastHeldAt",
          o."lastNoShowAt" AT TIME ZONE 'UTC' AS "lastNoShowAt", o."missedCalls", o."onBreak", o."progressStatus", o."progressWeeks",
          o."lateWeeks", o."openRequests", o."openAlerts", o."openCaseId", o."openCaseReason",
          o."nextAppointmentAt" AT TIME ZONE 'UTC' AS "nextAppointmentAt", o.level, o.reasons, o.rn
        FROM o
        WHERE o.rn > coalesce((SELECT o2.rn FROM o o2 WHERE o2.id = ${view.after ?? null}), 0)
        ORDER BY o.rn LIMIT ${view.pageSize + 1}) p) AS page
    FROM c`;
  let [summary] = await read();
  if (summary.stale.length > 0) {
    await refreshRiskFacts(db, summary.stale, now);
    [summary] = await read();
  }
  const rows = (summary.page ?? []).map(
    (r): PageRow => ({
      ...r,
      lastHeldAt: r.lastHeldAt === null ? null : new Date(r.lastHeldAt),
      lastNoShowAt: r.lastNoShowAt === null ? null : new Date(r.lastNoShowAt),
      nextAppointmentAt: r.nextAppointmentAt === null ? null : new Date(r.nextAppointmentAt),
    }),
  );
  const items = rows.slice(0, view.pageSize).map(pageRow);
  const hasMore = rows.length > view.pageSize;
  const heldByWeek = new Map((summary.chart ?? []).map((w) => [isoWeekRange(new Date(`${w.week}Z`)).start.getTime(), w.held]));
  const chart: WeekCount[] = Array.from({ length: CHART_WEEKS }, (_, i) => {
    const weekStart = new Date(chartStart.getTime() + i * 7 * DAY_MS);
    // DST shifts a Monday 00:00 Paris by an hour in UTC: match on the ISO week.
    const key = isoWeekRange(new Date(weekStart.getTime() + 3 * DAY_MS)).start;
    return { weekStart: key, held: heldByWeek.get(key.getTime()) ?? 0 };
  });
  return {
    total: summary.total,
    count: summary.matching,
    page: { items, nextCursor: hasMore && items.length > 0 ? items[items.length - 1].id : null },
    paths: (summary.paths ?? []).map((p) => [p.id, p.name] as [string, string]),
    mentors: (summary.mentors ?? []).map((m) => [m.id, m.name] as [string, string]),
    chart,
    tiles: {
      atRisk: summary.atRisk,
      withoutSessionThisWeek: summary.withoutSessionThisWeek,
      alertsWaiting: summary.alertsWaiting,
      appointmentsToday: summary.appointmentsToday,
    },
  };
}
