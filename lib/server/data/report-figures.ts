import "server-only";
import { Prisma } from "@prisma/client";
import { FIRST_CONTACT_TARGET_HOURS } from "@/lib/domain/reports/metrics";
import { FIGURES, type FigureKey } from "@/lib/domain/reports/figures";
import type { IsoWeek } from "@/lib/domain/week";

// The SQL of each report figure (definitions: lib/domain/reports/metrics.ts). Every figure is
// one query of its RECORDS, one row per record with the same columns:
//   id, ref, learner_id, at (the record's date), other (a second date), grp (a breakdown),
//   value (a number: working hours, a count), hit (true / false / null: not judged)
// scoped to the learners `scope` admits (alias lp = "LearnerProfile"). The figure is an
// aggregate over those rows, the drill-down and the CSV list the same rows: they cannot drift.

/** readsSensitive: whether the reader may see a record's RQTH topic (else it reads "CONFIDENTIAL"). */
export type FigureRange = { start: Date; end: Date; now: Date; weeks: IsoWeek[]; readsSensitive: boolean };

export const ts = (d: Date) => Prisma.sql`${d}::timestamp`;

/** An instant stored as UTC (timestamp without time zone), read on the Paris wall clock. */
export function paris(column: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`((${column}) AT TIME ZONE 'UTC' AT TIME ZONE 'Europe/Paris')`;
}

/**
 * Joins the calendar day of `column` as `alias` (left join: null stays null). `from`–`to`
 * bound the days the column can hold, so only those calendar rows are read (by primary key)
 * instead of the whole century.
 */
function calendarJoin(alias: string, column: Prisma.Sql, from: Date, to: Date): Prisma.Sql {
  const c = Prisma.raw(alias);
  return Prisma.sql`LEFT JOIN "SchoolCalendarDay" ${c} ON ${c}.day = ${paris(column)}::date
    AND ${c}.day >= ${paris(ts(from))}::date - 1 AND ${c}.day <= ${paris(ts(to))}::date + 1`;
}

/** Working hours from 2000-01-01 to `column` (9:00–17:00 Paris on working days), with its calendar day joined as `alias`. */
function workingHoursAt(alias: string, column: Prisma.Sql): Prisma.Sql {
  const c = Prisma.raw(alias);
  return Prisma.sql`(${c}."hoursBefore" + CASE WHEN ${c}.workday THEN LEAST(8, GREATEST(0, EXTRACT(EPOCH FROM ${paris(column)}::time) / 3600.0 - 9)) ELSE 0 END)`;
}

/** Requests (first response, resolution): the SLA deadline of `done`/`due`, in working hours since filing. */
function requestClock(range: FigureRange, scope: Prisma.Sql, done: "firstResponseAt" | "resolvedAt", due: "firstResponseDueAt" | "resolutionDueAt"): Prisma.Sql {
  const doneCol = Prisma.sql`r.${Prisma.raw(`"${done}"`)}`;
  const dueCol = Prisma.sql`r.${Prisma.raw(`"${due}"`)}`;
  return Prisma.sql`
    SELECT r.id, r.number::text AS ref, r."learnerId" AS learner_id, r."createdAt" AS at, ${doneCol} AS other, NULL::text AS grp,
      (${workingHoursAt("c2", doneCol)} - ${workingHoursAt("c1", Prisma.sql`r."createdAt"`)})::float8 AS value,
      CASE WHEN ${dueCol} IS NULL THEN NULL WHEN ${doneCol} IS NOT NULL THEN ${doneCol} <= ${dueCol} WHEN ${ts(range.now)} >= ${dueCol} THEN false ELSE NULL END AS hit
    FROM "SupportRequest" r JOIN "LearnerProfile" lp ON lp."userId" = r."learnerId"
    ${calendarJoin("c1", Prisma.sql`r."createdAt"`, range.start, range.end)} ${calendarJoin("c2", doneCol, range.start, range.now)}
    WHERE ${scope} AND r."createdAt" >= ${ts(range.start)} AND r."createdAt" < ${ts(range.end)}
      AND NOT (r.status = 'CLOSED' AND ${doneCol} IS NULL)`;
}

/**
 * The commitments figure's records. `since` (an SQL instant), when given, keeps only the weeks
 * that begin at or after it, and reads only their sessions (the rollup's live part,
 * ./report-rollups.ts). The sessions are read for the learners in scope only, so a
 * caseload or a few learners read theirs by index.
 */
export function commitmentRecordsSql(range: FigureRange, scope: Prisma.Sql, since: Prisma.Sql | null = null): Prisma.Sql {
  const weeks = range.weeks.filter((w) => w.end.getTime() <= range.now.getTime() && w.start.getTime() >= range.start.getTime() && w.start.getTime() < range.end.getTime());
  // A week of the period may end after it: its sessions are read up to the week's end.
  const from = weeks[0]?.start ?? range.start;
  const to = weeks.at(-1)?.end ?? range.start;
  const lower = since === null ? ts(from) : Prisma.sql`GREATEST(${ts(from)}, ${since})`;
  return Prisma.sql`
    WITH w AS (
      SELECT * FROM unnest(${weeks.map((x) => x.isoWeek)}::text[], ${weeks.map((x) => x.start.toISOString())}::timestamp[], ${weeks.map((x) => x.end.toISOString())}::timestamp[], ${weeks.map((x) => x.monday.toISOString().slice(0, 10))}::date[]) AS w(key, starts, ends, monday)
      ${since === null ? Prisma.empty : Prisma.sql`WHERE starts >= ${since}`}
    ), s AS (
      SELECT s."learnerId", date_trunc('week', ${paris(Prisma.sql`s."scheduledAt"`)})::date AS monday,
        count(*) FILTER (WHERE s.status = 'HELD' OR (s.status = 'CANCELLED' AND s."cancelledBy" IN ('MENTOR', 'SCHOOL'))) AS counted,
        count(*) FILTER (WHERE s.status = 'SCHEDULED' AND s."scheduledAt" < ${ts(range.now)}) AS unrecorded
      FROM "MentoringSession" s JOIN "LearnerProfile" lp ON lp."userId" = s."learnerId"
      WHERE ${scope} AND s."scheduledAt" >= ${lower} AND s."scheduledAt" < ${ts(to)}
      GROUP BY 1, 2
    )
    SELECT lp."userId" || ':' || w.key AS id, w.key AS ref, lp."userId" AS learner_id, w.starts AS at, NULL::timestamp AS other, NULL::text AS grp,
      COALESCE(s.counted, 0)::float8 AS value,
      CASE WHEN COALESCE(s.counted, 0) >= lp."weeklyCommitment" THEN true
        WHEN COALESCE(s.counted, 0) + COALESCE(s.unrecorded, 0) >= lp."weeklyCommitment" THEN NULL ELSE false END AS hit
    FROM "LearnerProfile" lp JOIN w ON w.monday >= lp."startDate" AND w.monday <= lp."plannedEndDate"
    LEFT JOIN s ON s."learnerId" = lp."userId" AND s.monday = w.monday
    WHERE ${scope} AND NOT EXISTS (
      SELECT 1 FROM "LearnerBreak" b WHERE b."learnerId" = lp."userId" AND b.status = 'APPROVED' AND b."startDate" <= w.monday + 6 AND b."endDate" >= w.monday
    )`;
}

/** The no-show figure's records; `since` (an SQL instant), when given, keeps those dated at or after it. */
export function attendanceRecordsSql(range: FigureRange, scope: Prisma.Sql, since: Prisma.Sql | null = null): Prisma.Sql {
  const lower = since === null ? ts(range.start) : Prisma.sql`GREATEST(${ts(range.start)}, ${since})`;
  return Prisma.sql`
    SELECT a.id, a.status::text AS ref, a."learnerId" AS learner_id, a."startsAt" AS at, NULL::timestamp AS other, 'APPOINTMENT_' || a.kind::text AS grp,
      a."durationMinutes"::float8 AS value, a.status = 'NO_SHOW' AS hit
    FROM "Appointment" a JOIN "LearnerProfile" lp ON lp."userId" = a."learnerId"
    WHERE ${scope} AND a.status IN ('HELD', 'NO_SHOW') AND a."startsAt" >= ${lower} AND a."startsAt" < ${ts(range.end)}
    UNION ALL
    SELECT s.id, s.status::text, s."learnerId", s."scheduledAt", NULL::timestamp, 'SESSION_' || s.kind::text,
      s."durationMinutes"::float8, s.status = 'NO_SHOW'
    FROM "MentoringSession" s JOIN "LearnerProfile" lp ON lp."userId" = s."learnerId"
    WHERE ${scope} AND s.status IN ('HELD', 'NO_SHOW') AND s."scheduledAt" >= ${lower} AND s."scheduledAt" < ${ts(range.end)}`;
}

const RECORDS: Record<FigureKey, (range: FigureRange, scope: Prisma.Sql) => Prisma.Sql> = {
  // Mentor alerts, and the first held call with the learner or staff reply to a request the learner filed.
  alertContact: (range, scope) => Prisma.sql`
    SELECT r.id, r.number::text AS ref, r."learnerId" AS learner_id, r."createdAt" AS at, fc.at AS other, NULL::text AS grp,
      (${workingHoursAt("c2", Prisma.sql`fc.at`)} - ${workingHoursAt("c1", Prisma.sql`r."createdAt"`)})::float8 AS value,
      CASE WHEN fc.at IS NOT NULL THEN ${workingHoursAt("c2", Prisma.sql`fc.at`)} - ${workingHoursAt("c1", Prisma.sql`r."createdAt"`)} <= ${FIRST_CONTACT_TARGET_HOURS}
        WHEN ${workingHoursAt("cn", ts(range.now))} - ${workingHoursAt("c1", Prisma.sql`r."createdAt"`)} >= ${FIRST_CONTACT_TARGET_HOURS} THEN false ELSE NULL END AS hit
    FROM "SupportRequest" r JOIN "LearnerProfile" lp ON lp."userId" = r."learnerId"
    LEFT JOIN LATERAL (
      SELECT min(x.at) AS at FROM (
        SELECT a."startsAt" AS at FROM "Appointment" a
        WHERE a."learnerId" = r."learnerId" AND a.status = 'HELD' AND a."startsAt" >= r."createdAt"
        UNION ALL
        SELECT e."createdAt" FROM "SupportRequest" q JOIN "RequestEvent" e ON e."requestId" = q.id
        WHERE q."learnerId" = r."learnerId" AND q."authorId" = r."learnerId" AND e.type = 'REPLY' AND e.visibility = 'PUBLIC'
          AND e."actorId" IS DISTINCT FROM r."learnerId" AND e."createdAt" >= r."createdAt"
      ) x
    ) fc ON true
    ${calendarJoin("c1", Prisma.sql`r."createdAt"`, range.start, range.end)} ${calendarJoin("c2", Prisma.sql`fc.at`, range.start, range.now)}
    ${calendarJoin("cn", ts(range.now), range.now, range.now)}
    WHERE ${scope} AND r.side = 'MENTOR' AND r."createdAt" >= ${ts(range.start)} AND r."createdAt" < ${ts(range.end)}`,

  firstResponse: (range, scope) => requestClock(range, scope, "firstResponseAt", "firstResponseDueAt"),
  resolution: (range, scope) => requestClock(range, scope, "resolvedAt", "resolutionDueAt"),

  // Cases closed in the period: solved, with the follow-up (second) call held.
  secondCall: (range, scope) => Prisma.sql`
    SELECT f.id, f.reason::text AS ref, f."learnerId" AS learner_id, f."closedAt" AS at, f."openedAt" AS other, NULL::text AS grp, NULL::float8 AS value,
      (f.outcome = 'BLOCKER_SOLVED' AND EXISTS (SELECT 1 FROM "Appointment" a WHERE a."caseId" = f.id AND a.kind = 'FOLLOW_UP' AND a.status = 'HELD')) AS hit
    FROM "FollowUpCase" f JOIN "LearnerProfile" lp ON lp."userId" = f."learnerId"
    WHERE ${scope} AND f.status = 'CLOSED' AND f."closedAt" >= ${ts(range.start)} AND f."closedAt" < ${ts(range.end)}`,

  // Cases opened in the period: a call missed and none held.
  unreachable: (range, scope) => Prisma.sql`
    SELECT f.id, f.reason::text AS ref, f."learnerId" AS learner_id, f."openedAt" AS at, f."closedAt" AS other, NULL::text AS grp,
      COALESCE(ap.missed, 0)::float8 AS value, (COALESCE(ap.missed, 0) > 0 AND COALESCE(ap.held, 0) = 0) AS hit
    FROM "FollowUpCase" f JOIN "LearnerProfile" lp ON lp."userId" = f."learnerId"
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE a.status = 'NO_SHOW') AS missed, count(*) FILTER (WHERE a.status = 'HELD') AS held
      FROM "Appointment" a WHERE a."caseId" = f.id
    ) ap ON true
    WHERE ${scope} AND f."openedAt" >= ${ts(range.start)} AND f."openedAt" < ${ts(range.end)}`,

  // Appointments and sessions held or missed in the period, by kind.
  noShow: (range, scope) => attendanceRecordsSql(range, scope),

  // Learner-weeks of the period that are over, inside the training, not on an approved break
  // (lib/domain/commitment.ts): kept, not kept, or not judged while sessions wait to be recorded.
  commitments: (range, scope) => commitmentRecordsSql(range, scope),

  // Learners whose planned end falls in the period and has passed: a milestone not completed is a drop-out.
  dropout: (range, scope) => Prisma.sql`
    SELECT lp."userId" AS id, tp.code AS ref, lp."userId" AS learner_id, lp."plannedEndDate"::timestamp AS at, NULL::timestamp AS other, NULL::text AS grp,
      COALESCE(m.done, 0)::float8 AS value, CASE WHEN COALESCE(m.total, 0) = 0 THEN NULL ELSE m.done < m.total END AS hit
    FROM "LearnerProfile" lp JOIN "TrainingPath" tp ON tp.id = lp."trainingPathId"
    LEFT JOIN LATERAL (SELECT count(*) AS total, count("completedAt") AS done FROM "LearnerMilestone" WHERE "learnerId" = lp."userId") m ON true
    WHERE ${scope} AND lp."plannedEndDate" >= ${paris(ts(range.start))}::date AND lp."plannedEndDate" < ${paris(ts(range.end))}::date
      AND lp."plannedEndDate" < ${paris(ts(range.now))}::date`,

  // Requests filed in the period, by responsibility side and topic.
  topics: (range, scope) => Prisma.sql`
    SELECT r.id, r.number::text AS ref, r."learnerId" AS learner_id, r."createdAt" AS at, r."resolvedAt" AS other,
      r.side::text || ':' || CASE WHEN r.topic = 'RQTH' AND NOT ${range.readsSensitive} THEN 'CONFIDENTIAL' ELSE r.topic::text END AS grp,
      NULL::float8 AS value, NULL::boolean AS hit
    FROM "SupportRequest" r JOIN "LearnerProfile" lp ON lp."userId" = r."learnerId"
    WHERE ${scope} AND r."createdAt" >= ${ts(range.start)} AND r."createdAt" < ${ts(range.end)}`,

  // Satisfaction surveys sent in the period (issue 16): the rating given, answered or not
  // (an invitation still open is not judged yet, one expired unanswered is no response).
  satisfaction: (range, scope) => Prisma.sql`
    SELECT si.id, COALESCE(q.number::text, f.reason::text) AS ref, si."learnerId" AS learner_id, si."createdAt" AS at, si."answeredAt" AS other,
      CASE WHEN si.rating IS NULL THEN 'NO_ANSWER' ELSE 'RATING_' || si.rating::text END AS grp, si.rating::float8 AS value,
      CASE WHEN si."answeredAt" IS NOT NULL THEN true WHEN si."expiresAt" <= ${ts(range.now)} THEN false ELSE NULL END AS hit
    FROM "SurveyInvitation" si JOIN "LearnerProfile" lp ON lp."userId" = si."learnerId"
    LEFT JOIN "SupportRequest" q ON q.id = si."requestId" LEFT JOIN "FollowUpCase" f ON f.id = si."caseId"
    WHERE ${scope} AND si."createdAt" >= ${ts(range.start)} AND si."createdAt" < ${ts(range.end)}`,
};

export type FigureAggregate = { grp: string | null; isTotal: boolean; total: number; judged: number; hits: number; median: number | null; p90: number | null; mean: number | null };

export type FigureRecordRow = {
  id: string;
  ref: string | null;
  learner_id: string;
  learner_name: string;
  advisor_name: string;
  at: Date;
  other: Date | null;
  grp: string | null;
  value: number | null;
  hit: boolean | null;
  /** The survey's comment (the satisfaction figure only; null elsewhere). */
  comment: string | null;
};

/**
 * The aggregates a figure of this kind shows: a time's median and p90, a rating's mean.
 * The others are left out (null): an ordered-set aggregate sorts every record, which a share
 * or a count does not need.
 */
function statsSql(key: FigureKey, withP90: boolean): Prisma.Sql {
  const kind = FIGURES[key].kind;
  const median = kind === "time" ? Prisma.sql`percentile_cont(0.5) WITHIN GROUP (ORDER BY r.value)` : Prisma.sql`NULL::float8`;
  const p90 = kind === "time" ? Prisma.sql`percentile_cont(0.9) WITHIN GROUP (ORDER BY r.value)` : Prisma.sql`NULL::float8`;
  const mean = kind === "rating" ? Prisma.sql`avg(r.value)::float8` : Prisma.sql`NULL::float8`;
  return withP90 ? Prisma.sql`${median} AS median, ${p90} AS p90, ${mean} AS mean` : Prisma.sql`${median} AS median, ${mean} AS mean`;
}

const countsSql = Prisma.sql`count(*)::int AS total, count(r.hit)::int AS judged, (count(*) FILTER (WHERE r.hit))::int AS hits`;

/** The figure's numbers: a total row, and one row per group for a grouped figure. */
export const figureAggregateSql = (key: FigureKey, range: FigureRange, scope: Prisma.Sql): Prisma.Sql =>
  FIGURES[key].grouped
    ? Prisma.sql`
  SELECT r.grp, GROUPING(r.grp) = 1 AS "isTotal", ${countsSql}, ${statsSql(key, true)}
  FROM (${RECORDS[key](range, scope)}) r
  GROUP BY GROUPING SETS ((r.grp), ())`
    : Prisma.sql`
  SELECT NULL::text AS grp, true AS "isTotal", ${countsSql}, ${statsSql(key, true)}
  FROM (${RECORDS[key](range, scope)}) r`;

/** The figure per period of a trend (the range spans them all): one row per period key. */
export const figureTrendSql = (key: FigureKey, range: FigureRange, scope: Prisma.Sql, granularity: "week" | "month" | "quarter"): Prisma.Sql => {
  const format = granularity === "week" ? `IYYY-"W"IW` : granularity === "month" ? "YYYY-MM" : `YYYY-"Q"Q`;
  return Prisma.sql`
  SELECT to_char(${paris(Prisma.sql`r.at`)}, ${format}) AS period, ${countsSql}, ${statsSql(key, false)}
  FROM (${RECORDS[key](range, scope)}) r
  GROUP BY 1 ORDER BY 1`;
};

/** The figure's records with the learner's and advisor's names, newest first; `group` narrows to one breakdown. */
export const figureRecordsSql = (key: FigureKey, range: FigureRange, scope: Prisma.Sql, group: string | null, page: { take: number; skip: number } | null): Prisma.Sql => Prisma.sql`
  SELECT r.id, r.ref, r.learner_id, lu."lastName" || ' ' || lu."firstName" AS learner_name,
    COALESCE(au."lastName" || ' ' || au."firstName", '') AS advisor_name, r.at, r.other, r.grp, r.value, r.hit,
    ${key === "satisfaction" ? Prisma.sql`si.comment` : Prisma.sql`NULL::text`} AS comment
  FROM (${RECORDS[key](range, scope)}) r
  JOIN "LearnerProfile" lp2 ON lp2."userId" = r.learner_id JOIN "User" lu ON lu.id = r.learner_id LEFT JOIN "User" au ON au.id = lp2."advisorId"
  ${key === "satisfaction" ? Prisma.sql`LEFT JOIN "SurveyInvitation" si ON si.id = r.id` : Prisma.empty}
  ${group === null ? Prisma.empty : Prisma.sql`WHERE r.grp = ${group}`}
  ORDER BY r.at DESC, r.id
  ${page ? Prisma.sql`LIMIT ${page.take} OFFSET ${page.skip}` : Prisma.empty}`;

/** How many records (for the drill-down's pages). */
export const figureCountSql = (key: FigureKey, range: FigureRange, scope: Prisma.Sql, group: string | null): Prisma.Sql => Prisma.sql`
  SELECT count(*)::int AS n FROM (${RECORDS[key](range, scope)}) r ${group === null ? Prisma.empty : Prisma.sql`WHERE r.grp = ${group}`}`;
