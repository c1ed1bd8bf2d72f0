import "server-only";
import { Prisma } from "@prisma/client";
import { getDb } from "@/lib/server/db";
import { isoWeekRange, parisDay, parisDayRange } from "@/lib/domain/week";
import { progressOf, type Progress } from "@/lib/domain/progress";
import { assessRisk, riskRank, type RiskLevel, type RiskReason } from "@/lib/domain/risk";
import { riskFactsStaleAt } from "@/lib/domain/risk-validity";

// A learner's risk facts, two ways:
// - live: one statement for any set of learners (LATERAL subqueries on the per-learner
//   indexes: sessions, milestones, breaks, requests, signals, cases, appointments), then the
//   rules of lib/domain/risk.ts. The reference: listCaseload and the property test use it.
// - the read model "LearnerRiskFacts": the same result stored per learner, valid for now in
//   [computedAt, staleAt). Triggers mark a row stale in the transaction of every write to a
//   table a fact comes from; refreshRiskFacts recomputes rows from the live query (the
//   dashboard for its own stale rows before reading, the worker for what time alone changes).

const DAY_MS = 24 * 60 * 60 * 1000;

type Client = Prisma.TransactionClient;

export type LiveFactRow = {
  id: string;
  firstName: string | null;
  lastName: string | null;
  active: boolean | null;
  pathId: string;
  pathName: string;
  mentorId: string | null;
  mentorFirstName: string | null;
  mentorLastName: string | null;
  weeklyCommitment: number;
  startDate: Date;
  held7: number;
  held28: number;
  heldThisWeek: number;
  lastHeldAt: Date | null;
  lastNoShowAt: Date | null;
  oldestHeld7: Date | null;
  oldestHeld28: Date | null;
  nextSessionToPass: Date | null;
  noShowsSinceLastHeld: number;
  missedCalls: number;
  firstIncompletePlanned: Date | null;
  lastCompletedPlanned: Date | null;
  onBreak: boolean;
  lastBreakEnd: Date | null;
  openRequests: number;
  openAlerts: number;
  openDropoutAlert: boolean;
  commitmentSignal: boolean;
  attendanceSignal: boolean;
  openCaseId: string | null;
  openCaseReason: string | null;
  nextAppointmentAt: Date | null;
  /** The read model row's version when the facts were read (null: no row yet). */
  version: number | null;
};

/** The live facts of the learners `where` selects (a condition on `lp`, the profile, and `u`, the user). */
export function liveFacts(db: Client, where: Prisma.Sql, now: Date) {
  const d7 = new Date(now.getTime() - 7 * DAY_MS);
  const d28 = new Date(now.getTime() - 28 * DAY_MS);
  const week = isoWeekRange(now);
  const today = parisDay(now);
  return db.$queryRaw<LiveFactRow[]>(Prisma.sql`
    SELECT lp."userId" AS id, u."firstName", u."lastName", u.active,
      tp.id AS "pathId", tp.name AS "pathName",
      lp."mentorId", mu."firstName" AS "mentorFirstName", mu."lastName" AS "mentorLastName",
      lp."weeklyCommitment", lp."startDate",
      s.held7, s.held28, s."heldThisWeek", s."lastHeldAt", s."lastNoShowAt", s."oldestHeld7", s."oldestHeld28",
      nx."nextSessionToPass",
      ns.n AS "noShowsSinceLastHeld", mc.n AS "missedCalls",
      ms."firstIncompletePlanned", ms."lastCompletedPlanned",
      br."onBreak", br."lastBreakEnd",
      rq."openRequests", rq."openAlerts", rq."openDropoutAlert",
      sg."commitmentSignal", sg."attendanceSignal",
      fc.id AS "openCaseId", fc.reason::text AS "openCaseReason",
      ap."startsAt" AS "nextAppointmentAt",
      rf.version
    FROM "LearnerProfile" lp
    LEFT JOIN "User" u ON u.id = lp."userId"
    JOIN "TrainingPath" tp ON tp.id = lp."trainingPathId"
    LEFT JOIN "User" mu ON mu.id = lp."mentorId"
    LEFT JOIN "LearnerRiskFacts" rf ON rf."learnerId" = lp."userId"
    LEFT JOIN LATERAL (
      SELECT
        count(*) FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${d7})::int AS held7,
        count(*) FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${d28})::int AS held28,
        count(*) FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${week.start})::int AS "heldThisWeek",
        max(x."scheduledAt") FILTER (WHERE x.status = 'HELD') AS "lastHeldAt",
        max(x."scheduledAt") FILTER (WHERE x.status = 'NO_SHOW') AS "lastNoShowAt",
        min(x."scheduledAt") FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${d7}) AS "oldestHeld7",
        min(x."scheduledAt") FILTER (WHERE x.status = 'HELD' AND x."scheduledAt" >= ${d28}) AS "oldestHeld28"
      FROM "MentoringSession" x WHERE x."learnerId" = lp."userId" AND x."scheduledAt" < ${now}
    ) s ON true
    LEFT JOIN LATERAL (
      SELECT min(x."scheduledAt") AS "nextSessionToPass" FROM "MentoringSession" x
      WHERE x."learnerId" = lp."userId" AND x.status IN ('HELD', 'NO_SHOW') AND x."scheduledAt" >= ${now}
    ) nx ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "MentoringSession" x
      WHERE x."learnerId" = lp."userId" AND x.status = 'NO_SHOW' AND x."scheduledAt" < ${now}
        AND x."scheduledAt" > coalesce(s."lastHeldAt", '-infinity'::timestamp)
    ) ns ON true
    LEFT JOIN LATERAL (
      SELECT count(*)::int AS n FROM "Appointment" a
      WHERE a."learnerId" = lp."userId" AND a.status = 'NO_SHOW'
        AND a."startsAt" > coalesce((SELECT max(h."startsAt") FROM "Appointment" h WHERE h."learnerId" = lp."userId" AND h.status = 'HELD'), '-infinity'::timestamp)
    ) mc ON true
    LEFT JOIN LATERAL (
      SELECT min(m."plannedDate") FILTER (WHERE m."completedAt" IS NULL) AS "firstIncompletePlanned",
             max(m."plannedDate") FILTER (WHERE m."completedAt" IS NOT NULL) AS "lastCompletedPlanned"
      FROM "LearnerMilestone" m WHERE m."learnerId" = lp."userId"
    ) ms ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(bool_or(b."startDate" <= ${today} AND b."endDate" >= ${today}), false) AS "onBreak",
             max(b."endDate") FILTER (WHERE b."endDate" < ${today}) AS "lastBreakEnd"
      FROM "LearnerBreak" b WHERE b."learnerId" = lp."userId" AND b.status = 'APPROVED' AND b."startDate" <= ${today}
    ) br ON true
    LEFT JOIN LATERAL (
      SELECT count(*) FILTER (WHERE r.side = 'LEARNER')::int AS "openRequests",
             count(*) FILTER (WHERE r.side = 'MENTOR')::int AS "openAlerts",
             coalesce(bool_or(r.topic = 'DISENGAGEMENT_RISK'), false) AS "openDropoutAlert"
      FROM "SupportRequest" r
      WHERE r."learnerId" = lp."userId" AND r."isOpen"
    ) rq ON true
    LEFT JOIN LATERAL (
      SELECT coalesce(bool_or(g.kind = 'COMMITMENT_NOT_KEPT'), false) AS "commitmentSignal",
             coalesce(bool_or(g.kind = 'ATTENDANCE_PROBLEM'), false) AS "attendanceSignal"
      FROM "LearnerSignal" g WHERE g."learnerId" = lp."userId" AND g."resolvedAt" IS NULL
    ) sg ON true
    LEFT JOIN LATERAL (
      SELECT c.id, c.reason FROM "FollowUpCase" c
      WHERE c."learnerId" = lp."userId" AND c.status = 'OPEN' ORDER BY c."openedAt" DESC LIMIT 1
    ) fc ON true
    LEFT JOIN LATERAL (
      SELECT a."startsAt" FROM "Appointment" a
      WHERE a."learnerId" = lp."userId" AND a.status = 'SCHEDULED' AND a."startsAt" >= ${now}
      ORDER BY a."startsAt" LIMIT 1
    ) ap ON true
    WHERE ${where}`);
}

/** What the dashboard shows of a learner's facts, and what the read model stores. */
export type ComputedRisk = {
  held7: number;
  held28: number;
  heldThisWeek: number;
  lastHeldAt: Date | null;
  lastNoShowAt: Date | null;
  noShowsSinceLastHeld: number;
  missedCalls: number;
  onBreak: boolean;
  lastBreakEnd: Date | null;
  progress: Progress;
  /** Weeks late (positive) or ahead (negative), for sorting. */
  lateWeeks: number;
  openRequests: number;
  openAlerts: number;
  openDropoutAlert: boolean;
  commitmentSignal: boolean;
  attendanceSignal: boolean;
  openCase: { id: string; reason: string } | null;
  nextAppointmentAt: Date | null;
  level: RiskLevel;
  reasons: RiskReason[];
};

/** The rules of lib/domain/risk.ts over one learner's live facts at `now`. */
export function computeRisk(f: LiveFactRow, now: Date): ComputedRisk {
  const progress = progressOf(f, parisDay(now));
  const risk = assessRisk({
    now,
    trainingStart: f.startDate,
    lastHeldAt: f.lastHeldAt,
    noShowsSinceLastHeld: f.noShowsSinceLastHeld,
    onBreak: f.onBreak,
    lastBreakEnd: f.lastBreakEnd,
    progress,
    openDropoutAlert: f.openDropoutAlert,
    openCommitmentSignal: f.commitmentSignal,
    openAttendanceSignal: f.attendanceSignal,
    missedCallsSinceLastHeld: f.missedCalls,
  });
  return {
    held7: f.held7,
    held28: f.held28,
    heldThisWeek: f.heldThisWeek,
    lastHeldAt: f.lastHeldAt,
    lastNoShowAt: f.lastNoShowAt,
    noShowsSinceLastHeld: f.noShowsSinceLastHeld,
    missedCalls: f.missedCalls,
    onBreak: f.onBreak,
    lastBreakEnd: f.lastBreakEnd,
    progress,
    lateWeeks: progress.status === "LATE" ? progress.weeks : progress.status === "AHEAD" ? -progress.weeks : 0,
    openRequests: f.openRequests,
    openAlerts: f.openAlerts,
    openDropoutAlert: f.openDropoutAlert,
    commitmentSignal: f.commitmentSignal,
    attendanceSignal: f.attendanceSignal,
    openCase: f.openCaseId ? { id: f.openCaseId, reason: f.openCaseReason ?? "" } : null,
    nextAppointmentAt: f.nextAppointmentAt,
    level: risk.level,
    reasons: risk.reasons,
  };
}

/**
 * Recomputes the read model of these learners from the live query, at `now`, in the
 * caller's transaction if given one (two statements, whatever the number of learners).
 * A row is written only if its version is still the one read with the facts: a write
 * committed meanwhile (its trigger bumped the version) leaves the row stale for the next
 * refresh instead of being overwritten by older facts. Returns what it computed.
 */
export async function refreshRiskFacts(db: Client, learnerIds: readonly string[], now: Date): Promise<Map<string, ComputedRisk>> {
  const computed = new Map<string, ComputedRisk>();
  if (learnerIds.length === 0) return computed;
  const facts = await liveFacts(db, Prisma.sql`lp."userId" = ANY(${[...learnerIds]}::text[])`, now);
  const nextMidnight = parisDayRange(now).end;
  const records = facts.map((f) => {
    const r = computeRisk(f, now);
    computed.set(f.id, r);
    const staleAt = riskFactsStaleAt({ now, nextMidnight, trainingStart: f.startDate, lastHeldAt: f.lastHeldAt, lastBreakEnd: f.lastBreakEnd, oldestHeld7: f.oldestHeld7, oldestHeld28: f.oldestHeld28, nextSessionToPass: f.nextSessionToPass, nextAppointmentAt: f.nextAppointmentAt });
    return {
      learnerId: f.id,
      version: f.version ?? 0,
      computedAt: now,
      staleAt,
      ...r,
      progress: undefined,
      progressStatus: r.progress.status,
      progressWeeks: r.progress.weeks,
      openCase: undefined,
      openCaseId: r.openCase?.id ?? null,
      openCaseReason: r.openCase?.reason ?? null,
      levelRank: riskRank(r.level),
      reasonCount: r.reasons.length,
    };
  });
  await db.$executeRaw`
    INSERT INTO "LearnerRiskFacts" AS rf ("learnerId", version, "computedAt", "staleAt", held7, held28, "heldThisWeek", "lastHeldAt", "lastNoShowAt",
      "noShowsSinceLastHeld", "missedCalls", "onBreak", "lastBreakEnd", "progressStatus", "progressWeeks", "lateWeeks", "openRequests", "openAlerts",
      "openDropoutAlert", "commitmentSignal", "attendanceSignal", "openCaseId", "openCaseReason", "nextAppointmentAt", level, "levelRank", reasons, "reasonCount")
    SELECT t."learnerId", t.version, t."computedAt", t."staleAt", t.held7, t.held28, t."heldThisWeek", t."lastHeldAt", t."lastNoShowAt",
      t."noShowsSinceLastHeld", t."missedCalls", t."onBreak", t."lastBreakEnd", t."progressStatus", t."progressWeeks", t."lateWeeks", t."openRequests", t."openAlerts",
      t."openDropoutAlert", t."commitmentSignal", t."attendanceSignal", t."openCaseId", t."openCaseReason", t."nextAppointmentAt", t.level, t."levelRank", t.reasons, t."reasonCount"
    FROM jsonb_to_recordset(${JSON.stringify(records)}::jsonb) AS t("learnerId" text, version int, "computedAt" timestamp(3), "staleAt" timestamp(3),
      held7 int, held28 int, "heldThisWeek" int, "lastHeldAt" timestamp(3), "lastNoShowAt" timestamp(3), "noShowsSinceLastHeld" int, "missedCalls" int,
      "onBreak" boolean, "lastBreakEnd" timestamp(3), "progressStatus" text, "progressWeeks" int, "lateWeeks" int, "openRequests" int, "openAlerts" int,
      "openDropoutAlert" boolean, "commitmentSignal" boolean, "attendanceSignal" boolean, "openCaseId" text, "openCaseReason" text,
      "nextAppointmentAt" timestamp(3), level text, "levelRank" int, reasons text[], "reasonCount" int)
    ON CONFLICT ("learnerId") DO UPDATE SET
      "computedAt" = EXCLUDED."computedAt", "staleAt" = EXCLUDED."staleAt", held7 = EXCLUDED.held7, held28 = EXCLUDED.held28,
      "heldThisWeek" = EXCLUDED."heldThisWeek", "lastHeldAt" = EXCLUDED."lastHeldAt", "lastNoShowAt" = EXCLUDED."lastNoShowAt",
      "noShowsSinceLastHeld" = EXCLUDED."noShowsSinceLastHeld", "missedCalls" = EXCLUDED."missedCalls", "onBreak" = EXCLUDED."onBreak",
      "lastBreakEnd" = EXCLUDED."lastBreakEnd", "progressStatus" = EXCLUDED."progressStatus", "progressWeeks" = EXCLUDED."progressWeeks",
      "lateWeeks" = EXCLUDED."lateWeeks", "openRequests" = EXCLUDED."openRequests", "openAlerts" = EXCLUDED."openAlerts",
      "openDropoutAlert" = EXCLUDED."openDropoutAlert", "commitmentSignal" = EXCLUDED."commitmentSignal", "attendanceSignal" = EXCLUDED."attendanceSignal",
      "openCaseId" = EXCLUDED."openCaseId", "openCaseReason" = EXCLUDED."openCaseReason", "nextAppointmentAt" = EXCLUDED."nextAppointmentAt",
      level = EXCLUDED.level, "levelRank" = EXCLUDED."levelRank", reasons = EXCLUDED.reasons, "reasonCount" = EXCLUDED."reasonCount"
    WHERE rf.version = EXCLUDED.version`;
  return computed;
}

/** A read-model row holds at `now`: the SQL condition, on the alias `rf`. */
export function freshAt(now: Date): Prisma.Sql {
  return Prisma.sql`(rf."computedAt" <= ${now} AND ${now} < rf."staleAt")`;
}

export type RiskFactsRefreshReport = { refreshed: number };

/**
 * The worker's sweep: every row that no longer holds at `now` (time alone changed a fact,
 * or a write marked it stale and no dashboard read it since), in batches, one pass in
 * learner order. Idempotent; two workers at once only redo each other's work.
 */
export async function refreshStaleRiskFacts(now: Date, batchSize = 1000): Promise<RiskFactsRefreshReport> {
  const db = getDb();
  let after = "";
  let refreshed = 0;
  for (;;) {
    const rows = await db.$queryRaw<{ learnerId: string }[]>`
      SELECT rf."learnerId" FROM "LearnerRiskFacts" rf
      WHERE rf."learnerId" > ${after} AND NOT ${freshAt(now)}
      ORDER BY rf."learnerId" LIMIT ${batchSize}`;
    if (rows.length === 0) break;
    const ids = rows.map((r) => r.learnerId);
    await refreshRiskFacts(db, ids, now);
    refreshed += ids.length;
    after = ids[ids.length - 1];
    if (rows.length < batchSize) break;
  }
  return { refreshed };
}
