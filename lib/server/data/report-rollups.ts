import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { isoWeekRange } from "@/lib/domain/week";
import { isoWeeksBetween, type Period } from "@/lib/domain/reports/period";
import { attendanceRecordsSql, commitmentRecordsSql, paris, ts, type FigureRange } from "./report-figures";

// The reports' rollups (issue 16: every report at 100,000 learners in under a second).
// - "commitments kept" counts learner-weeks: a quarter of a large school is some 430,000 of
//   them, each joined to its sessions, which no index makes cheap. "LearnerCommitmentMonth"
//   keeps, per learner and month, how many learner-weeks the figure counts, how many are
//   judged and how many kept, for the weeks that began before the cursor
//   ("ReportRollupCursor"."coveredUntil", a Monday: all of them are over).
// - "no-shows" counts every appointment and session held or missed (some 450,000 a quarter,
//   2.7 million for a quarter's six-quarter trend). "LearnerAttendanceMonth" keeps, per
//   learner, month and kind, how many and how many missed, for those dated before the cursor.
//
// Both are filled from the figures' own records queries (commitmentRecordsSql,
// attendanceRecordsSql), so the sum of their rows is the figure. Triggers mark a learner
// stale ("ReportRollupStale") in the transaction of every write to their sessions,
// appointments, breaks, commitment or dates. A figure (or a trend) for months or quarters is
// then, in ONE statement (one snapshot, so always exact):
//   the rows of the learners in scope that are not stale, for the period's months
//   + the records of those learners since the cursor (a week or two)
//   + the records of the stale learners in scope for the whole period.
// A week's figure is computed live. The worker ("report-rollups" job) refreshes the stale
// learners and moves the cursor to the current week; both take one advisory lock, so a
// refresh never mixes two cursors.

type Client = Prisma.TransactionClient;

const LOCK = "report-rollups";
/** Learners a refresh recomputes per transaction. */
const BATCH = 2000;

const stale = Prisma.sql`EXISTS (SELECT 1 FROM "ReportRollupStale" st WHERE st."learnerId" = lp."userId")`;

/** The records grouped into each rollup's rows (learner, Paris month of the week's Monday or of the record). */
function commitmentRowsSql(range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT r.learner_id AS "learnerId", date_trunc('month', ${paris(Prisma.sql`r.at`)})::date AS month,
      count(*)::int AS weeks, count(r.hit)::int AS judged, (count(*) FILTER (WHERE r.hit))::int AS kept
    FROM (${commitmentRecordsSql(range, scope)}) r GROUP BY 1, 2`;
}
function attendanceRowsSql(range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`
    SELECT r.learner_id AS "learnerId", date_trunc('month', ${paris(Prisma.sql`r.at`)})::date AS month, r.grp,
      count(*)::int AS total, (count(*) FILTER (WHERE r.hit))::int AS hits
    FROM (${attendanceRecordsSql(range, scope)}) r GROUP BY 1, 2, 3`;
}

/** The range the rows are computed over: from `from` to the cursor, every week of it over. */
function rollupRange(from: Date, coveredUntil: Date): FigureRange {
  return { start: from, end: coveredUntil, now: coveredUntil, weeks: isoWeeksBetween(from, coveredUntil), readsSensitive: false };
}

/** Attendance records are kept from the first one: a session may come before the training's start. */
const EPOCH = new Date("2000-01-03T00:00:00Z");

const cursorSql = Prisma.sql`(SELECT c."coveredUntil" FROM "ReportRollupCursor" c WHERE c.id = 1)`;

function assertMonths(period: Period) {
  if (period.granularity === "week") throw new Error("The report rollups are by month: a week is computed live.");
}

const months = (start: Date, end: Date) => Prisma.sql`m.month >= ${paris(ts(start))}::date AND m.month < ${paris(ts(end))}::date`;

/**
 * The commitments figure for a month or a quarter (`range` is the period's): the same numbers
 * as figureAggregateSql("commitments", …), from the rollup and the live records.
 */
export function commitmentAggregateSql(period: Period, range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  assertMonths(period);
  const thisWeek = isoWeekRange(range.now).start;
  // The cursor counts only when every week before it is over at `now` (a clock moved back
  // in a test, a cursor moved by a worker with a later clock): else everything is live.
  const since = Prisma.sql`COALESCE((SELECT CASE WHEN c."coveredUntil" <= ${ts(thisWeek)} THEN c."coveredUntil" END FROM "ReportRollupCursor" c WHERE c.id = 1), '-infinity'::timestamp)`;
  return Prisma.sql`
    SELECT NULL::text AS grp, true AS "isTotal", COALESCE(sum(x.total), 0)::int AS total, COALESCE(sum(x.judged), 0)::int AS judged,
      COALESCE(sum(x.hits), 0)::int AS hits, NULL::float8 AS median, NULL::float8 AS p90, NULL::float8 AS mean
    FROM (
      SELECT m.weeks AS total, m.judged, m.kept AS hits
      FROM "LearnerCommitmentMonth" m JOIN "LearnerProfile" lp ON lp."userId" = m."learnerId"
      WHERE ${scope} AND NOT ${stale} AND ${since} > '-infinity'::timestamp AND ${months(period.start, period.end)}
      UNION ALL
      SELECT 1, (r.hit IS NOT NULL)::int, (r.hit IS TRUE)::int FROM (${commitmentRecordsSql(range, Prisma.sql`${scope} AND NOT ${stale}`, since)}) r
      UNION ALL
      SELECT 1, (r.hit IS NOT NULL)::int, (r.hit IS TRUE)::int FROM (${commitmentRecordsSql(range, Prisma.sql`${scope} AND ${stale}`)}) r
    ) x`;
}

/** The no-show records of `range` as (month, grp, total, hits), from the rollup and the live records. */
function attendanceUnionSql(range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  const since = Prisma.sql`COALESCE(${cursorSql}, '-infinity'::timestamp)`;
  const live = (records: Prisma.Sql) => Prisma.sql`SELECT date_trunc('month', ${paris(Prisma.sql`r.at`)})::date AS month, r.grp, 1 AS total, r.hit::int AS hits FROM (${records}) r`;
  return Prisma.sql`
    SELECT m.month, m.grp, m.total, m.hits
    FROM "LearnerAttendanceMonth" m JOIN "LearnerProfile" lp ON lp."userId" = m."learnerId"
    WHERE ${scope} AND NOT ${stale} AND ${cursorSql} IS NOT NULL AND ${months(range.start, range.end)}
    UNION ALL ${live(attendanceRecordsSql(range, Prisma.sql`${scope} AND NOT ${stale}`, since))}
    UNION ALL ${live(attendanceRecordsSql(range, Prisma.sql`${scope} AND ${stale}`))}`;
}

/** The no-show figure for a month or a quarter: the numbers of figureAggregateSql("noShow", …). */
export function attendanceAggregateSql(period: Period, range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  assertMonths(period);
  return Prisma.sql`
    SELECT x.grp, GROUPING(x.grp) = 1 AS "isTotal", COALESCE(sum(x.total), 0)::int AS total, COALESCE(sum(x.total), 0)::int AS judged,
      COALESCE(sum(x.hits), 0)::int AS hits, NULL::float8 AS median, NULL::float8 AS p90, NULL::float8 AS mean
    FROM (${attendanceUnionSql(range, scope)}) x
    GROUP BY GROUPING SETS ((x.grp), ())`;
}

/** The no-show trend over months or quarters (`range` spans them): the points of figureTrendSql("noShow", …). */
export function attendanceTrendSql(granularity: "month" | "quarter", range: FigureRange, scope: Prisma.Sql): Prisma.Sql {
  const format = granularity === "month" ? "YYYY-MM" : `YYYY-"Q"Q`;
  return Prisma.sql`
    SELECT to_char(x.month, ${format}) AS period, sum(x.total)::int AS total, sum(x.total)::int AS judged, sum(x.hits)::int AS hits,
      NULL::float8 AS median, NULL::float8 AS mean
    FROM (${attendanceUnionSql(range, scope)}) x
    GROUP BY 1 ORDER BY 1`;
}

export type ReportRollupsReport = { coveredUntil: Date | null; refreshed: number };

/** Recomputes the rows of stale learners (their whole training up to the cursor), a batch per transaction. */
async function refreshStale(coveredUntil: Date, batchSize: number): Promise<number> {
  const db = getDb();
  let after = "";
  let refreshed = 0;
  for (;;) {
    const done = await db.$transaction(async (tx: Client) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK}))`;
      const [cursor] = await tx.$queryRaw<{ coveredUntil: Date | null }[]>`SELECT "coveredUntil" FROM "ReportRollupCursor" WHERE id = 1`;
      // The cursor moved since this run began: the next run refreshes with the new one.
      if (cursor?.coveredUntil?.getTime() !== coveredUntil.getTime()) return { ids: [] as string[], last: null };
      const marks = await tx.$queryRaw<{ learnerId: string; version: number; startDate: Date }[]>`
        SELECT st."learnerId", st.version, lp."startDate" FROM "ReportRollupStale" st JOIN "LearnerProfile" lp ON lp."userId" = st."learnerId"
        WHERE st."learnerId" > ${after} ORDER BY st."learnerId" LIMIT ${batchSize}`;
      if (marks.length === 0) return { ids: [], last: null };
      const ids = marks.map((m) => m.learnerId);
      const from = isoWeekRange(new Date(Math.min(...marks.map((m) => m.startDate.getTime())))).start;
      const these = Prisma.sql`lp."userId" = ANY(${ids}::text[])`;
      await tx.$executeRaw`DELETE FROM "LearnerCommitmentMonth" WHERE "learnerId" = ANY(${ids}::text[])`;
      await tx.$executeRaw`DELETE FROM "LearnerAttendanceMonth" WHERE "learnerId" = ANY(${ids}::text[])`;
      if (from.getTime() < coveredUntil.getTime()) {
        await tx.$executeRaw`INSERT INTO "LearnerCommitmentMonth" ("learnerId", month, weeks, judged, kept) ${commitmentRowsSql(rollupRange(from, coveredUntil), these)}`;
      }
      await tx.$executeRaw`INSERT INTO "LearnerAttendanceMonth" ("learnerId", month, grp, total, hits) ${attendanceRowsSql({ ...rollupRange(coveredUntil, coveredUntil), start: EPOCH }, these)}`;
      // A write during the refresh bumped its learner's version: that mark stays.
      await tx.$executeRaw`
        DELETE FROM "ReportRollupStale" st USING jsonb_to_recordset(${JSON.stringify(marks.map((m) => ({ id: m.learnerId, v: m.version })))}::jsonb) AS t(id text, v int)
        WHERE st."learnerId" = t.id AND st.version = t.v`;
      return { ids, last: ids[ids.length - 1] };
    }, { maxWait: 10_000, timeout: 120_000 });
    if (done.last === null) break;
    refreshed += done.ids.length;
    after = done.last;
    if (done.ids.length < batchSize) break;
  }
  return refreshed;
}

/**
 * Moves the cursor to the current week (the rows gain the weeks that ended since, for every
 * learner, in the same transaction), then refreshes the stale learners. The first run marks
 * every learner stale and the refresh computes them all. Idempotent; the worker's job.
 */
export async function runReportRollups(now: Date, batchSize = BATCH): Promise<ReportRollupsReport> {
  const db = getDb();
  const target = isoWeekRange(now).start;
  const coveredUntil = await db.$transaction(async (tx: Client) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${LOCK}))`;
    const [cursor] = await tx.$queryRaw<{ coveredUntil: Date | null }[]>`SELECT "coveredUntil" FROM "ReportRollupCursor" WHERE id = 1 FOR UPDATE`;
    const current = cursor?.coveredUntil ?? null;
    if (current !== null && current.getTime() >= target.getTime()) return current;
    if (current === null) {
      await tx.$executeRaw`
        INSERT INTO "ReportRollupStale" ("learnerId") SELECT "userId" FROM "LearnerProfile"
        ON CONFLICT ("learnerId") DO UPDATE SET version = "ReportRollupStale".version + 1`;
    } else {
      await tx.$executeRaw`
        INSERT INTO "LearnerCommitmentMonth" AS m ("learnerId", month, weeks, judged, kept)
        ${commitmentRowsSql(rollupRange(current, target), Prisma.sql`NOT ${stale}`)}
        ON CONFLICT ("learnerId", month) DO UPDATE SET weeks = m.weeks + EXCLUDED.weeks, judged = m.judged + EXCLUDED.judged, kept = m.kept + EXCLUDED.kept`;
      await tx.$executeRaw`
        INSERT INTO "LearnerAttendanceMonth" AS m ("learnerId", month, grp, total, hits)
        ${attendanceRowsSql(rollupRange(current, target), Prisma.sql`NOT ${stale}`)}
        ON CONFLICT ("learnerId", month, grp) DO UPDATE SET total = m.total + EXCLUDED.total, hits = m.hits + EXCLUDED.hits`;
    }
    await tx.$executeRaw`UPDATE "ReportRollupCursor" SET "coveredUntil" = ${ts(target)} WHERE id = 1`;
    return target;
  }, { maxWait: 10_000, timeout: 300_000 });
  const refreshed = await refreshStale(coveredUntil, batchSize);
  return { coveredUntil, refreshed };
}
